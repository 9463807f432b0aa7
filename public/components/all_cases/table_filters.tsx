import { useMemo, useState } from 'react';
import { EuiFilterGroup } from '@elastic/eui';
import { CASE_SEVERITIES, CASE_STATUSES, NO_ASSIGNEES_FILTER } from '../../../common/constants';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { useGetCategories } from '../../containers/use_get_categories';
import { useGetReporters } from '../../containers/use_get_reporters';
import { useGetTags } from '../../containers/use_get_tags';
import { useBulkGetUserProfiles, useSuggestUsers } from '../../containers/use_user_profiles';
import { SeverityBadge } from '../severity/severity_badge';
import { SEVERITY_LABELS } from '../severity/severity_labels';
import { StatusBadge } from '../status/status_badge';
import { statusLabel } from '../status/status_labels';
import { CustomFieldFilterButtons } from './custom_field_filters';
import { MultiSelectFilter, type FilterOption } from './multi_select_filter';
import { type CasesFilters, type FilterKey, type ToggleFilterOption } from './url_state';
import { profileName } from './user_display';

interface TableFiltersProps {
  filters: CasesFilters;
  onChange: (key: FilterKey, values: string[]) => void;
  /** The owner's custom field definitions: its toggles can filter the list. */
  customFieldDefinitions: CustomFieldConfiguration[];
  onCustomFieldChange: (key: string, options: ToggleFilterOption[]) => void;
  /** True once the list's first page is on screen: the option lists load then, not before it. */
  loadOptions: boolean;
}

const STATUS_OPTIONS: FilterOption[] = CASE_STATUSES.map((status) => ({
  key: status,
  label: statusLabel(status),
  render: <StatusBadge status={status} />,
}));
const SEVERITY_OPTIONS: FilterOption[] = CASE_SEVERITIES.map((severity) => ({
  key: severity,
  label: SEVERITY_LABELS[severity],
  render: <SeverityBadge severity={severity} />,
}));
const plain = (values: string[] | undefined): FilterOption[] => (values ?? []).map((value) => ({ key: value, label: value }));

/** Users are searched on the server as the analyst types; the selected ones stay listed by name. */
function AssigneesFilter({ selected, onChange }: { selected: string[]; onChange: (values: string[]) => void }) {
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState(false);
  const suggestions = useSuggestUsers(search, { enabled: opened });
  const selectedUids = selected.filter((uid) => uid !== NO_ASSIGNEES_FILTER);
  const profiles = useBulkGetUserProfiles(selectedUids);

  const byUid = new Map((profiles.data ?? []).map((profile) => [profile.uid, profile]));
  const picked = selectedUids.map((uid) => ({ key: uid, label: profileName(byUid.get(uid), uid) }));
  const suggested = (suggestions.data ?? [])
    .filter((profile) => !selectedUids.includes(profile.uid))
    .map((profile) => ({ key: profile.uid, label: profileName(profile, profile.uid) }));
  const options: FilterOption[] = [{ key: NO_ASSIGNEES_FILTER, label: 'No assignees' }, ...picked, ...suggested];

  return (
    <MultiSelectFilter
      id="assignees"
      label="Assignees"
      options={options}
      selected={selected}
      onChange={onChange}
      isLoading={suggestions.isFetching}
      onSearchChange={setSearch}
      onOpen={() => setOpened(true)}
    />
  );
}

/**
 * Tags, reporters and categories are aggregations over every case: asked for once the first page
 * is shown (or the filter is opened first), so the first rows at 100,000 cases never wait behind
 * them, yet the buttons show their counts without being opened.
 */
function useOpenedOnce() {
  const [opened, setOpened] = useState<Record<string, boolean>>({});
  return { opened, open: (id: string) => setOpened((o) => (o[id] ? o : { ...o, [id]: true })) };
}

export function TableFilters({ filters, onChange, loadOptions, customFieldDefinitions, onCustomFieldChange }: TableFiltersProps) {
  const { opened, open } = useOpenedOnce();
  const tags = useGetTags({ enabled: loadOptions || !!opened.tags });
  const reporters = useGetReporters({ enabled: loadOptions || !!opened.reporters });
  const categories = useGetCategories({ enabled: loadOptions || !!opened.category });
  const reporterOptions = useMemo<FilterOption[]>(
    () =>
      (reporters.data ?? []).flatMap((reporter) =>
        reporter.username ? [{ key: reporter.username, label: reporter.full_name || reporter.username }] : [],
      ),
    [reporters.data],
  );

  return (
    // EUI wraps a filter group only below 768 px; from there up to the width of six buttons the
    // group would push the page sideways instead, so it wraps whenever it does not fit. EUI lets
    // each button grow: a button wrapped alone onto a row would stretch across the page.
    <EuiFilterGroup css={{ flexWrap: 'wrap', '&& > .euiPopover': { flexGrow: 0 } }} data-test-subj="cases-table-filters">
      <MultiSelectFilter id="status" label="Status" options={STATUS_OPTIONS} optionsCount={STATUS_OPTIONS.length} selected={filters.status} onChange={(v) => onChange('status', v)} />
      <MultiSelectFilter
        id="severity"
        label="Severity"
        options={SEVERITY_OPTIONS}
        optionsCount={SEVERITY_OPTIONS.length}
        selected={filters.severity}
        onChange={(v) => onChange('severity', v)}
      />
      <MultiSelectFilter
        id="tags"
        onOpen={() => open('tags')}
        label="Tags"
        options={plain(tags.data)}
        optionsCount={tags.data?.length}
        selected={filters.tags}
        onChange={(v) => onChange('tags', v)}
        isLoading={tags.isLoading}
      />
      <AssigneesFilter selected={filters.assignees} onChange={(v) => onChange('assignees', v)} />
      <MultiSelectFilter
        id="reporters"
        onOpen={() => open('reporters')}
        label="Reporters"
        options={reporterOptions}
        optionsCount={reporters.data ? reporterOptions.length : undefined}
        selected={filters.reporters}
        onChange={(v) => onChange('reporters', v)}
        isLoading={reporters.isLoading}
      />
      <MultiSelectFilter
        id="category"
        onOpen={() => open('category')}
        label="Category"
        options={plain(categories.data)}
        optionsCount={categories.data?.length}
        selected={filters.category}
        onChange={(v) => onChange('category', v)}
        isLoading={categories.isLoading}
      />
      <CustomFieldFilterButtons definitions={customFieldDefinitions} filters={filters.customFields} onChange={onCustomFieldChange} />
    </EuiFilterGroup>
  );
}

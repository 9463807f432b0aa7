/**
 * The list's filters by toggle custom field, as Kibana offers them: each toggle of the owner is
 * listed under "More", and once picked there it gets its own "On"/"Off" filter button. A filter
 * that holds values (from the URL, say) is always shown, so it can be seen and cleared.
 */
import { useState } from 'react';
import { isFilterableCustomFieldType } from '../../../common/custom_fields/custom_field_types';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { MultiSelectFilter, type FilterOption } from './multi_select_filter';
import { CUSTOM_FIELD_FILTER_PREFIX, TOGGLE_FILTER_OPTIONS, type CustomFieldFilters, type ToggleFilterOption } from './url_state';

const TOGGLE_OPTIONS: FilterOption[] = [
  { key: 'on', label: 'On' },
  { key: 'off', label: 'Off' },
];

const toToggleOptions = (values: string[]) => values.filter((value): value is ToggleFilterOption => (TOGGLE_FILTER_OPTIONS as readonly string[]).includes(value));

interface CustomFieldFiltersProps {
  definitions: CustomFieldConfiguration[];
  filters: CustomFieldFilters;
  onChange: (key: string, options: ToggleFilterOption[]) => void;
}

export function CustomFieldFilterButtons({ definitions, filters, onChange }: CustomFieldFiltersProps) {
  // A filter from the URL counts as picked, so clearing its last option does not make its open popover vanish.
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set(Object.keys(filters).filter((key) => filters[key].length > 0)));
  const filterable = definitions.filter((definition) => isFilterableCustomFieldType(definition.type));
  if (filterable.length === 0) return null;

  const isShown = (key: string) => picked.has(key) || (filters[key]?.length ?? 0) > 0;
  const onPick = (keys: string[]) => {
    // A filter taken off "More" stops filtering too, as in Kibana.
    for (const { key } of filterable) if (isShown(key) && !keys.includes(key) && (filters[key]?.length ?? 0) > 0) onChange(key, []);
    setPicked(new Set(keys));
  };

  return (
    <>
      {filterable.filter(({ key }) => isShown(key)).map(({ key, label }) => (
        <MultiSelectFilter
          key={key}
          id={`${CUSTOM_FIELD_FILTER_PREFIX}${key}`}
          label={label}
          options={TOGGLE_OPTIONS}
          optionsCount={TOGGLE_OPTIONS.length}
          selected={filters[key] ?? []}
          onChange={(values) => onChange(key, toToggleOptions(values))}
        />
      ))}
      <MultiSelectFilter
        id="more"
        label="More"
        options={filterable.map(({ key, label }) => ({ key, label }))}
        selected={filterable.filter(({ key }) => isShown(key)).map(({ key }) => key)}
        onChange={onPick}
      />
    </>
  );
}

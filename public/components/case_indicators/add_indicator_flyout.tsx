/**
 * "Add indicator": a search of the space's indicators index (whole values, or a prefix as one
 * types), the ones chosen attached to the case in one request, as Kibana's Threat Intelligence
 * attaches them. Indicators the case already holds are shown but cannot be chosen again.
 */
import { useState } from 'react';
import {
  EuiBasicTable,
  EuiButton,
  EuiButtonEmpty,
  EuiFieldSearch,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiSpacer,
  EuiTitle,
  type Criteria,
  type EuiBasicTableColumn,
} from '@elastic/eui';
import { INDICATOR_FIELDS, firstText } from '../../../common/indicators/indicator_fields';
import { MIN_SEARCH_PREFIX_LENGTH } from '../../../common/constants';
import type { Case } from '../../../common/types/domain/case';
import { searchCostError } from '../../../common/types/api/search_codec';
import type { IndicatorSummary } from '../../containers/indicators_api';
import { useAttachIndicators, useFindIndicators } from '../../containers/use_indicators';
import { useCore } from '../../core';
import { useDebouncedSearch } from '../use_debounced_search';
import { TlpBadge } from './indicator_columns';

const PAGE_SIZE = 10;

/**
 * One word typed is matched as a prefix (`203.0.113` finds the whole /24), more words as typed.
 * The store cuts `192.0` into `192` and `0`, and a prefix needs its last piece at least
 * MIN_SEARCH_PREFIX_LENGTH long (the server's cost bound): a shorter one is sent as typed.
 */
export function pickerSearch(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const lastPiece = /[\p{L}\p{N}]*$/u.exec(trimmed)?.[0] ?? '';
  if (/\s|"|\*$/.test(trimmed) || lastPiece.length < MIN_SEARCH_PREFIX_LENGTH) return trimmed;
  return `${trimmed}*`;
}

const columns: Array<EuiBasicTableColumn<IndicatorSummary>> = [
  { field: 'name', name: 'Indicator', truncateText: true, 'data-test-subj': 'add-indicator-name' },
  { name: 'Type', width: '110px', render: (row: IndicatorSummary) => firstText(row.fields, INDICATOR_FIELDS.type) ?? '—' },
  { name: 'Feed', truncateText: true, render: (row: IndicatorSummary) => firstText(row.fields, INDICATOR_FIELDS.feed) ?? '—' },
  { name: 'TLP', width: '120px', render: (row: IndicatorSummary) => <TlpBadge tlp={firstText(row.fields, INDICATOR_FIELDS.tlp)} /> },
];

export function AddIndicatorFlyout({ caseData, attachedIds, onClose }: { caseData: Case; attachedIds: string[]; onClose: () => void }) {
  const { toasts } = useCore();
  const [search, setSearch] = useState('');
  const [pageIndex, setPageIndex] = useState(0);
  const box = useDebouncedSearch(
    search,
    (next) => {
      setSearch(next);
      setPageIndex(0);
    },
    // Held back while the server would refuse it (a one-letter prefix, too many words).
    (next) => searchCostError(pickerSearch(next) ?? '') === undefined,
  );
  const [selected, setSelected] = useState<IndicatorSummary[]>([]);
  const query = pickerSearch(search);
  const found = useFindIndicators({ ...(query ? { search: query } : {}), page: pageIndex + 1, perPage: PAGE_SIZE });
  const attach = useAttachIndicators(caseData);
  const held = new Set(attachedIds);

  const submit = async () => {
    try {
      await attach.mutateAsync(selected);
      toasts.addSuccess({ title: selected.length === 1 ? `Added indicator ${selected[0].name}` : `Added ${selected.length} indicators`, 'data-test-subj': 'add-indicator-success-toast' });
      onClose();
    } catch (error) {
      toasts.addError(error, { title: 'Could not add the indicators' });
    }
  };

  return (
    <EuiFlyout onClose={onClose} size="m" ownFocus aria-labelledby="add-indicator-title" data-test-subj="add-indicator-flyout">
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="s">
          <h2 id="add-indicator-title">Add indicators</h2>
        </EuiTitle>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        <EuiFieldSearch
          fullWidth
          placeholder="Search by value (IP, URL, hash, domain...) or feed"
          value={box.text}
          onChange={box.onChange}
          onSearch={box.onSearch}
          isClearable
          aria-label="Search indicators"
          data-test-subj="add-indicator-search"
        />
        <EuiSpacer size="m" />
        <EuiBasicTable<IndicatorSummary>
          tableCaption="Indicators"
          items={found.data?.indicators ?? []}
          itemId="id"
          columns={columns}
          loading={found.isFetching}
          error={found.error ? found.error.message : undefined}
          noItemsMessage={query ? 'No indicator matches the search.' : 'No indicators in this space yet: ingest some through /api/indicators/_ingest.'}
          selection={{ selectable: (row) => !held.has(row.id), selectableMessage: (ok) => (ok ? '' : 'Already in this case'), onSelectionChange: setSelected, selected }}
          pagination={{ pageIndex, pageSize: PAGE_SIZE, totalItemCount: found.data?.total ?? 0, showPerPageOptions: false }}
          onChange={({ page }: Criteria<IndicatorSummary>) => page && setPageIndex(page.index)}
          rowProps={(row) => ({ 'data-test-subj': `add-indicator-row-${row.id}` })}
          data-test-subj="add-indicator-table"
        />
      </EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="spaceBetween" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty onClick={onClose} data-test-subj="add-indicator-cancel">
              Cancel
            </EuiButtonEmpty>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButton fill isDisabled={selected.length === 0} isLoading={attach.isPending} onClick={() => void submit()} data-test-subj="add-indicator-submit">
              {selected.length > 1 ? `Add ${selected.length} indicators` : 'Add indicator'}
            </EuiButton>
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiFlyoutFooter>
    </EuiFlyout>
  );
}

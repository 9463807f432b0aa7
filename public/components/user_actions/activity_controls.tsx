/** Above the activity: which entries to show (with how many each filter holds) and in what order. */
import { EuiButtonGroup, EuiFlexGroup, EuiFlexItem, EuiSelect } from '@elastic/eui';
import type { ActivityFilter } from '../../containers/use_user_action_counts';
import type { ActivitySortOrder } from './use_activity_preferences';

const LABELS: Record<ActivityFilter, string> = { all: 'All', user: 'Comments', action: 'History' };
const TEST_SUBJ: Record<ActivityFilter, string> = { all: 'user-actions-filter-all', user: 'user-actions-filter-comments', action: 'user-actions-filter-history' };

const SORT_OPTIONS = [
  { value: 'asc', text: 'Oldest first' },
  { value: 'desc', text: 'Newest first' },
];

export interface ActivityControlsProps {
  filter: ActivityFilter;
  onFilterChange: (filter: ActivityFilter) => void;
  sortOrder: ActivitySortOrder;
  onSortOrderChange: (order: ActivitySortOrder) => void;
  counts: Partial<Record<ActivityFilter, number>>;
}

/** No number until the server has counted: a wrong 0 reads as "nothing here". */
const labelOf = (filter: ActivityFilter, count: number | undefined) => (count === undefined ? LABELS[filter] : `${LABELS[filter]} ${count.toLocaleString()}`);

export function ActivityControls({ filter, onFilterChange, sortOrder, onSortOrderChange, counts }: ActivityControlsProps) {
  const options = (Object.keys(LABELS) as ActivityFilter[]).map((id) => ({ id, label: labelOf(id, counts[id]), 'data-test-subj': TEST_SUBJ[id] }));
  return (
    <EuiFlexGroup justifyContent="spaceBetween" alignItems="center" gutterSize="m" wrap responsive={false} data-test-subj="user-actions-controls">
      <EuiFlexItem grow={false}>
        <EuiButtonGroup
          legend="Show activity"
          options={options}
          idSelected={filter}
          onChange={(id) => onFilterChange(id as ActivityFilter)}
          buttonSize="compressed"
          data-test-subj="user-actions-filter"
        />
      </EuiFlexItem>
      <EuiFlexItem grow={false} css={{ minWidth: 200 }}>
        <EuiSelect
          prepend="Sort by"
          aria-label="Sort the activity"
          options={SORT_OPTIONS}
          value={sortOrder}
          onChange={(event) => onSortOrderChange(event.target.value === 'desc' ? 'desc' : 'asc')}
          compressed
          data-test-subj="user-actions-sort-select"
        />
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}

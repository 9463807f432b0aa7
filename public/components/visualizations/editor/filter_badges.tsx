/**
 * The filters an opened visualization carries (Lens' filter pills). The editor writes none of its
 * own, since the query covers them; it shows these so nothing filters the chart unseen, and lets
 * the user remove one.
 */
import { EuiBadge, EuiBadgeGroup, EuiFormRow } from '@elastic/eui';
import type { FilterSpec } from '../../../../common/visualizations/definition';

export function describeFilter(filter: FilterSpec): string {
  const not = filter.negate ? 'NOT ' : '';
  switch (filter.operator) {
    case 'is':
      return `${not}${filter.field}: ${String(filter.value)}`;
    case 'is_one_of':
      return `${not}${filter.field} is one of ${filter.values.map(String).join(', ')}`;
    case 'exists':
      return `${not}${filter.field} exists`;
    case 'between': {
      const { gte, gt, lte, lt } = filter.range;
      const low = gte ?? gt;
      const high = lte ?? lt;
      return `${not}${filter.field}: ${low ?? '−∞'} to ${high ?? '+∞'}`;
    }
  }
}

export function FilterBadges({ filters, onRemove }: { filters: FilterSpec[]; onRemove: (index: number) => void }) {
  if (filters.length === 0) return null;
  return (
    <EuiFormRow label="Filters" fullWidth>
      <EuiBadgeGroup gutterSize="s" data-test-subj="visualizationFilters">
        {filters.map((filter, index) => {
          const text = describeFilter(filter);
          return (
            <EuiBadge
              // Filters have no id; their place is their identity while the editor is open.
              key={index}
              color="hollow"
              iconType="cross"
              iconSide="right"
              iconOnClick={() => onRemove(index)}
              iconOnClickAriaLabel={`Remove filter ${text}`}
              data-test-subj={`visualizationFilter-${index}`}
            >
              {text}
            </EuiBadge>
          );
        })}
      </EuiBadgeGroup>
    </EuiFormRow>
  );
}

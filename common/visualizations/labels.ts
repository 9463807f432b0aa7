/**
 * The label Lens derives for a column the user has not named, in Lens' wording, so a chart
 * written here reads the same when Kibana opens it (Kibana keeps a derived label in sync with
 * the column; a custom one is kept as typed).
 */
import type { BucketSpec, MetricOperation, MetricSpec } from './definition';

const METRIC_LABEL_PREFIX: Record<Exclude<MetricOperation, 'count'>, string> = {
  unique_count: 'Unique count of',
  sum: 'Sum of',
  average: 'Average of',
  min: 'Minimum of',
  max: 'Maximum of',
};

export function defaultLabel(spec: BucketSpec | MetricSpec): string {
  if ('type' in spec) {
    if (spec.type === 'date_histogram') return spec.field;
    return spec.size > 1 ? `Top ${spec.size} values of ${spec.field}` : `Top value of ${spec.field}`;
  }
  if (spec.operation === 'count') return 'Count of records';
  return `${METRIC_LABEL_PREFIX[spec.operation]} ${spec.field ?? '-'}`;
}

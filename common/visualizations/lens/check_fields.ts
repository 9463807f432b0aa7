/**
 * Every field a chart reads must be one the chosen source maps, usable as the column uses it:
 * a Lens state from another cluster may name fields this one does not have, and the query
 * service would refuse them one at a time; here they are all named at once.
 */
import type { FilterSpec, MetricOperation } from '../definition';
import type { VisualizationDataSource, VisualizationFieldType } from '../query_api';
import type { ColumnsReading } from './read_columns';

const METRIC_FIELD_TYPES: Partial<Record<MetricOperation, { types: VisualizationFieldType[]; what: string }>> = {
  sum: { types: ['number'], what: 'a number field' },
  average: { types: ['number'], what: 'a number field' },
  // Lens offers minimum and maximum of dates too.
  min: { types: ['number', 'date'], what: 'a number or date field' },
  max: { types: ['number', 'date'], what: 'a number or date field' },
};

export function checkFields(source: VisualizationDataSource, columns: ColumnsReading, filters: FilterSpec[]): string[] {
  const problems: string[] = [];
  const fields = new Map(source.fields.map((field) => [field.name, field]));
  const checkColumn = (id: string, name: string, expected?: { types: VisualizationFieldType[]; what: string }) => {
    const label = columns.labels[id] ?? id;
    const field = fields.get(name);
    if (!field) problems.push(`Field '${name}' on column '${label}' does not exist in ${source.name}`);
    else if (!field.aggregatable) problems.push(`Field '${name}' on column '${label}' cannot be aggregated in ${source.name}`);
    else if (expected && !expected.types.includes(field.type)) problems.push(`Field '${name}' on column '${label}' is not ${expected.what}`);
  };
  for (const bucket of columns.buckets) {
    checkColumn(bucket.id, bucket.field, bucket.type === 'date_histogram' ? { types: ['date'], what: 'a date field' } : undefined);
  }
  for (const metric of columns.metrics) {
    if (metric.field !== undefined) checkColumn(metric.id, metric.field, METRIC_FIELD_TYPES[metric.operation]);
  }
  for (const filter of filters) {
    const field = fields.get(filter.field);
    if (!field) problems.push(`Filter field '${filter.field}' does not exist in ${source.name}`);
    else if (!field.searchable) problems.push(`Filter field '${filter.field}' cannot be searched in ${source.name}`);
  }
  return problems;
}

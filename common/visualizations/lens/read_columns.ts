/**
 * A form-based layer's columns read into bucket and metric specs, in Lens' column order, with
 * their labels. Each column Lens would compute differently from us (another operation, a time
 * shift, a rare-terms ranking...) is a problem naming the column, so the reader can say every
 * reason a chart cannot be drawn at once.
 */
import { MAX_TERMS_SIZE, type BucketSpec, type MetricOperation, type MetricSpec, type TermsBucketSpec, type TermsOrderBy } from '../definition';
import { defaultLabel } from '../labels';
import { readLensInterval } from './intervals';
import { LENS_LEGACY_RECORDS_FIELD, LENS_RECORDS_FIELD } from './lens_types';
import { asRecord, asString, isRecord, type UnknownRecord } from './unknown_value';

export interface ColumnsReading {
  buckets: BucketSpec[];
  metrics: MetricSpec[];
  labels: Record<string, string>;
  /** Every column id the layer holds, read or not: an accessor naming one is not a dangling id. */
  columnIds: Set<string>;
  problems: string[];
}

/** Operations renamed in 7.12. */
const RENAMED_OPERATIONS: Record<string, string> = { avg: 'average', cardinality: 'unique_count' };
const FIELD_METRICS = new Set<MetricOperation>(['unique_count', 'sum', 'average', 'min', 'max']);
const RECORDS_FIELDS = new Set([LENS_RECORDS_FIELD, LENS_LEGACY_RECORDS_FIELD]);

const operationOf = (column: UnknownRecord) => {
  const operation = asString(column.operationType);
  return operation === undefined ? undefined : (RENAMED_OPERATIONS[operation] ?? operation);
};

const nonEmpty = (value: unknown) => value !== undefined && value !== null && value !== '';

/** Lens' column filter as KQL text; undefined when there is none. */
function readColumnFilter(column: UnknownRecord, name: string, problems: string[]): string | undefined {
  if (!isRecord(column.filter)) return undefined;
  const query = column.filter.query;
  if (typeof query === 'string' && query.trim() === '') return undefined;
  if (column.filter.language !== 'kuery' || typeof query !== 'string') {
    problems.push(`The filter on column '${name}' is in Lucene syntax; only KQL is supported`);
    return undefined;
  }
  return query;
}

/** Time shifts, per-unit scaling and reduced time ranges change what a column counts. */
function checkTimeOptions(column: UnknownRecord, name: string, problems: string[]) {
  if (nonEmpty(column.timeShift)) problems.push(`Time shift on column '${name}' is not supported`);
  if (nonEmpty(column.timeScale)) problems.push(`Normalizing by unit on column '${name}' is not supported`);
  if (nonEmpty(column.reducedTimeRange)) problems.push(`Reduced time range on column '${name}' is not supported`);
}

const isCountOfRecords = (column: UnknownRecord) =>
  operationOf(column) === 'count' && (column.sourceField === undefined || RECORDS_FIELDS.has(column.sourceField as string));

interface PendingTerms {
  spec: TermsBucketSpec;
  name: string;
  params: UnknownRecord;
}

function readMetric(id: string, column: UnknownRecord, operation: MetricOperation, name: string, problems: string[]): MetricSpec | null {
  const filter = readColumnFilter(column, name, problems);
  const withFilter = (spec: MetricSpec): MetricSpec => (filter === undefined ? spec : { ...spec, filter });
  if (operation === 'count') {
    if (!isCountOfRecords(column)) {
      problems.push(`Count of a field on column '${name}' is not supported`);
      return null;
    }
    return withFilter({ id, operation });
  }
  const field = asString(column.sourceField);
  if (!field) {
    problems.push(`Column '${name}' has no field`);
    return null;
  }
  return withFilter({ id, operation, field });
}

function readTerms(id: string, column: UnknownRecord, name: string, problems: string[]): PendingTerms | null {
  const params = asRecord(column.params);
  const field = asString(column.sourceField);
  const size = params.size;
  let ok = true;
  const fail = (problem: string) => {
    problems.push(problem);
    ok = false;
  };
  if (!field) fail(`Column '${name}' has no field`);
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) fail(`Top values on column '${name}' have no valid size`);
  else if (size > MAX_TERMS_SIZE) fail(`Top values on column '${name}' ask for ${size} values; at most ${MAX_TERMS_SIZE} are supported`);
  if (Array.isArray(params.secondaryFields) && params.secondaryFields.length > 0) fail(`Top values of several fields on column '${name}' are not supported`);
  if (params.missingBucket === true) fail(`Top values with a bucket for missing values on column '${name}' are not supported`);
  if ((Array.isArray(params.include) && params.include.length > 0) || (Array.isArray(params.exclude) && params.exclude.length > 0)) {
    fail(`Top values with include or exclude patterns on column '${name}' are not supported`);
  }
  if (!ok) return null;
  const spec: TermsBucketSpec = {
    id,
    type: 'terms',
    field: field as string,
    size: size as number,
    orderBy: { type: 'alphabetical' },
    direction: 'asc',
    otherBucket: params.otherBucket === true,
  };
  return { spec, name, params };
}

/**
 * A terms column's ranking, once the metrics are known. Ranking by an unfiltered count of
 * records is the bucket's document count, so it reads as `count` however Lens stored it
 * (the count column, or a custom count).
 */
function resolveOrder(pending: PendingTerms, metrics: MetricSpec[], columns: UnknownRecord, problems: string[]): boolean {
  const orderBy = asRecord(pending.params.orderBy);
  const direction = pending.params.orderDirection;
  let order: TermsOrderBy;
  switch (orderBy.type) {
    case undefined:
    case 'alphabetical':
      order = { type: 'alphabetical' };
      break;
    case 'column': {
      const columnId = asString(orderBy.columnId) ?? '';
      const metric = metrics.find((m) => m.id === columnId);
      if (!metric) {
        // An unsupported column it ranks by is reported already.
        if (!isRecord(columns[columnId])) problems.push(`Top values on column '${pending.name}' are ranked by column '${columnId}', which is not a metric of the layer`);
        return false;
      }
      order = metric.operation === 'count' && metric.filter === undefined ? { type: 'count' } : { type: 'metric', metricId: columnId };
      break;
    }
    case 'custom': {
      const agg = asRecord(pending.params.orderAgg);
      const unfiltered = !isRecord(agg.filter) || agg.filter.query === '';
      if (isCountOfRecords(agg) && unfiltered) {
        order = { type: 'count' };
        break;
      }
      problems.push(`Top values on column '${pending.name}' ranked by a custom metric are not supported`);
      return false;
    }
    case 'rare':
      problems.push(`Top values on column '${pending.name}' ranked by rarity are not supported`);
      return false;
    case 'significant':
      problems.push(`Top values on column '${pending.name}' ranked by significance are not supported`);
      return false;
    default:
      problems.push(`Top values on column '${pending.name}' ranked by ${String(orderBy.type)} are not supported`);
      return false;
  }
  pending.spec.orderBy = order;
  pending.spec.direction = direction === 'asc' || direction === 'desc' ? direction : order.type === 'alphabetical' ? 'asc' : 'desc';
  return true;
}

export function readColumns(layer: UnknownRecord): ColumnsReading {
  const columns = asRecord(layer.columns);
  const order = Array.isArray(layer.columnOrder) ? layer.columnOrder.filter((id): id is string => typeof id === 'string') : Object.keys(columns);
  const reading: ColumnsReading = { buckets: [], metrics: [], labels: {}, columnIds: new Set(Object.keys(columns)), problems: [] };
  const { problems } = reading;
  const pendingTerms: PendingTerms[] = [];
  const storedLabels: Record<string, string | undefined> = {};

  for (const id of order) {
    const column = columns[id];
    if (!isRecord(column)) {
      problems.push(`Column '${id}' in the column order is missing from the layer`);
      continue;
    }
    const label = asString(column.label)?.trim() ? asString(column.label) : undefined;
    storedLabels[id] = label;
    const name = label ?? id;
    const operation = operationOf(column);
    checkTimeOptions(column, name, problems);
    if (operation === 'date_histogram') {
      const field = asString(column.sourceField);
      const interval = readLensInterval(asRecord(column.params).interval);
      if (!field) problems.push(`Column '${name}' has no field`);
      if (interval === null) problems.push(`Interval '${String(asRecord(column.params).interval)}' on column '${name}' is not supported`);
      if (field && interval !== null) reading.buckets.push({ id, type: 'date_histogram', field, interval });
    } else if (operation === 'terms') {
      const pending = readTerms(id, column, name, problems);
      if (pending) pendingTerms.push(pending);
      if (pending) reading.buckets.push(pending.spec);
    } else if (operation === 'count' || FIELD_METRICS.has(operation as MetricOperation)) {
      const metric = readMetric(id, column, operation as MetricOperation, name, problems);
      if (metric) reading.metrics.push(metric);
    } else if (operation === undefined) {
      problems.push(`Column '${name}' has no operation`);
    } else {
      problems.push(`Operation ${operation} on column '${name}' is not supported`);
    }
  }

  for (const pending of pendingTerms) {
    if (!resolveOrder(pending, reading.metrics, columns, problems)) reading.buckets = reading.buckets.filter((b) => b !== pending.spec);
  }
  for (const spec of [...reading.buckets, ...reading.metrics]) reading.labels[spec.id] = storedLabels[spec.id] ?? defaultLabel(spec);
  return reading;
}

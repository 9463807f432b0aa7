/**
 * The Alerts page's trend chart as a visualization: alerts over time, stacked by the top values
 * of one field, narrowed as the table is (status, rule and severity as filter pills, the search
 * over the reason as KQL). Being a VisualizationDefinition, the same chart is drawn here from
 * the query service and added to a case as Lens attributes that Kibana's Lens opens.
 */
import { ALERT_FIELDS } from '../../../common/alerts/alert_fields';
import type { BucketSpec, FilterSpec, MetricSpec, VisualizationDefinition } from '../../../common/visualizations/definition';
import { defaultLabel } from '../../../common/visualizations/labels';
import type { AlertsPageState } from './alerts_page_state';

/** The fields a user may stack the bars by, as Kibana's Alerts page offers them; the first is the default. */
export const STACK_BY_FIELDS = [
  { field: ALERT_FIELDS.ruleName, label: 'Rule name' },
  { field: ALERT_FIELDS.severity, label: 'Severity' },
  { field: ALERT_FIELDS.hostName, label: 'Host name' },
  { field: ALERT_FIELDS.userName, label: 'User name' },
  { field: ALERT_FIELDS.workflowStatus, label: 'Status' },
] as const;
export type StackByField = (typeof STACK_BY_FIELDS)[number]['field'];
export const DEFAULT_STACK_BY: StackByField = ALERT_FIELDS.ruleName;
/** Kibana's histogram shows the top 10 values; the rest are left out rather than lumped as "Other". */
export const STACK_BY_SIZE = 10;

export const isStackByField = (value: unknown): value is StackByField => STACK_BY_FIELDS.some((option) => option.field === value);

// Column ids stay the same whatever the field, so a stored chart's columns keep their names.
const STACK_COLUMN = 'stackBy';
const TIME_COLUMN = 'timestamp';
const COUNT_COLUMN = 'count';

export type HistogramFilters = Pick<AlertsPageState, 'status' | 'rule' | 'severity' | 'search'>;

/** A pill per chosen filter: `is` for one value, `is one of` for several, as Kibana writes them. */
function pill(field: string, values: readonly string[]): FilterSpec[] {
  if (values.length === 0) return [];
  return values.length === 1 ? [{ field, operator: 'is', value: values[0]! }] : [{ field, operator: 'is_one_of', values: [...values] }];
}

/** The characters KQL reads as syntax in an unquoted value; each is written escaped. */
const KQL_SPECIAL = /[\\():<>"*{}]/g;
const KQL_KEYWORD = /^(and|or|not)$/i;
const quoted = (value: string) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/**
 * The table's search, which every alert's reason must match (words, "phrases" and a trailing
 * `*` for a prefix, split as the stores split it), as KQL on the reason field: a condition per
 * word or phrase, so the chart counts the alerts the table lists. Words are escaped rather than
 * quoted, so the stores read them as the table's search; a keyword (`or`) or a word with a star
 * inside, which the stores take literally, is quoted.
 */
export function searchToKql(search: string, field: string = ALERT_FIELDS.reason): string {
  const conditions: string[] = [];
  for (const match of search.matchAll(/"([^"]*)"|(\S+)/g)) {
    const phrase = match[1];
    if (phrase !== undefined) {
      if (phrase.trim() !== '') conditions.push(`${field}:${quoted(phrase.trim())}`);
      continue;
    }
    const word = match[2]!;
    const stem = word.replace(/\*+$/, '');
    const isPrefix = stem !== word;
    if (stem === '') continue;
    if (stem.includes('*') || (!isPrefix && KQL_KEYWORD.test(stem))) conditions.push(`${field}:${quoted(stem)}`);
    else conditions.push(`${field}:${stem.replace(KQL_SPECIAL, (c) => `\\${c}`)}${isPrefix ? '*' : ''}`);
  }
  return conditions.join(' and ');
}

export function stackByLabel(field: StackByField): string {
  return STACK_BY_FIELDS.find((option) => option.field === field)?.label ?? field;
}

/** The chart for the page's filters, stacked by `stackBy`. */
export function alertsHistogramDefinition(stackBy: StackByField, filters: HistogramFilters): VisualizationDefinition {
  const stack: BucketSpec = {
    id: STACK_COLUMN,
    type: 'terms',
    field: stackBy,
    size: STACK_BY_SIZE,
    orderBy: { type: 'count' },
    direction: 'desc',
    otherBucket: false,
  };
  const time: BucketSpec = { id: TIME_COLUMN, type: 'date_histogram', field: ALERT_FIELDS.timestamp, interval: 'auto' };
  const count: MetricSpec = { id: COUNT_COLUMN, operation: 'count' };
  return {
    title: `Alerts by ${stackByLabel(stackBy).toLowerCase()}`,
    source: 'alerts',
    query: { language: 'kuery', query: searchToKql(filters.search) },
    filters: [...pill(ALERT_FIELDS.workflowStatus, filters.status), ...pill(ALERT_FIELDS.ruleName, filters.rule), ...pill(ALERT_FIELDS.severity, filters.severity)],
    // Lens' column order: the breakdown before the x-axis, the bucket it splits each bar of.
    buckets: [stack, time],
    metrics: [count],
    chart: {
      type: 'xy',
      seriesType: 'bar_stacked',
      xAccessor: TIME_COLUMN,
      splitAccessor: STACK_COLUMN,
      accessors: [COUNT_COLUMN],
      legend: { isVisible: true, position: 'right' },
    },
    labels: { [STACK_COLUMN]: defaultLabel(stack), [TIME_COLUMN]: defaultLabel(time), [COUNT_COLUMN]: defaultLabel(count) },
  };
}

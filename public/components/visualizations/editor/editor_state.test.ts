import type { VisualizationDefinition } from '../../../../common/visualizations/definition';
import type { VisualizationField } from '../../../../common/visualizations/query_api';
import { buildDefinition, editorReducer, type EditorAction, type EditorState, newEditorState, operationsFor, RECORDS, stateFromDefinition } from './editor_state';
import { defaultTimeRange, resolveTimeRange } from './time_range';

const field = (name: string, type: VisualizationField['type']): VisualizationField => ({ name, type, aggregatable: true, searchable: true });
const TIMESTAMP = field('@timestamp', 'date');
const HOST = field('host.name', 'string');
const RISK = field('kibana.alert.risk_score', 'number');
const RULE = field('kibana.alert.rule.name', 'string');
const ALERT_FIELDS = [TIMESTAMP, HOST, RISK, RULE];
const CASE_FIELDS = [field('created_at', 'date'), field('status', 'string'), field('tags', 'string')];

const RANGE = { from: '2025-03-01T00:00:00.000Z', to: '2025-03-08T00:00:00.000Z' };
const fresh = () => newEditorState({ source: 'alerts', timeRange: { start: RANGE.from, end: RANGE.to, resolved: RANGE } });
const apply = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(editorReducer, state);
const definitionOf = (state: EditorState): VisualizationDefinition => {
  const built = buildDefinition(state);
  if (!built.ok) throw new Error(built.missing);
  return built.definition;
};

/** Alerts per host per day: the chart of the browser flow. */
const alertsPerHost = () =>
  apply(
    fresh(),
    { type: 'setTitle', title: 'Alerts per host' },
    { type: 'setDimensionField', zone: 'x', field: TIMESTAMP },
    { type: 'setDimensionField', zone: 'breakdown', field: HOST },
  );

describe('dropping fields', () => {
  it('makes a date on the x axis a date histogram with an automatic interval', () => {
    const state = apply(fresh(), { type: 'setDimensionField', zone: 'x', field: TIMESTAMP });
    expect(state.x).toEqual({ id: 'x', type: 'date_histogram', field: '@timestamp', interval: 'auto' });
  });

  it('makes any other field on the x axis its top 10 values, ordered by the first metric', () => {
    const state = apply(fresh(), { type: 'setDimensionField', zone: 'x', field: HOST });
    expect(state.x).toEqual({ id: 'x', type: 'terms', field: 'host.name', size: 10, orderBy: { type: 'metric', metricId: 'count' }, direction: 'desc', otherBucket: false });
  });

  it('keeps a bucket’s id and setting when another field of its kind replaces it', () => {
    const state = apply(fresh(), { type: 'setDimensionField', zone: 'breakdown', field: HOST }, { type: 'setTermsSize', zone: 'breakdown', size: 3 }, { type: 'setDimensionField', zone: 'breakdown', field: RULE });
    expect(state.breakdown).toMatchObject({ id: 'breakdown', field: 'kibana.alert.rule.name', size: 3 });
  });

  it('sets the interval and bounds the number of values', () => {
    const state = apply(alertsPerHost(), { type: 'setInterval', interval: 'day' }, { type: 'setTermsSize', zone: 'breakdown', size: 500 });
    expect(state.x).toMatchObject({ interval: 'day' });
    expect(state.breakdown).toMatchObject({ size: 100 });
    expect(apply(state, { type: 'setTermsSize', zone: 'breakdown', size: 0 }).breakdown).toMatchObject({ size: 1 });
  });

  it('groups the remaining values as Other only when asked', () => {
    const state = apply(alertsPerHost(), { type: 'setOtherBucket', zone: 'breakdown', otherBucket: true });
    expect(state.breakdown).toMatchObject({ otherBucket: true });
    // A date histogram has no "Other".
    expect(apply(state, { type: 'setOtherBucket', zone: 'x', otherBucket: true }).x).not.toHaveProperty('otherBucket');
  });

  it('clears a zone', () => {
    expect(apply(alertsPerHost(), { type: 'setDimensionField', zone: 'breakdown', field: null }).breakdown).toBeUndefined();
  });

  it('adds a count when a field lands and no metric is left, as Lens does', () => {
    const state = apply(fresh(), { type: 'removeMetric', metricId: 'count' }, { type: 'setDimensionField', zone: 'x', field: HOST });
    expect(state.metrics).toEqual([{ id: 'count', operation: 'count' }]);
  });

  it('measures a number by its average and anything else by its unique count', () => {
    const state = apply(fresh(), { type: 'setMetricField', metricId: null, field: RISK }, { type: 'setMetricField', metricId: null, field: HOST });
    expect(state.metrics).toEqual([
      { id: 'count', operation: 'count' },
      { id: 'metric', operation: 'average', field: 'kibana.alert.risk_score' },
      { id: 'metric-2', operation: 'unique_count', field: 'host.name' },
    ]);
  });

  it('keeps a metric’s operation when its new field allows it, and counts records when Records land', () => {
    let state = apply(fresh(), { type: 'setMetricField', metricId: 'count', field: RISK }, { type: 'setMetricOperation', metricId: 'count', operation: 'max', fields: ALERT_FIELDS });
    expect(state.metrics[0]).toEqual({ id: 'count', operation: 'max', field: 'kibana.alert.risk_score' });
    state = apply(state, { type: 'setMetricField', metricId: 'count', field: HOST });
    expect(state.metrics[0]).toEqual({ id: 'count', operation: 'unique_count', field: 'host.name' });
    state = apply(state, { type: 'setMetricField', metricId: 'count', field: RECORDS });
    expect(state.metrics[0]).toEqual({ id: 'count', operation: 'count' });
  });

  it('offers the numeric operations for number fields only', () => {
    expect(operationsFor(RISK)).toEqual(['count', 'unique_count', 'sum', 'average', 'min', 'max']);
    expect(operationsFor(HOST)).toEqual(['count', 'unique_count']);
    expect(operationsFor(undefined)).toEqual(['count', 'unique_count']);
  });

  it('asks for a field when an operation needs one and the metric has none', () => {
    const state = apply(fresh(), { type: 'setMetricOperation', metricId: 'count', operation: 'unique_count', fields: ALERT_FIELDS });
    expect(buildDefinition(state)).toEqual({ ok: false, missing: 'Choose a field for the unique count metric.' });
    expect(buildDefinition(apply(state, { type: 'removeMetric', metricId: 'count' }))).toEqual({ ok: false, missing: 'Add a metric to draw the chart.' });
  });
});

describe('switching chart type', () => {
  it('keeps every dimension between XY charts and tables', () => {
    const state = apply(alertsPerHost(), { type: 'setMetricField', metricId: null, field: RISK }, { type: 'setChart', chart: { type: 'datatable' } }, { type: 'setChart', chart: { type: 'xy', seriesType: 'line' } });
    expect(state.x?.field).toBe('@timestamp');
    expect(state.breakdown?.field).toBe('host.name');
    expect(state.metrics).toHaveLength(2);
  });

  it('keeps the slices and the first metric for a pie', () => {
    const state = apply(alertsPerHost(), { type: 'setMetricField', metricId: null, field: RISK }, { type: 'setChart', chart: { type: 'pie', shape: 'donut' } });
    expect(state.x?.field).toBe('@timestamp');
    expect(state.breakdown?.field).toBe('host.name');
    expect(state.metrics).toEqual([{ id: 'count', operation: 'count' }]);
  });

  it('drops the x axis for a metric chart, keeping the metric and its breakdown', () => {
    const state = apply(alertsPerHost(), { type: 'setChart', chart: { type: 'metric' } });
    expect(state.x).toBeUndefined();
    expect(state.breakdown?.field).toBe('host.name');
    expect(definitionOf(state).chart).toEqual({ type: 'metric', metric: 'count', breakdownBy: 'breakdown' });
  });

  it('adds no second metric to a chart that draws one: a new field replaces it', () => {
    const state = apply(fresh(), { type: 'setChart', chart: { type: 'pie', shape: 'pie' } }, { type: 'setMetricField', metricId: null, field: RISK }, { type: 'setMetricField', metricId: null, field: HOST });
    expect(state.metrics).toEqual([{ id: 'count', operation: 'unique_count', field: 'host.name' }]);
  });
});

describe('changing the data source', () => {
  it('keeps the columns whose fields the new source has, and at least a count', () => {
    const state = apply(
      alertsPerHost(),
      { type: 'setMetricField', metricId: 'count', field: RISK },
      { type: 'setSource', source: 'cases', fields: [...CASE_FIELDS, HOST] },
    );
    expect(state.source).toBe('cases');
    expect(state.x).toBeUndefined();
    expect(state.breakdown?.field).toBe('host.name');
    expect(state.metrics).toEqual([{ id: 'count', operation: 'count' }]);
  });
});

describe('building the definition', () => {
  it('puts an XY chart’s breakdown first, so its top values are those of the whole range', () => {
    expect(definitionOf(alertsPerHost())).toEqual({
      title: 'Alerts per host',
      source: 'alerts',
      query: { language: 'kuery', query: '' },
      filters: [],
      buckets: [
        // Ordered by the count: the first metric, which Lens' reader reads back as the document count.
        { id: 'breakdown', type: 'terms', field: 'host.name', size: 10, orderBy: { type: 'count' }, direction: 'desc', otherBucket: false },
        { id: 'x', type: 'date_histogram', field: '@timestamp', interval: 'auto' },
      ],
      metrics: [{ id: 'count', operation: 'count' }],
      chart: { type: 'xy', seriesType: 'bar_stacked', xAccessor: 'x', splitAccessor: 'breakdown', accessors: ['count'], legend: { isVisible: true, position: 'right' } },
      labels: { breakdown: 'Top 10 values of host.name', x: '@timestamp', count: 'Count of records' },
    });
  });

  it('slices a pie by the x bucket, then the breakdown', () => {
    const state = apply(fresh(), { type: 'setChart', chart: { type: 'pie', shape: 'treemap' } }, { type: 'setDimensionField', zone: 'x', field: RULE }, { type: 'setDimensionField', zone: 'breakdown', field: HOST });
    const definition = definitionOf(state);
    expect(definition.buckets.map((bucket) => bucket.id)).toEqual(['x', 'breakdown']);
    expect(definition.chart).toEqual({ type: 'pie', shape: 'treemap', groups: ['x', 'breakdown'], metric: 'count', legend: { isVisible: true, position: 'right' } });
  });

  it('shows every column in a table, buckets first', () => {
    const state = apply(alertsPerHost(), { type: 'setChart', chart: { type: 'datatable' } }, { type: 'setMetricField', metricId: null, field: RISK });
    expect(definitionOf(state).chart).toEqual({ type: 'datatable', columns: ['x', 'breakdown', 'count', 'metric'] });
  });

  it('orders top values by the first metric still there', () => {
    const state = apply(alertsPerHost(), { type: 'setMetricField', metricId: null, field: RISK }, { type: 'removeMetric', metricId: 'count' });
    expect(definitionOf(state).buckets[0]).toMatchObject({ orderBy: { type: 'metric', metricId: 'metric' } });
  });

  it('uses the query it is given, so the preview can follow the typing a beat behind', () => {
    const state = apply(fresh(), { type: 'setQuery', query: 'host.name:web-01' });
    expect(definitionOf(state).query.query).toBe('host.name:web-01');
    const built = buildDefinition(state, '');
    expect(built.ok && built.definition.query.query).toBe('');
  });
});

describe('opening a definition', () => {
  const opened: VisualizationDefinition = {
    title: 'Risk by rule',
    source: 'alerts',
    query: { language: 'kuery', query: 'not host.name:test' },
    filters: [{ field: 'kibana.alert.severity', operator: 'is', value: 'high' }],
    buckets: [
      { id: 'b1', type: 'terms', field: 'kibana.alert.rule.name', size: 5, orderBy: { type: 'metric', metricId: 'm1' }, direction: 'desc' },
      { id: 'd1', type: 'date_histogram', field: '@timestamp', interval: 'hour' },
    ],
    metrics: [{ id: 'm1', operation: 'max', field: 'kibana.alert.risk_score' }],
    chart: { type: 'xy', seriesType: 'line', xAccessor: 'd1', splitAccessor: 'b1', accessors: ['m1'], legend: { isVisible: true, position: 'bottom' } },
    labels: { b1: 'Rule', d1: '@timestamp', m1: 'Maximum of kibana.alert.risk_score' },
  };

  it('reads back into the same definition, custom labels included', () => {
    const reading = stateFromDefinition(opened, RANGE);
    if (!reading.ok) throw new Error(reading.problems.join());
    expect(reading.state.labels).toEqual({ b1: 'Rule' });
    expect(reading.state.timeRange.resolved).toEqual(RANGE);
    expect(definitionOf(reading.state)).toEqual(opened);
  });

  it('drops a custom label once its column changes', () => {
    const reading = stateFromDefinition(opened, RANGE);
    if (!reading.ok) throw new Error('unreadable');
    const state = apply(reading.state, { type: 'setTermsSize', zone: 'breakdown', size: 3 });
    expect(definitionOf(state).labels.b1).toBe('Top 3 values of kibana.alert.rule.name');
  });

  it('reports a table of three row columns rather than cutting one off', () => {
    const table: VisualizationDefinition = {
      ...opened,
      buckets: [...opened.buckets, { id: 'b2', type: 'terms', field: 'host.name', size: 3, orderBy: { type: 'alphabetical' }, direction: 'asc' }],
      chart: { type: 'datatable', columns: ['b1', 'd1', 'b2', 'm1'] },
    };
    const reading = stateFromDefinition(table, RANGE);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.problems).toEqual(["The editor breaks a chart down by top values only; column 'd1' is a date histogram.", "The editor draws at most two bucket columns; column 'b2' (host.name) would be lost."]);
  });
});

describe('time ranges', () => {
  it('defaults to the last 7 days ending now, rounded down to the minute', () => {
    const range = defaultTimeRange(new Date('2025-03-08T10:15:42.123Z'));
    expect(range.resolved).toEqual({ from: '2025-03-01T10:15:00.000Z', to: '2025-03-08T10:15:00.000Z' });
    expect(range.start).toBe(range.resolved.from);
  });

  it('resolves date math to instants and refuses a range that runs backwards', () => {
    const now = new Date('2025-03-08T10:15:00.000Z');
    expect(resolveTimeRange('now-24h', 'now', now)).toEqual({ from: '2025-03-07T10:15:00.000Z', to: '2025-03-08T10:15:00.000Z' });
    expect(resolveTimeRange('now', 'now-1d', now)).toBeNull();
    expect(resolveTimeRange('now-3q', 'now', now)).toBeNull();
  });
});

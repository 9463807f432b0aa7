import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { VisualizationDefinition } from '../definition';
import { findLensEmbeds } from './markdown_embeds';
import { readLens, type LensReading } from './read_lens';
import { alertsSource, allSources, casesSource, eventsSource } from './__fixtures__/sources';

// The tests edit fixtures deep inside Lens' state, a shape the reader itself takes as unknown.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Attributes = Record<string, any>;

const fixture = (name: string): Attributes => JSON.parse(readFileSync(join(__dirname, '__fixtures__', `${name}.json`), 'utf8'));

function definitionOf(reading: LensReading): VisualizationDefinition {
  if (!reading.ok) throw new Error(`expected a definition, got problems: ${reading.problems.join('; ')}`);
  return reading.definition;
}

function problemsOf(reading: LensReading): string[] {
  if (reading.ok) throw new Error('expected problems, got a definition');
  return reading.problems;
}

describe('readLens on Kibana-shaped attributes', () => {
  it('reads a stacked bar of alerts per host per day on the Security data view', () => {
    expect(definitionOf(readLens(fixture('xy_stacked_alerts_per_host'), allSources))).toEqual({
      title: 'Alerts per host per day',
      description: 'Open alerts, stacked by host',
      source: 'alerts',
      query: { language: 'kuery', query: 'kibana.alert.workflow_status: "open"' },
      // The disabled pill is skipped; the negated exists pill is kept.
      filters: [{ field: 'kibana.alert.building_block_type', operator: 'exists', negate: true }],
      buckets: [
        { id: 'col-host', type: 'terms', field: 'host.name', size: 10, orderBy: { type: 'count' }, direction: 'desc', otherBucket: true },
        { id: 'col-day', type: 'date_histogram', field: '@timestamp', interval: 'day' },
      ],
      metrics: [{ id: 'col-count', operation: 'count' }],
      chart: {
        type: 'xy',
        seriesType: 'bar_stacked',
        xAccessor: 'col-day',
        splitAccessor: 'col-host',
        accessors: ['col-count'],
        legend: { isVisible: true, position: 'right' },
      },
      labels: { 'col-host': 'Top 10 values of host.name', 'col-day': '@timestamp', 'col-count': 'Alerts' },
    });
  });

  it('reads a donut of top rules on an ad hoc data view matched by its title', () => {
    const definition = definitionOf(readLens(fixture('pie_donut_top_rules'), allSources));
    expect(definition.source).toBe('alerts');
    expect(definition.buckets).toEqual([
      { id: 'rules', type: 'terms', field: 'kibana.alert.rule.name', size: 5, orderBy: { type: 'count' }, direction: 'desc', otherBucket: false },
    ]);
    expect(definition.chart).toEqual({ type: 'pie', shape: 'donut', groups: ['rules'], metric: 'count', legend: { isVisible: true, position: 'bottom' } });
    expect(definition.description).toBeUndefined();
  });

  it('reads a unique count of hosts with phrases and range pills', () => {
    const definition = definitionOf(readLens(fixture('metric_unique_hosts'), allSources));
    expect(definition.metrics).toEqual([{ id: 'hosts', operation: 'unique_count', field: 'host.name' }]);
    expect(definition.chart).toEqual({ type: 'metric', metric: 'hosts' });
    expect(definition.filters).toEqual([
      { field: 'kibana.alert.severity', operator: 'is_one_of', values: ['high', 'critical'] },
      { field: 'kibana.alert.risk_score', operator: 'between', range: { gte: 50, lt: 100 } },
    ]);
  });

  it('reads a table ranked by a filtered sum, with custom labels', () => {
    const definition = definitionOf(readLens(fixture('datatable_terms_sum_average'), allSources));
    expect(definition.buckets[0]).toEqual({
      id: 'host',
      type: 'terms',
      field: 'host.name',
      size: 20,
      orderBy: { type: 'metric', metricId: 'risk-sum' },
      direction: 'desc',
      otherBucket: true,
    });
    expect(definition.metrics).toEqual([
      { id: 'risk-sum', operation: 'sum', field: 'kibana.alert.risk_score', filter: 'kibana.alert.severity : "critical"' },
      { id: 'risk-avg', operation: 'average', field: 'kibana.alert.risk_score' },
    ]);
    expect(definition.chart).toEqual({ type: 'datatable', columns: ['host', 'risk-sum', 'risk-avg'] });
    expect(definition.labels).toEqual({ host: 'Host', 'risk-sum': 'Sum of kibana.alert.risk_score', 'risk-avg': 'Mean risk' });
  });

  it('reads the legacy metric of an `indexpattern` datasource counting `Records`', () => {
    const definition = definitionOf(readLens(fixture('legacy_metric_indexpattern'), allSources));
    expect(definition.metrics).toEqual([{ id: '0eb97c09-count', operation: 'count' }]);
    expect(definition.chart).toEqual({ type: 'metric', metric: '0eb97c09-count' });
    expect(definition.query).toEqual({ language: 'kuery', query: 'event.outcome: "failure"' });
    expect(definition.filters).toEqual([{ field: 'event.category', operator: 'is', value: 'authentication' }]);
  });

  it('reads the metric renamed lnsLegacyMetric in 8.5', () => {
    const attributes = { ...fixture('legacy_metric_indexpattern'), visualizationType: 'lnsLegacyMetric' };
    expect(definitionOf(readLens(attributes, allSources)).chart).toEqual({ type: 'metric', metric: '0eb97c09-count' });
  });

  it('reads a pie with `groups` and `metric`, a cardinality column and a top-level exists filter', () => {
    const definition = definitionOf(readLens(fixture('legacy_pie_groups_metric'), allSources));
    expect(definition.metrics).toEqual([{ id: 'hosts', operation: 'unique_count', field: 'host.name' }]);
    expect(definition.buckets).toEqual([
      { id: 'sev', type: 'terms', field: 'kibana.alert.severity', size: 3, orderBy: { type: 'alphabetical' }, direction: 'asc', otherBucket: false },
    ]);
    expect(definition.chart).toEqual({ type: 'pie', shape: 'pie', groups: ['sev'], metric: 'hosts', legend: { isVisible: true, position: 'right' } });
    expect(definition.filters).toEqual([{ field: 'host.name', operator: 'exists' }]);
  });

  it('names every unsupported part of a line chart with a percentile, a formula and a reference line', () => {
    const reading = readLens(fixture('unsupported_formula_percentile'), allSources);
    expect(reading).toMatchObject({ ok: false, title: 'Latency with thresholds', visualizationType: 'lnsXY' });
    expect(problemsOf(reading)).toEqual([
      'Reference line layers are not supported',
      "Operation percentile on column 'p95' is not supported",
      "Operation formula on column 'Failure ratio' is not supported",
      "Operation math on column 'Part of Failure ratio' is not supported",
    ]);
  });

  it('names every unsupported part of a mosaic with a Lucene query and a custom filter', () => {
    expect(problemsOf(readLens(fixture('unsupported_lucene_mosaic'), allSources))).toEqual([
      "Top values with a bucket for missing values on column 'Top 5 values of kibana.alert.severity' are not supported",
      "Top values on column 'Top 3 values of kibana.alert.workflow_status' ranked by rarity are not supported",
      'Chart shape mosaic is not supported',
      'Secondary groups are not supported',
      'The query is in Lucene syntax; only KQL is supported',
      "Filter 'Auth events' of type custom is not supported",
    ]);
  });
});

describe('readLens data views and fields', () => {
  it('says when no source answers the data view', () => {
    expect(problemsOf(readLens(fixture('xy_stacked_alerts_per_host'), [eventsSource, casesSource]))).toEqual([
      "Data view 'security-solution-default' has no source here",
    ]);
  });

  it('names an ad hoc data view by its title', () => {
    expect(problemsOf(readLens(fixture('pie_donut_top_rules'), [casesSource]))).toEqual(["Data view '.alerts-security.alerts-default' has no source here"]);
  });

  it('names each field the source lacks or cannot aggregate', () => {
    const narrowAlerts = {
      ...alertsSource,
      fields: alertsSource.fields
        .filter((f) => f.name !== 'host.name' && f.name !== 'kibana.alert.building_block_type')
        .map((f) => (f.name === '@timestamp' ? { ...f, aggregatable: false } : f)),
    };
    expect(problemsOf(readLens(fixture('xy_stacked_alerts_per_host'), [narrowAlerts]))).toEqual([
      "Field 'host.name' on column 'Top 10 values of host.name' does not exist in Alerts",
      "Field '@timestamp' on column '@timestamp' cannot be aggregated in Alerts",
      "Filter field 'kibana.alert.building_block_type' does not exist in Alerts",
    ]);
  });

  it('refuses a sum over a text field', () => {
    const attributes = fixture('datatable_terms_sum_average');
    attributes.state.datasourceStates.formBased.layers.table.columns['risk-avg'].sourceField = 'host.name';
    expect(problemsOf(readLens(attributes, allSources))).toEqual(["Field 'host.name' on column 'Mean risk' is not a number field"]);
  });

  it('matches a comma-separated title by the source answering most of its patterns', () => {
    const attributes = fixture('pie_donut_top_rules');
    const view = attributes.state.adHocDataViews['2d4f8a10-alerts-adhoc'];
    view.title = 'logs-*,winlogbeat-*,.alerts-security.alerts-default,-*elastic-cloud-logs-*';
    attributes.state.datasourceStates.formBased.layers['layer-rules'].columns.rules.sourceField = 'host.name';
    attributes.state.datasourceStates.formBased.layers['layer-rules'].columns.rules.label = 'Top 5 values of host.name';
    expect(definitionOf(readLens(attributes, allSources)).source).toBe('events');
  });

  it('reads the data view id kept on a layer by states older than references', () => {
    const attributes = fixture('metric_unique_hosts');
    attributes.references = [];
    attributes.state.datasourceStates.formBased.layers['metric-layer'].indexPatternId = 'security-solution-default';
    expect(definitionOf(readLens(attributes, allSources)).source).toBe('alerts');
  });

  it('says when the layer names no data view', () => {
    const attributes = fixture('metric_unique_hosts');
    attributes.references = [];
    expect(problemsOf(readLens(attributes, allSources))).toEqual(['The layer names no data view']);
  });
});

describe('readLens shapes', () => {
  const xy = () => fixture('xy_stacked_alerts_per_host');
  const xyLayer = (attributes: Attributes) => attributes.state.datasourceStates.formBased.layers['3f1b2c9e-5a77-4d0e-9a51-2f3c0f6a1b10'];

  it.each([
    ['h', 'hour'],
    ['1h', 'hour'],
    ['d', 'day'],
    ['1d', 'day'],
    ['w', 'week'],
    ['1w', 'week'],
    ['M', 'month'],
    ['1M', 'month'],
    ['y', 'year'],
    ['m', 'minute'],
    ['1m', 'minute'],
    ['30s', '30s'],
    ['3h', '3h'],
    ['12h', '12h'],
    ['1s', '1s'],
    ['auto', 'auto'],
  ])('reads interval %s as %s', (lens, ours) => {
    const attributes = xy();
    xyLayer(attributes).columns['col-day'].params.interval = lens;
    expect(definitionOf(readLens(attributes, allSources)).buckets[1]).toMatchObject({ interval: ours });
  });

  it.each(['q', '1q', '2w', '3M', '0h', 'fortnight'])('refuses interval %s', (lens) => {
    const attributes = xy();
    xyLayer(attributes).columns['col-day'].params.interval = lens;
    expect(problemsOf(readLens(attributes, allSources))).toEqual([`Interval '${lens}' on column '@timestamp' is not supported`]);
  });

  it("reads Kibana 9's splitAccessors and refuses a breakdown by two columns", () => {
    const attributes = xy();
    const layer = attributes.state.visualization.layers[0];
    delete layer.splitAccessor;
    layer.splitAccessors = ['col-host'];
    expect(definitionOf(readLens(attributes, allSources)).chart).toMatchObject({ splitAccessor: 'col-host' });
    layer.splitAccessors = ['col-host', 'col-day'];
    expect(problemsOf(readLens(attributes, allSources))).toEqual(['A breakdown by several columns is not supported']);
  });

  it('refuses a breakdown by a date histogram and percentage series', () => {
    const attributes = xy();
    const layer = attributes.state.visualization.layers[0];
    layer.seriesType = 'bar_percentage_stacked';
    layer.splitAccessor = 'col-day';
    layer.xAccessor = 'col-host';
    expect(problemsOf(readLens(attributes, allSources))).toEqual([
      'Series type bar_percentage_stacked is not supported',
      "The breakdown column '@timestamp' must be a top values column",
    ]);
  });

  it('refuses ES|QL layers', () => {
    const attributes = xy();
    const layers = attributes.state.datasourceStates;
    layers.textBased.layers = { [attributes.state.visualization.layers[0].layerId]: { query: { esql: 'FROM logs-*' }, columns: [] } };
    layers.formBased.layers = {};
    expect(problemsOf(readLens(attributes, allSources))).toEqual(['ES|QL visualizations are not supported']);
  });

  it('refuses annotation layers and two data layers, once each', () => {
    const attributes = xy();
    const [data] = attributes.state.visualization.layers;
    attributes.state.visualization.layers = [data, { ...data, layerId: 'second' }, { layerId: 'a1', layerType: 'annotations', annotations: [] }, { layerId: 'a2', layerType: 'annotations', annotations: [] }];
    expect(problemsOf(readLens(attributes, allSources))).toEqual(['Annotation layers are not supported', 'Only one data layer is supported; this visualization has 2']);
  });

  it('refuses time shifts, multi-field top values and custom rankings, naming the columns', () => {
    const attributes = xy();
    const columns = xyLayer(attributes).columns;
    columns['col-count'].timeShift = '1d';
    columns['col-host'].params.secondaryFields = ['user.name'];
    expect(problemsOf(readLens(attributes, allSources))).toEqual([
      "Top values of several fields on column 'Top 10 values of host.name' are not supported",
      "Time shift on column 'Alerts' is not supported",
    ]);
    delete columns['col-count'].timeShift;
    delete columns['col-host'].params.secondaryFields;
    columns['col-host'].params.orderBy = { type: 'custom' };
    columns['col-host'].params.orderAgg = { operationType: 'sum', sourceField: 'kibana.alert.risk_score', isBucketed: false, dataType: 'number', label: 'Sum' };
    expect(problemsOf(readLens(attributes, allSources))).toEqual(["Top values on column 'Top 10 values of host.name' ranked by a custom metric are not supported"]);
    columns['col-host'].params.orderAgg = { operationType: 'count', sourceField: '___records___', isBucketed: false, dataType: 'number', label: 'Count' };
    expect(definitionOf(readLens(attributes, allSources)).buckets[0]).toMatchObject({ orderBy: { type: 'count' } });
  });

  it('refuses more values than the query service answers', () => {
    const attributes = xy();
    xyLayer(attributes).columns['col-host'].params.size = 500;
    expect(problemsOf(readLens(attributes, allSources))).toEqual(["Top values on column 'Top 10 values of host.name' ask for 500 values; at most 100 are supported"]);
  });

  it('refuses a Lucene column filter and counting a field', () => {
    const attributes = xy();
    const count = xyLayer(attributes).columns['col-count'];
    count.filter = { language: 'lucene', query: 'host.name:web*' };
    expect(problemsOf(readLens(attributes, allSources))).toEqual(["The filter on column 'Alerts' is in Lucene syntax; only KQL is supported"]);
    delete count.filter;
    count.sourceField = 'host.name';
    expect(problemsOf(readLens(attributes, allSources))).toEqual(["Count of a field on column 'Alerts' is not supported"]);
  });

  it('ignores an empty Lucene query, which is the default of a Lucene Kibana', () => {
    const attributes = xy();
    attributes.state.query = { language: 'lucene', query: '' };
    expect(definitionOf(readLens(attributes, allSources)).query).toEqual({ language: 'kuery', query: '' });
  });

  it('drops the query and pills for a layer that ignores global filters', () => {
    const attributes = xy();
    xyLayer(attributes).ignoreGlobalFilters = true;
    attributes.state.query = { language: 'lucene', query: 'a:b' };
    const definition = definitionOf(readLens(attributes, allSources));
    expect(definition.query.query).toBe('');
    expect(definition.filters).toEqual([]);
  });

  it('refuses the new metric with a secondary metric and a trend line', () => {
    const attributes = fixture('metric_unique_hosts');
    Object.assign(attributes.state.visualization, { secondaryMetricAccessor: 'hosts', trendlineLayerId: 'trend' });
    expect(problemsOf(readLens(attributes, allSources))).toEqual(['A secondary metric is not supported', 'A trend line is not supported']);
  });

  it('keeps hidden table columns out of the chart, and refuses transposed ones', () => {
    const attributes = fixture('datatable_terms_sum_average');
    attributes.state.visualization.columns[1].hidden = true;
    expect(definitionOf(readLens(attributes, allSources)).chart).toEqual({ type: 'datatable', columns: ['host', 'risk-avg'] });
    attributes.state.visualization.columns[0].isTransposed = true;
    expect(problemsOf(readLens(attributes, allSources))).toEqual(["Columns split into other columns ('Host') are not supported"]);
  });

  it('refuses what is not Lens attributes, or another visualization type', () => {
    expect(readLens(null, allSources)).toEqual({ ok: false, title: '', visualizationType: '', problems: ['The Lens attributes are not an object'] });
    expect(problemsOf(readLens({ title: 'x', visualizationType: 'lnsXY' }, allSources))).toEqual(['The Lens attributes have no state']);
    expect(problemsOf(readLens({ ...fixture('metric_unique_hosts'), visualizationType: 'lnsHeatmap' }, allSources))).toEqual([
      'Visualization type lnsHeatmap is not supported',
    ]);
  });

  it('does not crash on odd values where objects belong', () => {
    const attributes = xy();
    attributes.state.filters = [null, { meta: 'x' }, 7];
    attributes.state.visualization.layers[0].accessors = 'col-count';
    xyLayer(attributes).columns['col-day'] = 'nope';
    const problems = problemsOf(readLens(attributes, allSources));
    expect(problems).toContain("Column 'col-day' in the column order is missing from the layer");
    expect(problems).toContain('The chart has no metric');
    expect(problems).toContain('A filter is not an object');
  });
});

describe('readLens on the Lens attachments of the hand-made Kibana exports', () => {
  const exportsDir = join(__dirname, '../../../test/fixtures/kibana_exports/hand_made');
  const lines = (file: string) => readFileSync(join(exportsDir, file), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

  it('explains that the empty 8.10 state has no layer instead of drawing nothing', () => {
    const comment = lines('kibana_8.10_case_lens_file.ndjson').find((o) => o.attributes?.persistableStateAttachmentTypeId === '.lens');
    expect(readLens(comment.attributes.persistableStateAttachmentState.attributes, allSources)).toEqual({
      ok: false,
      title: 'Events over time',
      visualizationType: 'lnsXY',
      problems: ['The visualization has no data layer'],
    });
  });

  it('finds the 7.14 markdown embed and explains what it lacks', () => {
    const comment = lines('kibana_7.14_case_alert_lens_markdown.ndjson').find((o) => typeof o.attributes?.comment === 'string' && o.attributes.comment.includes('!{lens'));
    const [embed] = findLensEmbeds(comment.attributes.comment);
    expect(embed.config?.timeRange).toEqual({ from: 'now-7d', to: 'now', mode: 'relative' });
    expect(problemsOf(readLens(embed.config?.attributes, allSources))).toEqual(['The visualization has no data layer']);
  });
});

describe('readLens on damaged attributes', () => {
  const names = [
    'xy_stacked_alerts_per_host',
    'pie_donut_top_rules',
    'metric_unique_hosts',
    'datatable_terms_sum_average',
    'legacy_metric_indexpattern',
    'legacy_pie_groups_metric',
    'unsupported_formula_percentile',
    'unsupported_lucene_mosaic',
  ];

  /** Every path to a value inside `value`. */
  function paths(value: unknown, prefix: string[] = []): string[][] {
    if (typeof value !== 'object' || value === null) return [prefix];
    return [prefix, ...Object.keys(value).flatMap((key) => paths((value as Attributes)[key], [...prefix, key]))];
  }

  it('answers a reading, never an exception, whatever sits where', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), fc.anything(), (name, pick, replacement) => {
        const attributes = fixture(name);
        const all = paths(attributes).filter((p) => p.length > 0);
        const path = all[pick % all.length];
        let parent: Attributes = attributes;
        for (const key of path.slice(0, -1)) parent = parent[key];
        parent[path[path.length - 1]] = replacement;
        const reading = readLens(attributes, allSources);
        expect(typeof reading.ok).toBe('boolean');
        if (!reading.ok) expect(reading.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
    fc.assert(fc.property(fc.anything(), (value) => expect(readLens(value, allSources).ok).toBe(false)));
  });
});

import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  CALENDAR_INTERVALS,
  PIE_SHAPES,
  XY_SERIES_TYPES,
  type BucketSpec,
  type ChartSpec,
  type DateInterval,
  type FilterSpec,
  type LegendSpec,
  type MetricSpec,
  type VisualizationDefinition,
} from '../definition';
import { defaultLabel } from '../labels';
import type { VisualizationDataSource } from '../query_api';
import { readLens } from './read_lens';
import { writeLens } from './write_lens';
import { allSources, alertsSource } from './__fixtures__/sources';

/** What an attachment stores: the attributes go through JSON. */
const roundTrip = (definition: VisualizationDefinition, source: VisualizationDataSource) =>
  readLens(JSON.parse(JSON.stringify(writeLens(definition, source))), allSources);

const nonBlank = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '');

const intervalArb: fc.Arbitrary<DateInterval> = fc.oneof(
  fc.constant('auto' as const),
  fc.constantFrom(...CALENDAR_INTERVALS),
  // One minute, hour or day read back as calendar units (intervals.ts), so fixed ones start at 2.
  fc.tuple(fc.integer({ min: 2, max: 999_999 }), fc.constantFrom('ms', 's', 'm', 'h', 'd')).map(([n, unit]) => `${n}${unit}` as DateInterval),
  fc.constantFrom('1s' as const, '1ms' as const),
);

const legendArb: fc.Arbitrary<LegendSpec> = fc.record({ isVisible: fc.boolean(), position: fc.constantFrom('top', 'bottom', 'left', 'right') });

const scalar = fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean());
const bound = fc.oneof(fc.integer(), fc.constantFrom('2024-01-01T00:00:00.000Z', 'now-7d'));

function filterArb(source: VisualizationDataSource): fc.Arbitrary<FilterSpec> {
  const field = fc.constantFrom(...source.fields.filter((f) => f.searchable).map((f) => f.name));
  const negate = fc.option(fc.constant(true), { nil: undefined });
  return fc.oneof(
    fc.record({ field, operator: fc.constant('is' as const), value: scalar, negate }, { requiredKeys: ['field', 'operator', 'value'] }),
    fc.record({ field, operator: fc.constant('is_one_of' as const), values: fc.array(scalar, { minLength: 1, maxLength: 4 }), negate }, { requiredKeys: ['field', 'operator', 'values'] }),
    fc.record({ field, operator: fc.constant('exists' as const), negate }, { requiredKeys: ['field', 'operator'] }),
    fc.record(
      {
        field,
        operator: fc.constant('between' as const),
        range: fc.record({ gte: bound, gt: bound, lte: bound, lt: bound }, { requiredKeys: [] }).filter((r) => Object.keys(r).length > 0),
        negate,
      },
      { requiredKeys: ['field', 'operator', 'range'] },
    ),
  ) as fc.Arbitrary<FilterSpec>;
}

const pickSubset = <T,>(items: T[]) => fc.shuffledSubarray(items);

/** A definition the editor could make on `source`, chart included, with every label set. */
function definitionArb(source: VisualizationDataSource): fc.Arbitrary<VisualizationDefinition> {
  const names = (pred: (f: VisualizationDataSource['fields'][number]) => boolean) => source.fields.filter((f) => f.aggregatable && pred(f)).map((f) => f.name);
  const dates = names((f) => f.type === 'date');
  const numbers = names((f) => f.type === 'number');
  const aggregatable = names(() => true);
  const dateOrNumber = names((f) => f.type === 'date' || f.type === 'number');

  const metricShape = fc.oneof(
    fc.constant({ operation: 'count' as const }),
    fc.record({ operation: fc.constant('unique_count' as const), field: fc.constantFrom(...aggregatable) }),
    ...(numbers.length ? [fc.record({ operation: fc.constantFrom('sum' as const, 'average' as const), field: fc.constantFrom(...numbers) })] : []),
    fc.record({ operation: fc.constantFrom('min' as const, 'max' as const), field: fc.constantFrom(...dateOrNumber) }),
  );
  const metricsArb = fc.array(fc.tuple(metricShape, fc.option(nonBlank, { nil: undefined })), { minLength: 1, maxLength: 4 });
  const bucketShape = fc.oneof(
    fc.record({ type: fc.constant('date_histogram' as const), field: fc.constantFrom(...dates), interval: intervalArb }),
    fc.record({
      type: fc.constant('terms' as const),
      field: fc.constantFrom(...aggregatable),
      size: fc.integer({ min: 1, max: 100 }),
      order: fc.constantFrom('alphabetical', 'count', 'metric'),
      direction: fc.constantFrom('asc' as const, 'desc' as const),
      otherBucket: fc.boolean(),
      metricPick: fc.nat(),
    }),
  );
  const bucketsArb = fc.array(bucketShape, { maxLength: 3 });

  return fc
    .record({
      ids: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { minLength: 7, maxLength: 7 }),
      metrics: metricsArb,
      buckets: bucketsArb,
      title: fc.string({ maxLength: 30 }),
      description: fc.option(nonBlank, { nil: undefined }),
      query: fc.oneof(fc.constant(''), nonBlank),
      filters: fc.array(filterArb(source), { maxLength: 3 }),
      customLabels: fc.array(fc.option(nonBlank, { nil: undefined }), { minLength: 7, maxLength: 7 }),
      chartPick: fc.record({
        type: fc.constantFrom('xy', 'pie', 'metric', 'datatable'),
        seriesType: fc.constantFrom(...XY_SERIES_TYPES),
        shape: fc.constantFrom(...PIE_SHAPES),
        legend: legendArb,
        picks: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        subset: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
        seed: fc.nat(),
      }),
    })
    .chain((raw) => {
      const metrics: MetricSpec[] = raw.metrics.map(([shape, filter], i) => ({ id: raw.ids[i], ...shape, ...(filter === undefined ? {} : { filter }) }));
      // Ranking by an unfiltered count is the document count, which reads back as `count`.
      const rankable = metrics.filter((m) => !(m.operation === 'count' && m.filter === undefined));
      const buckets: BucketSpec[] = raw.buckets.map((shape, i) => {
        const id = raw.ids[4 + i];
        if (shape.type === 'date_histogram') return { id, ...shape };
        const orderBy =
          shape.order === 'metric' && rankable.length > 0
            ? { type: 'metric' as const, metricId: rankable[shape.metricPick % rankable.length].id }
            : shape.order === 'count'
              ? { type: 'count' as const }
              : { type: 'alphabetical' as const };
        return { id, type: 'terms', field: shape.field, size: shape.size, orderBy, direction: shape.direction, otherBucket: shape.otherBucket };
      });
      const labels: Record<string, string> = {};
      [...buckets, ...metrics].forEach((spec) => {
        const custom = raw.customLabels[raw.ids.indexOf(spec.id)];
        labels[spec.id] = custom ?? defaultLabel(spec);
      });
      return chartArb(raw.chartPick, buckets, metrics).map(
        (chart): VisualizationDefinition => ({
          title: raw.title,
          ...(raw.description === undefined ? {} : { description: raw.description }),
          source: source.id,
          query: { language: 'kuery', query: raw.query },
          filters: raw.filters,
          buckets,
          metrics,
          chart,
          labels,
        }),
      );
    });
}

function chartArb(
  pick: { type: string; seriesType: (typeof XY_SERIES_TYPES)[number]; shape: (typeof PIE_SHAPES)[number]; legend: LegendSpec; picks: number[] },
  buckets: BucketSpec[],
  metrics: MetricSpec[],
): fc.Arbitrary<ChartSpec> {
  const metricIds = metrics.map((m) => m.id);
  const bucketIds = buckets.map((b) => b.id);
  const at = <T,>(items: T[], n: number) => items[n % items.length];
  switch (pick.type) {
    case 'xy':
      return pickSubset(metricIds)
        .filter((ids) => ids.length > 0)
        .map((accessors) => {
          const xAccessor = bucketIds.length > 0 && pick.picks[0] % 3 !== 0 ? at(bucketIds, pick.picks[1]) : undefined;
          const splits = buckets.filter((b) => b.type === 'terms' && b.id !== xAccessor).map((b) => b.id);
          const splitAccessor = splits.length > 0 && pick.picks[2] % 2 === 0 ? at(splits, pick.picks[3]) : undefined;
          return {
            type: 'xy' as const,
            seriesType: pick.seriesType,
            ...(xAccessor ? { xAccessor } : {}),
            ...(splitAccessor ? { splitAccessor } : {}),
            accessors,
            legend: pick.legend,
          };
        });
    case 'pie':
      return pickSubset(bucketIds).map((groups) => ({ type: 'pie' as const, shape: pick.shape, groups, metric: at(metricIds, pick.picks[0]), legend: pick.legend }));
    case 'metric':
      return fc.constant({
        type: 'metric' as const,
        metric: at(metricIds, pick.picks[0]),
        ...(bucketIds.length > 0 && pick.picks[1] % 2 === 0 ? { breakdownBy: at(bucketIds, pick.picks[2]) } : {}),
      });
    default:
      return pickSubset([...bucketIds, ...metricIds])
        .filter((columns) => columns.length > 0)
        .map((columns) => ({ type: 'datatable' as const, columns }));
  }
}

describe('writeLens', () => {
  it('reads back every definition it writes, on each source', () => {
    for (const source of allSources) {
      fc.assert(
        fc.property(definitionArb(source), (definition) => {
          expect(roundTrip(definition, source)).toEqual({ ok: true, definition });
        }),
        { numRuns: 150 },
      );
    }
  });

  it("writes Lens' current shape with an ad hoc data view on the source", () => {
    const definition: VisualizationDefinition = {
      title: 'Alerts per host per day',
      source: 'alerts',
      query: { language: 'kuery', query: '' },
      filters: [{ field: 'host.name', operator: 'is', value: 'web-1', negate: true }],
      buckets: [
        { id: 'host', type: 'terms', field: 'host.name', size: 10, orderBy: { type: 'count' }, direction: 'desc', otherBucket: true },
        { id: 'day', type: 'date_histogram', field: '@timestamp', interval: 'day' },
      ],
      metrics: [{ id: 'count', operation: 'count' }],
      chart: { type: 'xy', seriesType: 'bar_stacked', xAccessor: 'day', splitAccessor: 'host', accessors: ['count'], legend: { isVisible: true, position: 'right' } },
      labels: { host: 'Top 10 values of host.name', day: '@timestamp', count: 'Alerts' },
    };
    const attributes = writeLens(definition, alertsSource, { layerId: 'layer-1' });
    expect(attributes).toMatchObject({ title: 'Alerts per host per day', description: '', visualizationType: 'lnsXY', type: 'lens', references: [] });
    expect(attributes.state.adHocDataViews).toEqual({
      'cases-visualization-alerts': expect.objectContaining({ id: 'cases-visualization-alerts', title: '.alerts-security.alerts-default', timeFieldName: '@timestamp' }),
    });
    expect(attributes.state.internalReferences).toEqual([{ type: 'index-pattern', id: 'cases-visualization-alerts', name: 'indexpattern-datasource-layer-layer-1' }]);
    const layer = attributes.state.datasourceStates.formBased.layers['layer-1'];
    expect(layer.columnOrder).toEqual(['host', 'day', 'count']);
    expect(layer.columns.host).toMatchObject({
      label: 'Top 10 values of host.name',
      operationType: 'terms',
      dataType: 'string',
      isBucketed: true,
      scale: 'ordinal',
      params: { size: 10, orderBy: { type: 'column', columnId: 'count' }, orderDirection: 'desc', otherBucket: true, missingBucket: false },
    });
    expect(layer.columns.host).not.toHaveProperty('customLabel');
    expect(layer.columns.day).toMatchObject({ operationType: 'date_histogram', scale: 'interval', params: { interval: 'd', includeEmptyRows: true } });
    expect(layer.columns.count).toMatchObject({ label: 'Alerts', customLabel: true, operationType: 'count', sourceField: '___records___', dataType: 'number' });
    expect(attributes.state.filters).toEqual([
      {
        meta: { alias: null, negate: true, disabled: false, key: 'host.name', index: 'cases-visualization-alerts', type: 'phrase', params: { query: 'web-1' } },
        query: { match_phrase: { 'host.name': 'web-1' } },
        $state: { store: 'appState' },
      },
    ]);
    expect(attributes.state.visualization).toMatchObject({
      preferredSeriesType: 'bar_stacked',
      layers: [{ layerId: 'layer-1', layerType: 'data', seriesType: 'bar_stacked', xAccessor: 'day', splitAccessor: 'host', accessors: ['count'] }],
    });
  });

  it('ranks by document count through a custom count when the layer has no count column', () => {
    const definition: VisualizationDefinition = {
      title: 'Hosts',
      source: 'alerts',
      query: { language: 'kuery', query: '' },
      filters: [],
      buckets: [{ id: 'host', type: 'terms', field: 'host.name', size: 5, orderBy: { type: 'count' }, direction: 'desc' }],
      metrics: [{ id: 'users', operation: 'unique_count', field: 'user.name' }],
      chart: { type: 'datatable', columns: ['host', 'users'] },
      labels: { host: 'Top 5 values of host.name', users: 'Unique count of user.name' },
    };
    const layer = Object.values(writeLens(definition, alertsSource).state.datasourceStates.formBased.layers)[0];
    expect(layer.columns.host).toMatchObject({ params: { orderBy: { type: 'custom' }, orderAgg: { operationType: 'count', sourceField: '___records___' } } });
    const read = roundTrip(definition, alertsSource);
    expect(read.ok && read.definition.buckets[0]).toEqual({ ...definition.buckets[0], otherBucket: false });
  });

  it('rewrites a Kibana fixture into attributes that read back the same', () => {
    const original = JSON.parse(readFileSync(join(__dirname, '__fixtures__', 'datatable_terms_sum_average.json'), 'utf8'));
    const first = readLens(original, allSources);
    if (!first.ok) throw new Error(first.problems.join('; '));
    expect(roundTrip(first.definition, alertsSource)).toEqual(first);
  });

  it('gives each new chart its own layer id', () => {
    const definition: VisualizationDefinition = {
      title: 't',
      source: 'cases',
      query: { language: 'kuery', query: '' },
      filters: [],
      buckets: [],
      metrics: [{ id: 'c', operation: 'count' }],
      chart: { type: 'metric', metric: 'c' },
      labels: { c: 'Count of records' },
    };
    const ids = [0, 1].map(() => Object.keys(writeLens(definition, allSources[2]).state.datasourceStates.formBased.layers)[0]);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });
});

import { OTHER_BUCKET_KEY } from '../../../../common/visualizations/definition';
import { dateFormatter } from './format';
import { partitionLayersFrom, type PartitionRow } from './partition_layers';
import { definitionOf, hostSeverityBuckets, perDayPerHost, perHostPerSeverity, TOKYO_DAY_1 } from './test_fixtures';

const legend = { isVisible: true, position: 'right' as const };
const colors = { palette: ['#ff0000', '#00ff00', '#0000ff'], background: '#ffffff' };

/**
 * A slice as the library hands it to a layer's color function: its path starts with the
 * small-multiples key and the root (as @elastic/charts builds it), then the slice's groups.
 */
const node = (depth: number, path: Array<string | number>) =>
  ({
    depth,
    path: [{ index: 0, value: '__null_small_multiples_key__' }, { index: 0, value: '__root_key__' }, ...path.map((value, index) => ({ index, value }))],
  }) as never;

describe('partitionLayersFrom', () => {
  const donut = definitionOf({ type: 'pie', shape: 'donut', groups: ['host', 'severity'], metric: 'count', legend }, { buckets: hostSeverityBuckets });

  it('makes one layer per group, outermost bucket innermost', () => {
    const model = partitionLayersFrom(donut, perHostPerSeverity(), 'UTC', colors);
    expect(model.shape).toBe('donut');
    expect(model.groupIds).toEqual(['host', 'severity']);
    expect(model.layers).toHaveLength(2);
    const row: PartitionRow = perHostPerSeverity().rows[3]!;
    expect(model.layers[0]!.groupByRollup(row, 3)).toBe(OTHER_BUCKET_KEY);
    expect(model.layers[1]!.groupByRollup(row, 3)).toBe('critical');
    expect(model.valueOf(row)).toBe(1204);
    expect(model.metricLabel).toBe('Count of records');
  });

  it('names slices as the table does', () => {
    const model = partitionLayersFrom(donut, perHostPerSeverity(), 'UTC', colors);
    expect(model.layers[0]!.nodeLabel!(OTHER_BUCKET_KEY)).toBe('Other');
    expect(model.layers[1]!.nodeLabel!('high')).toBe('high');
  });

  it('colors a ring by its top-level group, fading outward', () => {
    const model = partitionLayersFrom(donut, perHostPerSeverity(), 'UTC', colors);
    const fill = (layer: number) => model.layers[layer]!.shape!.fillColor as (key: string, index: number, n: never, tree: never) => string;
    expect(fill(0)('host-1', 0, node(1, ['host-1']), [] as never)).toBe('#ff0000');
    expect(fill(0)(OTHER_BUCKET_KEY, 2, node(1, [OTHER_BUCKET_KEY]), [] as never)).toBe('#0000ff');
    // host-2's "high" slice: host-2's green, faded toward the white background.
    expect(fill(1)('high', 0, node(2, ['host-2', 'high']), [] as never)).toBe('#4dff4d');
  });

  it('reads a treemap the same way', () => {
    const treemap = { ...donut, chart: { ...donut.chart, shape: 'treemap' as const } };
    const model = partitionLayersFrom(treemap, perHostPerSeverity(), 'UTC', colors);
    expect(model.shape).toBe('treemap');
    expect(model.layers).toHaveLength(2);
  });

  it('names date slices in the user’s zone', () => {
    const byDay = definitionOf({ type: 'pie', shape: 'pie', groups: ['day'], metric: 'count', legend });
    const model = partitionLayersFrom(byDay, perDayPerHost(TOKYO_DAY_1), 'Asia/Tokyo', colors);
    const inTokyo = dateFormatter({ timeZone: 'Asia/Tokyo', interval: 'day' })(TOKYO_DAY_1);
    expect(inTokyo).not.toBe(dateFormatter({ timeZone: 'UTC', interval: 'day' })(TOKYO_DAY_1));
    expect(model.layers[0]!.nodeLabel!(TOKYO_DAY_1)).toBe(inTokyo);
  });

  it('keeps a pie without groups whole, and never hands the library a negative slice', () => {
    const whole = definitionOf({ type: 'pie', shape: 'pie', groups: [], metric: 'count', legend }, { buckets: [] });
    const model = partitionLayersFrom(whole, { columns: [{ id: 'count', role: 'metric', type: 'number' }], rows: [{ count: 9 }], total: 9 }, 'UTC', colors);
    expect(model.layers).toHaveLength(1);
    expect(model.layers[0]!.groupByRollup({ count: 9 }, 0)).toBe('Count of records');
    expect(model.valueOf({ count: -3 })).toBe(0);
    expect(model.valueOf({ count: null })).toBe(0);
  });
});

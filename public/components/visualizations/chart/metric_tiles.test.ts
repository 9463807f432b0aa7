import { OTHER_BUCKET_KEY } from '../../../../common/visualizations/definition';
import { metricGrid, metricTilesFrom } from './metric_tiles';
import { definitionOf, hostSeverityBuckets, perHost } from './test_fixtures';

describe('metricTilesFrom', () => {
  it('makes one tile per breakdown value, Other named', () => {
    const definition = definitionOf({ type: 'metric', metric: 'count', breakdownBy: 'host' }, { buckets: hostSeverityBuckets.slice(0, 1) });
    const tiles = metricTilesFrom(definition, perHost(), 'UTC');
    expect(tiles.map((tile) => [tile.title, tile.subtitle, tile.value])).toEqual([
      ['host-1', 'Count of records', 7],
      ['host-2', 'Count of records', 3],
      ['Other', 'Count of records', 1204],
    ]);
    expect(tiles[2]!.key).toContain(OTHER_BUCKET_KEY);
    expect(tiles[2]!.formatted).toBe(new Intl.NumberFormat().format(1204));
  });

  it('makes a single tile without a breakdown', () => {
    const definition = definitionOf({ type: 'metric', metric: 'risk' }, { buckets: [] });
    const response = { columns: [{ id: 'risk', role: 'metric' as const, type: 'number' as const }], rows: [{ risk: null }], total: 0 };
    expect(metricTilesFrom(definition, response, 'UTC')).toEqual([
      { key: 'risk', title: 'Average of kibana.alert.risk_score', value: null, formatted: '—' },
    ]);
  });

  it('lays tiles out in rows', () => {
    expect(metricGrid([1, 2, 3, 4, 5], 4)).toEqual([[1, 2, 3, 4], [5]]);
    expect(metricGrid([], 4)).toEqual([]);
  });
});

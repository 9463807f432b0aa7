import { OTHER_BUCKET_KEY, type ChartSpec, type XYSeriesType } from '../../../../common/visualizations/definition';
import { xySeriesFrom } from './xy_series';
import { definitionOf, perDay, perDayPerHost, perHost, UTC_DAY_1, UTC_DAY_2 } from './test_fixtures';

const legend = { isVisible: true, position: 'right' as const };
const xy = (seriesType: XYSeriesType, rest: Partial<Extract<ChartSpec, { type: 'xy' }>>): ChartSpec => ({ type: 'xy', seriesType, accessors: ['count'], legend, ...rest });

describe('xySeriesFrom', () => {
  it('stacks one bar series per breakdown value over a time axis, Other named and gaps at zero', () => {
    const model = xySeriesFrom(definitionOf(xy('bar_stacked', { xAccessor: 'day', splitAccessor: 'host' })), perDayPerHost());
    expect(model).toMatchObject({ kind: 'bar', stacked: true, horizontal: false, xScale: 'time', xColumn: 'day', minIntervalMs: 86_400_000, split: true });
    expect(model.xTitle).toBe('@timestamp');
    expect(model.yTitle).toBe('Count of records');
    expect(model.xValues).toEqual([UTC_DAY_1, UTC_DAY_2]);
    expect(model.series.map((series) => series.name)).toEqual(['host-1', 'host-2', 'Other']);
    expect(model.series.map((series) => series.splitKey)).toEqual(['host-1', 'host-2', OTHER_BUCKET_KEY]);
    expect(model.series[1]!.data).toEqual([
      { x: UTC_DAY_1, y: 3 },
      { x: UTC_DAY_2, y: 0 },
    ]);
    expect(model.series[2]!.data.map((datum) => datum.y)).toEqual([1200, 4]);
    expect(new Set(model.series.map((series) => series.id)).size).toBe(3);
  });

  it('draws a grouped bar chart when not stacked', () => {
    const model = xySeriesFrom(definitionOf(xy('bar', { xAccessor: 'day', splitAccessor: 'host' })), perDayPerHost());
    expect(model.stacked).toBe(false);
    expect(model.series).toHaveLength(3);
  });

  it('lays a horizontal bar chart over the terms in their bucket order', () => {
    const model = xySeriesFrom(definitionOf(xy('bar_horizontal', { xAccessor: 'host' })), perHost());
    expect(model).toMatchObject({ kind: 'bar', horizontal: true, stacked: false, xScale: 'ordinal', xTitle: 'Top 2 values of host.name', split: false });
    expect(model.minIntervalMs).toBeUndefined();
    expect(model.xValues).toEqual(['host-1', 'host-2', OTHER_BUCKET_KEY]);
    expect(model.series).toHaveLength(1);
    expect(model.series[0]!.data).toEqual([
      { x: 'host-1', y: 7 },
      { x: 'host-2', y: 3 },
      { x: OTHER_BUCKET_KEY, y: 1204 },
    ]);
  });

  it('draws a line per metric, leaving an average of nothing as a gap', () => {
    const model = xySeriesFrom(definitionOf(xy('line', { xAccessor: 'day', accessors: ['count', 'risk'] })), perDay());
    expect(model.kind).toBe('line');
    expect(model.yTitle).toBeUndefined();
    expect(model.series.map((series) => [series.name, series.data.map((datum) => datum.y)])).toEqual([
      ['Count of records', [1208, 6]],
      ['Average of kibana.alert.risk_score', [72.5, null]],
    ]);
  });

  it('names a series by breakdown value and metric when there are both', () => {
    const model = xySeriesFrom(definitionOf(xy('area_stacked', { xAccessor: 'day', splitAccessor: 'host', accessors: ['count', 'risk'] })), perDayPerHost());
    expect(model).toMatchObject({ kind: 'area', stacked: true });
    expect(model.series.map((series) => series.name)).toEqual([
      'host-1 - Count of records',
      'host-2 - Count of records',
      'Other - Count of records',
      'host-1 - Average of kibana.alert.risk_score',
      'host-2 - Average of kibana.alert.risk_score',
      'Other - Average of kibana.alert.risk_score',
    ]);
    // host-2 had no alert on the second day: no count is 0, no average is nothing.
    expect(model.series[1]!.data[1]!.y).toBe(0);
    expect(model.series[4]!.data[1]!.y).toBeNull();
  });

  it('draws one group of bars without an x-axis', () => {
    const response = { ...perHost(), columns: perHost().columns.slice(1), rows: [{ count: 1214, risk: 60 }] };
    const model = xySeriesFrom(definitionOf(xy('bar', { accessors: ['count', 'risk'] }), { buckets: [] }), response);
    expect(model.xScale).toBe('none');
    expect(model.xValues).toEqual(['']);
    expect(model.series.map((series) => series.data)).toEqual([[{ x: '', y: 1214 }], [{ x: '', y: 60 }]]);
  });

  it('sorts dates ascending whatever the row order', () => {
    const response = perDay();
    response.rows.reverse();
    expect(xySeriesFrom(definitionOf(xy('line', { xAccessor: 'day' })), response).xValues).toEqual([UTC_DAY_1, UTC_DAY_2]);
  });

  it('measures a bucket by the shortest gap, so a day of 23 hours (clocks forward) still fits its bar', () => {
    const march30 = Date.UTC(2024, 2, 30, 23); // midnight in Paris, UTC+1
    const march31 = Date.UTC(2024, 2, 31, 22); // the next midnight, UTC+2: 23 hours later
    const model = xySeriesFrom(definitionOf(xy('bar', { xAccessor: 'day' })), perDay(march30, march31), 'Europe/Paris');
    expect(model.minIntervalMs).toBe(23 * 3_600_000);
    const lone = { ...perDay(), rows: perDay().rows.slice(0, 1) };
    expect(xySeriesFrom(definitionOf(xy('bar', { xAccessor: 'day' })), lone).minIntervalMs).toBe(86_400_000);
  });

  it('refuses a definition that is not an xy chart', () => {
    expect(() => xySeriesFrom(definitionOf({ type: 'metric', metric: 'count' }), perDay())).toThrow('xy chart');
  });
});

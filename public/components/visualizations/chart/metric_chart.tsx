/**
 * A metric: one big number, or one tile per breakdown value, drawn by the chart library's Metric
 * chart so it takes the chart theme and reads out to screen readers like the other charts.
 */
import { Chart, Metric, Settings, type MetricDatum } from '@elastic/charts';
import { useMemo } from 'react';
import type { VisualizationDefinition } from '../../../../common/visualizations/definition';
import type { VisualizationQueryResponse } from '../../../../common/visualizations/query_api';
import type { ChartTheme } from './chart_theme';
import { MISSING_VALUE_LABEL, numberFormatter } from './format';
import { metricGrid, metricTilesFrom, METRIC_COLUMNS } from './metric_tiles';

/** Height of one row of tiles. */
export const METRIC_ROW_HEIGHT = 160;
/** Tallest a metric chart grows before its rows scroll, when the caller gives no height. */
export const METRIC_MAX_HEIGHT = 3 * METRIC_ROW_HEIGHT;

export interface MetricChartProps {
  definition: VisualizationDefinition;
  response: VisualizationQueryResponse;
  timeZone: string;
  height?: number;
  chartTheme: ChartTheme;
}

export function MetricChart({ definition, response, timeZone, height, chartTheme }: MetricChartProps) {
  const tiles = useMemo(() => metricTilesFrom(definition, response, timeZone), [definition, response, timeZone]);
  const data = useMemo(() => {
    const formatNumber = numberFormatter();
    const datums: MetricDatum[] = tiles.map((tile) => {
      const base = { title: tile.title, ...(tile.subtitle ? { subtitle: tile.subtitle } : {}), color: chartTheme.background };
      return tile.value === null ? { ...base, value: MISSING_VALUE_LABEL } : { ...base, value: tile.value, valueFormatter: formatNumber };
    });
    return metricGrid(datums, Math.min(METRIC_COLUMNS, Math.max(1, datums.length)));
  }, [tiles, chartTheme.background]);

  // A long breakdown keeps readable tiles and scrolls inside the panel rather than shrinking them.
  const chartHeight = data.length <= 1 ? (height ?? METRIC_ROW_HEIGHT) : Math.max(height ?? 0, data.length * METRIC_ROW_HEIGHT);
  return (
    <div style={{ maxHeight: height ?? METRIC_MAX_HEIGHT, overflowY: 'auto' }}>
      <Chart size={{ height: chartHeight }}>
        <Settings baseTheme={chartTheme.baseTheme} theme={chartTheme.theme} ariaLabel={definition.title} locale={navigator.language} />
        <Metric id="metric" data={data} />
      </Chart>
    </div>
  );
}

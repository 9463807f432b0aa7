/**
 * Pie, donut and treemap: one ring (or level) per group column, sized by one metric.
 */
import { Chart, Partition, PartitionLayout, Settings } from '@elastic/charts';
import { useMemo } from 'react';
import type { VisualizationDefinition } from '../../../../common/visualizations/definition';
import type { VisualizationQueryResponse } from '../../../../common/visualizations/query_api';
import type { ChartTheme } from './chart_theme';
import { numberFormatter } from './format';
import { partitionLayersFrom } from './partition_layers';

/** The hole of a donut, as a share of its diameter (Lens' medium hole). */
export const DONUT_HOLE_RATIO = 0.54;

export interface PieChartProps {
  definition: VisualizationDefinition;
  response: VisualizationQueryResponse;
  timeZone: string;
  height: number;
  chartTheme: ChartTheme;
}

export function PieChart({ definition, response, timeZone, height, chartTheme }: PieChartProps) {
  const model = useMemo(
    () => partitionLayersFrom(definition, response, timeZone, { palette: chartTheme.baseTheme.colors.vizColors, background: chartTheme.background }),
    [definition, response, timeZone, chartTheme],
  );
  const formatNumber = useMemo(() => numberFormatter(), []);
  const legend = definition.chart.type === 'pie' ? definition.chart.legend : { isVisible: true, position: 'right' as const };
  const theme = useMemo(
    () => [chartTheme.theme, { partition: { emptySizeRatio: model.shape === 'donut' ? DONUT_HOLE_RATIO : 0 } }],
    [chartTheme.theme, model.shape],
  );

  return (
    <Chart size={{ height }}>
      <Settings
        baseTheme={chartTheme.baseTheme}
        theme={theme}
        showLegend={legend.isVisible}
        legendPosition={legend.position}
        legendMaxDepth={model.layers.length}
        ariaLabel={definition.title}
        locale={navigator.language}
      />
      <Partition
        id="partition"
        data={model.rows}
        layout={model.shape === 'treemap' ? PartitionLayout.treemap : PartitionLayout.sunburst}
        valueAccessor={model.valueOf}
        valueFormatter={formatNumber}
        layers={model.layers}
      />
    </Chart>
  );
}

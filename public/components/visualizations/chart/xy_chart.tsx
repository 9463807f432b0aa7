/**
 * Bar (vertical or horizontal, stacked or grouped), line and area charts. The x-axis is a time
 * scale in the user's zone for a date histogram, or the terms' values in their bucket order;
 * each metric and breakdown value is a series (xy_series.ts builds them).
 */
import { AreaSeries, Axis, BarSeries, Chart, LineSeries, Position, ScaleType, Settings, type Rotation } from '@elastic/charts';
import { useMemo } from 'react';
import type { VisualizationDefinition } from '../../../../common/visualizations/definition';
import type { VisualizationQueryResponse } from '../../../../common/visualizations/query_api';
import type { ChartTheme } from './chart_theme';
import { compactNumberFormatter, dateTickFormatter, formattersFor, numberFormatter } from './format';
import { xySeriesFrom, type XYKind } from './xy_series';

const SERIES: Record<XYKind, typeof BarSeries | typeof LineSeries | typeof AreaSeries> = {
  bar: BarSeries,
  line: LineSeries,
  area: AreaSeries,
};

export interface XYChartProps {
  definition: VisualizationDefinition;
  response: VisualizationQueryResponse;
  timeZone: string;
  height: number;
  chartTheme: ChartTheme;
}

export function XYChart({ definition, response, timeZone, height, chartTheme }: XYChartProps) {
  const model = useMemo(() => xySeriesFrom(definition, response, timeZone), [definition, response, timeZone]);
  const formats = useMemo(() => {
    const cells = formattersFor(response, timeZone);
    const xCell = model.xColumn ? cells[model.xColumn] : undefined;
    const xTick = model.xScale === 'time' ? dateTickFormatter({ timeZone, interval: response.interval }) : undefined;
    return {
      // Tooltip headers use the full label (tickFormat); axis ticks the short one (labelFormat).
      xFull: (value: unknown) => (xCell ? xCell(value as never) : ''),
      xTick: (value: unknown) => (xTick && typeof value === 'number' ? xTick(value) : xCell ? xCell(value as never) : ''),
      yFull: numberFormatter(),
      yTick: compactNumberFormatter(),
    };
  }, [model, response, timeZone]);

  const legend = definition.chart.type === 'xy' ? definition.chart.legend : { isVisible: true, position: 'right' as const };
  const rotation: Rotation = model.horizontal ? 90 : 0;
  const SeriesSpec = SERIES[model.kind];
  const xScaleType = model.xScale === 'time' ? ScaleType.Time : ScaleType.Ordinal;
  // NaN bounds: the data decides the extent, only the bucket width is given.
  const xDomain = model.xScale === 'time' ? (model.minIntervalMs ? { min: NaN, max: NaN, minInterval: model.minIntervalMs } : undefined) : model.xValues;

  return (
    <Chart size={{ height }}>
      <Settings
        baseTheme={chartTheme.baseTheme}
        theme={chartTheme.theme}
        rotation={rotation}
        showLegend={legend.isVisible && (model.series.length > 1 || model.split)}
        legendPosition={legend.position}
        xDomain={xDomain}
        ariaLabel={definition.title}
        locale={navigator.language}
      />
      <Axis
        id="x"
        position={model.horizontal ? Position.Left : Position.Bottom}
        title={model.xTitle}
        hide={model.xScale === 'none'}
        tickFormat={formats.xFull}
        labelFormat={formats.xTick}
      />
      <Axis
        id="y"
        position={model.horizontal ? Position.Bottom : Position.Left}
        title={model.yTitle}
        tickFormat={formats.yFull}
        labelFormat={formats.yTick}
        gridLine={{ visible: true }}
      />
      {model.series.map((series) => (
        <SeriesSpec
          key={series.id}
          id={series.id}
          name={series.name}
          data={series.data}
          xScaleType={xScaleType}
          yScaleType={ScaleType.Linear}
          xAccessor="x"
          yAccessors={['y']}
          timeZone={timeZone}
          {...(model.stacked ? { stackAccessors: ['x'] } : {})}
        />
      ))}
    </Chart>
  );
}

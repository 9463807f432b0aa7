/**
 * One visualization drawn from its definition and the query service's table. This module and
 * everything it imports is the chart chunk: @elastic/charts is heavy, so pages load it with
 * React.lazy (hence the default export) and only when a chart scrolls into view. Nothing outside
 * this folder imports the chart library (chart_lazy_loading.test.ts checks).
 */
import { Global } from '@emotion/react';
// The library's own stylesheet (legend, tooltip layout); chart_theme.ts recolors it for dark mode.
import '@elastic/charts/dist/theme_only_light.css';
import type { VisualizationDefinition } from '../../../../common/visualizations/definition';
import type { VisualizationQueryResponse } from '../../../../common/visualizations/query_api';
import { useChartTheme } from './chart_theme';
import { DatatableChart } from './datatable_chart';
import { MetricChart } from './metric_chart';
import { NoResults } from './no_results';
import { PieChart } from './pie_chart';
import { XYChart } from './xy_chart';

/** Height of an XY or partition chart when the caller gives none. */
export const DEFAULT_CHART_HEIGHT = 300;

export interface VisualizationChartProps {
  definition: VisualizationDefinition;
  response: VisualizationQueryResponse;
  /** IANA zone dates are shown in: the user's (format.ts' browserTimeZone()). */
  timeZone: string;
  height?: number;
}

export function VisualizationChart({ definition, response, timeZone, height }: VisualizationChartProps) {
  const chartTheme = useChartTheme();
  const { chart } = definition;
  if (response.rows.length === 0) return <NoResults height={height ?? DEFAULT_CHART_HEIGHT} />;

  const body = (() => {
    switch (chart.type) {
      case 'xy':
        return <XYChart definition={definition} response={response} timeZone={timeZone} height={height ?? DEFAULT_CHART_HEIGHT} chartTheme={chartTheme} />;
      case 'pie':
        return <PieChart definition={definition} response={response} timeZone={timeZone} height={height ?? DEFAULT_CHART_HEIGHT} chartTheme={chartTheme} />;
      case 'metric':
        return <MetricChart definition={definition} response={response} timeZone={timeZone} height={height} chartTheme={chartTheme} />;
      case 'datatable':
        return <DatatableChart definition={definition} response={response} timeZone={timeZone} height={height} />;
    }
  })();

  return (
    <div css={chartTheme.styles.scoped} data-test-subj="visualization-chart" data-chart-type={chart.type} data-color-mode={chartTheme.colorMode}>
      <Global styles={chartTheme.styles.global} />
      {body}
    </div>
  );
}

export default VisualizationChart;

// For a lazy caller that wants both from the one chunk; a static caller imports it from its own file.
export { VisualizationDataTable } from './visualization_data_table';

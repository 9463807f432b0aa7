/**
 * The trend chart's body: the query and the drawing. Neither may slow the table down, so both
 * wait for `ready` (the table's first page is in): then the chart chunk (@elastic/charts) starts
 * downloading while the query runs, and is usually there by the time the table of counts is.
 * The body keeps one height through loading, error and empty states, so the table below never jumps.
 */
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { EuiButton, EuiCallOut, EuiFlexGroup, EuiLoadingChart, EuiText } from '@elastic/eui';
import type { VisualizationDefinition } from '../../../common/visualizations/definition';
import type { VisualizationQueryRequest } from '../../../common/visualizations/query_api';
import { useVisualizationQuery } from '../../containers/use_visualization_data';
import { getErrorMessage } from '../../core';
import { VisualizationErrorBoundary } from '../visualizations/visualization_error_boundary';

const loadChart = () => import('../visualizations/chart/visualization_chart');
const VisualizationChart = lazy(loadChart);

export const HISTOGRAM_HEIGHT = 200;

function Placeholder({ children, testSubj }: { children: ReactNode; testSubj: string }) {
  return (
    <EuiFlexGroup justifyContent="center" alignItems="center" style={{ height: HISTOGRAM_HEIGHT }} data-test-subj={testSubj}>
      {children}
    </EuiFlexGroup>
  );
}

const Loading = () => (
  <Placeholder testSubj="alertsHistogramLoading">
    <EuiLoadingChart size="l" />
  </Placeholder>
);

interface AlertsHistogramChartProps {
  definition: VisualizationDefinition;
  /** Null when the page's time range has no start or no end to chart. */
  request: VisualizationQueryRequest | null;
  /** The table's first page is in: until then nothing is loaded or asked. */
  ready: boolean;
  timeZone: string;
}

export function AlertsHistogramChart({ definition, request, ready, timeZone }: AlertsHistogramChartProps) {
  const query = useVisualizationQuery(ready ? request : null);
  useEffect(() => {
    if (ready && request) void loadChart();
  }, [ready, request]);

  if (!request) {
    return (
      <Placeholder testSubj="alertsHistogramNoRange">
        <EuiText size="s" color="subdued">
          Choose a time range with a start and an end to see alerts over time.
        </EuiText>
      </Placeholder>
    );
  }
  if (query.isError) {
    return (
      <EuiCallOut title="The alerts trend could not be loaded" color="danger" iconType="error" size="s" data-test-subj="alertsHistogramError">
        <p>{getErrorMessage(query.error)}</p>
        <EuiButton size="s" color="danger" onClick={() => void query.refetch()} isLoading={query.isFetching} data-test-subj="alertsHistogramRetry">
          Retry
        </EuiButton>
      </EuiCallOut>
    );
  }
  // A table kept from the previous stack-by field has other series: wait rather than mislabel them.
  if (!query.data || query.isPlaceholderData) return <Loading />;
  if (query.data.rows.length === 0) {
    return (
      <Placeholder testSubj="alertsHistogramEmpty">
        <EuiText size="s" color="subdued">
          No alerts match these filters and time range.
        </EuiText>
      </Placeholder>
    );
  }
  return (
    <VisualizationErrorBoundary>
      <Suspense fallback={<Loading />}>
        <div data-test-subj="alertsHistogramChart">
          <VisualizationChart definition={definition} response={query.data} timeZone={timeZone} height={HISTOGRAM_HEIGHT} />
        </div>
      </Suspense>
    </VisualizationErrorBoundary>
  );
}

/**
 * The live preview: the chart as the case will show it, from the same query service. The chart
 * module (and @elastic/charts with it) loads only when a preview first draws, so the comment box
 * costs nothing until the editor opens. A reload keeps the last chart on screen under a progress
 * line rather than blinking.
 */
import { lazy, memo, Suspense } from 'react';
import { EuiCallOut, EuiEmptyPrompt, EuiFlexGroup, EuiFlexItem, EuiLoadingChart, EuiPanel, EuiProgress, EuiText } from '@elastic/eui';
import type { VisualizationDefinition } from '../../../../common/visualizations/definition';
import type { VisualizationQueryRequest } from '../../../../common/visualizations/query_api';
import { getErrorMessage } from '../../../core';
import { useVisualizationQuery } from '../../../containers/use_visualization_data';

const VisualizationChart = lazy(() => import('../chart/visualization_chart'));

export const PREVIEW_HEIGHT = 320;

interface PreviewProps {
  definition: VisualizationDefinition | null;
  request: VisualizationQueryRequest | null;
  /** Why nothing can be drawn yet ("Add a metric…", a query that does not parse). */
  blocked: string | null;
  timeZone: string;
}

function Loading() {
  return (
    <EuiFlexGroup justifyContent="center" alignItems="center" css={{ height: PREVIEW_HEIGHT }} data-test-subj="visualizationPreviewLoading">
      <EuiFlexItem grow={false}>
        <EuiLoadingChart size="xl" />
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}

export const Preview = memo(function Preview({ definition, request, blocked, timeZone }: PreviewProps) {
  const query = useVisualizationQuery(blocked === null ? request : null);
  let body;
  if (blocked !== null || !definition) {
    body = <EuiEmptyPrompt iconType="visualizeApp" titleSize="xs" title={<h3>Nothing to draw yet</h3>} body={<p>{blocked}</p>} data-test-subj="visualizationPreviewBlocked" />;
  } else if (query.isError && !query.data) {
    body = (
      <EuiCallOut color="danger" iconType="warning" title="The preview could not be loaded" data-test-subj="visualizationPreviewError">
        <p>{getErrorMessage(query.error)}</p>
      </EuiCallOut>
    );
  } else if (!query.data) {
    body = <Loading />;
  } else {
    body = (
      <>
        {query.isError && (
          <EuiCallOut size="s" color="danger" iconType="warning" title={getErrorMessage(query.error)} data-test-subj="visualizationPreviewError" />
        )}
        <Suspense fallback={<Loading />}>
          <VisualizationChart definition={definition} response={query.data} timeZone={timeZone} height={PREVIEW_HEIGHT} />
        </Suspense>
        <EuiText size="xs" color="subdued" data-test-subj="visualizationPreviewTotal">
          <p>{query.data.total.toLocaleString()} matching {query.data.total === 1 ? 'document' : 'documents'}</p>
        </EuiText>
      </>
    );
  }
  return (
    <EuiPanel hasBorder paddingSize="m" css={{ position: 'relative', minHeight: PREVIEW_HEIGHT }} data-test-subj="visualizationPreview" aria-busy={query.isFetching}>
      {query.isFetching && query.data && <EuiProgress size="xs" color="accent" position="absolute" />}
      {body}
    </EuiPanel>
  );
});

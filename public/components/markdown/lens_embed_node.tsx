/**
 * A `!{lens{...}}` embed in a comment or description, as readers and the editor's preview see
 * it: the chart panel, drawn by VisualizationView (loaded with the first chart, so markdown
 * without charts costs nothing more), or a small notice when the embed's JSON does not read.
 * Never the raw JSON, which would fill the comment with noise.
 */
import { lazy, Suspense } from 'react';
import { EuiCallOut, EuiSkeletonRectangle } from '@elastic/eui';
import type { LensEmbedNode } from './lens_embed_parser';

const VisualizationView = lazy(() => import('../visualizations/visualization_view').then((module) => ({ default: module.VisualizationView })));

export const MALFORMED_EMBED_TITLE = 'This visualization could not be read';

/** rehype-react hands the node's own fields to the component as props. */
export function LensEmbedRenderer({ config, error }: Pick<LensEmbedNode, 'config' | 'error'>) {
  if (!config) {
    return (
      <EuiCallOut title={MALFORMED_EMBED_TITLE} color="warning" iconType="warning" size="s" data-test-subj="lens-embed-malformed">
        {error && <p>{error}</p>}
      </EuiCallOut>
    );
  }
  return (
    <div style={{ marginBlock: 8 }} data-test-subj="lens-embed">
      <Suspense fallback={<EuiSkeletonRectangle width="100%" height={300} borderRadius="m" />}>
        <VisualizationView attributes={config.attributes} timeRange={config.timeRange} data-test-subj="lens-embed-visualization" />
      </Suspense>
    </div>
  );
}

/**
 * The editor flyout, loaded on first use: it brings the date picker, drag and drop and (through
 * its preview) the chart library, none of which the comment box needs until "Visualization" is
 * clicked.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import { EuiLoadingSpinner, EuiOverlayMask } from '@elastic/eui';

const Flyout = lazy(() => import('./visualization_editor_flyout').then((module) => ({ default: module.VisualizationEditorFlyout })));

/** What shows while any editor chunk downloads: the page is masked, as the flyout will mask it. */
export function EditorLoadingOverlay() {
  return (
    <EuiOverlayMask>
      <EuiLoadingSpinner size="xl" data-test-subj="visualizationEditorLoading" />
    </EuiOverlayMask>
  );
}

export function LazyVisualizationEditorFlyout(props: ComponentProps<typeof Flyout>) {
  return (
    <Suspense fallback={<EditorLoadingOverlay />}>
      <Flyout {...props} />
    </Suspense>
  );
}

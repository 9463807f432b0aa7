/**
 * The visualization editor, loaded when first opened: it brings the chart library, the field
 * pickers and the date picker, none of which a case needs until someone edits a chart.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import { EditorLoadingOverlay } from './editor/lazy_visualization_editor_flyout';
import type { VisualizationEditorFlyout } from './editor/visualization_editor_flyout';

type EditorProps = ComponentProps<typeof VisualizationEditorFlyout>;
/** What the editor hands back on save: Lens attributes and an absolute time range. */
export type EditedVisualization = Parameters<EditorProps['onSave']>[0];

export interface StoredVisualizationEditorProps {
  /** The chart as stored: Lens attributes and a `{ from, to }` that may be date math. */
  stored: { attributes: unknown; timeRange?: unknown };
  saveLabel: string;
  onSave(result: EditedVisualization): void | Promise<void>;
  onClose(): void;
}

const StoredVisualizationEditor = lazy(() => import('./stored_visualization_editor'));

export function LazyVisualizationEditorFlyout(props: StoredVisualizationEditorProps) {
  return (
    <Suspense fallback={<EditorLoadingOverlay />}>
      <StoredVisualizationEditor {...props} />
    </Suspense>
  );
}

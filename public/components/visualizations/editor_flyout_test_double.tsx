/**
 * A stand-in for the visualization editor in the activity's tests: the editor has its own tests,
 * these check what the activity does with what it hands back. A test mocks the editor's module
 * with this one (`jest.mock(path, () => jest.requireActual(this))`), sets `editorDouble.result`,
 * and reads the props it was opened with.
 */
import type { VisualizationEditorFlyoutProps, VisualizationEditorResult } from './editor/visualization_editor_flyout';

export const editorDouble: { result: VisualizationEditorResult | null; props: VisualizationEditorFlyoutProps | null } = { result: null, props: null };

export function VisualizationEditorFlyout(props: VisualizationEditorFlyoutProps) {
  editorDouble.props = props;
  const { result } = editorDouble;
  return (
    <div data-test-subj="mock-editor">
      <button type="button" data-test-subj="mock-editor-save" disabled={!result} onClick={() => result && void props.onSave(result)}>
        {props.saveLabel}
      </button>
      <button type="button" data-test-subj="mock-editor-close" onClick={props.onClose}>
        Close
      </button>
    </div>
  );
}

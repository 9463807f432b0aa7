/**
 * A `.lens` attachment in the activity: its chart, and for users who may update the case,
 * "Open visualization" (from the panel's menu or the entry's) to edit it in the editor flyout.
 * Saving PATCHes the attachment with the new state through the case view's conflict-safe path,
 * so a version conflict keeps the edit and offers to apply it again, as for any other field.
 * Loaded on first use: it brings the Lens reader and the query hooks (see lens_attachment_view).
 */
import { useMemo, useState } from 'react';
import type { AttachmentBodyProps } from '../../attachment_framework/types';
import { useUpdateVisualizationAttachment } from '../../containers/use_comment_mutations';
import { useCaseEdit } from '../case_view/case_edit_context';
import { lensSummaryOf, OPEN_VISUALIZATION_ACTION } from '../user_actions/lens_attachment_view';
import { LazyVisualizationEditorFlyout, type EditedVisualization } from './lazy_editor_flyout';
import { VisualizationView } from './visualization_view';

export default function LensAttachmentBody({ attachment, requestedAction, onActionDone }: AttachmentBodyProps) {
  const { caseData, permissions, run } = useCaseEdit();
  const { mutateAsync: patchAttachment } = useUpdateVisualizationAttachment(caseData.id);
  const [isOpenedHere, setIsOpenedHere] = useState(false);
  const lens = useMemo(() => lensSummaryOf(attachment), [attachment]);
  const stored = useMemo(() => (lens ? { attributes: lens.state.attributes, timeRange: lens.state.timeRange } : null), [lens]);
  const isEditing = permissions.update && (isOpenedHere || requestedAction === OPEN_VISUALIZATION_ACTION.id);
  if (!lens || !stored) return null;

  const close = () => {
    setIsOpenedHere(false);
    onActionDone?.();
  };

  const save = async ({ attributes, timeRange }: EditedVisualization) => {
    await run({
      field: `comment:${attachment.id}`,
      label: 'visualization',
      value: { attributes, timeRange },
      onApplied: close,
      send: async (current) => {
        // The version (and any state Kibana keeps beside the chart, `metadata`) as last read.
        const latest = current.comments.find((comment) => comment.id === attachment.id);
        if (!latest) throw new Error('This visualization was deleted by someone else.');
        const previous = lensSummaryOf(latest)?.state ?? {};
        await patchAttachment({ id: latest.id, version: latest.version, owner: latest.owner, state: { ...previous, attributes, timeRange } });
      },
    });
  };

  return (
    <>
      <VisualizationView
        attributes={stored.attributes}
        timeRange={stored.timeRange}
        title={lens.title}
        actions={permissions.update ? [{ ...OPEN_VISUALIZATION_ACTION, onClick: () => setIsOpenedHere(true) }] : undefined}
        data-test-subj={`lens-attachment-${attachment.id}`}
      />
      {isEditing && (
        <LazyVisualizationEditorFlyout
          stored={stored}
          saveLabel="Save visualization"
          onSave={save}
          onClose={close}
        />
      )}
    </>
  );
}

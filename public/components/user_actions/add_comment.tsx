/**
 * The new-comment box under the timeline. The text is cleared only once the server has the
 * comment; a failed post leaves it in place to send again. Beside "Add comment" sits the status
 * button, as in Kibana: close (or reopen) the case, with the typed comment when there is one.
 *
 * "Visualization" opens the chart editor; what it saves waits in the box as a card (Preview,
 * Edit, Remove) until "Add comment" posts it with the text, both in one request.
 */
import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { EuiButton, EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiPanel, EuiSpacer } from '@elastic/eui';
import { MAX_COMMENT_LENGTH } from '../../../common/constants';
import type { Case } from '../../../common/types/domain/case';
import { casesQueryKeys } from '../../containers/query_keys';
import { useAddComment } from '../../containers/use_comment_mutations';
import { type VisualizationToAdd, useAddVisualization } from '../../containers/use_add_visualization';
import { useCore, useNavigationGuard } from '../../core';
import type { CasesCapabilities } from '../capabilities/use_cases_capabilities';
import { useCaseEdit } from '../case_view/case_edit_context';
import { MarkdownEditor } from '../markdown/markdown_editor';
import { LazyVisualizationEditorFlyout } from '../visualizations/editor/lazy_visualization_editor_flyout';
import { PendingVisualization } from '../visualizations/editor/pending_visualization';
import { allowedStatuses } from '../status/allowed_statuses';
import { StatusActionButton, statusActionTarget } from './status_action_button';

export const ADD_COMMENT_EDITOR_ID = 'case-add-comment-editor';

/** Whether the box has anything to offer: a comment (create_comment) or the status button. */
export function canUseAddComment(caseData: Case, permissions: CasesCapabilities): boolean {
  const target = statusActionTarget(caseData.status);
  return permissions.createComment || (target !== undefined && allowedStatuses([caseData.status], permissions).includes(target));
}

export interface AddCommentProps {
  caseData: Case;
  value: string;
  onChange: (value: string) => void;
  /** Changes whenever the box should take the focus with the caret at the end (a quote came in). */
  focusRequest: number;
}

export function AddComment({ caseData, value, onChange, focusRequest }: AddCommentProps) {
  const { toasts } = useCore();
  const queryClient = useQueryClient();
  const { updateCase, isSaving, permissions } = useCaseEdit();
  // The box needs create_comment; the status button update_cases (close) or case_reopen (reopen).
  const canComment = permissions.createComment;
  const target = statusActionTarget(caseData.status);
  const canChangeStatus = target !== undefined && allowedStatuses([caseData.status], permissions).includes(target);
  const addComment = useAddComment(caseData.id);
  const addVisualization = useAddVisualization(caseData.id);
  const [visualization, setVisualization] = useState<VisualizationToAdd | null>(null);
  const [editing, setEditing] = useState(false);
  const posting = addComment.isPending || addVisualization.isPending;
  const tooLong = value.length > MAX_COMMENT_LENGTH;
  const hasText = value.trim().length > 0;
  const hasContent = hasText || visualization !== null;
  const canSubmit = hasContent && !tooLong && !posting;
  useNavigationGuard(
    !canComment
      ? undefined
      : visualization !== null
        ? 'Your visualization has not been added to the case; it is lost if you leave.'
        : hasText
          ? 'Your comment has not been added to the case. It is kept as a draft in this tab.'
          : undefined,
  );

  useEffect(() => {
    if (focusRequest === 0) return;
    const textarea = document.getElementById(ADD_COMMENT_EDITOR_ID);
    if (textarea instanceof HTMLTextAreaElement) {
      textarea.focus();
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    }
  }, [focusRequest]);

  /** True once the server has the comment. */
  const submit = async (): Promise<boolean> => {
    if (!canSubmit) return false;
    try {
      const updated = visualization
        ? await addVisualization.mutateAsync({ comment: hasText ? value : undefined, visualization, owner: caseData.owner })
        : await addComment.mutateAsync({ type: 'user', comment: value, owner: caseData.owner });
      // The comment moved the case's version: a status change sent next must not meet it as a 409.
      queryClient.setQueryData(casesQueryKeys.case(caseData.id), updated);
      onChange('');
      setVisualization(null);
      return true;
    } catch (error) {
      toasts.addError(error, { title: 'Could not add the comment' });
      return false;
    }
  };

  const changeStatus = async (status: Case['status']) => {
    // With text typed, the comment goes first: a case is not closed on a note that failed to post.
    if (canComment && hasContent && !(await submit())) return;
    await updateCase('status', 'status', { status });
  };

  if (!canComment && !canChangeStatus) return null;
  const statusButton = canChangeStatus && (
    <EuiFlexItem grow={false}>
      <StatusActionButton
        status={caseData.status}
        withComment={canComment && hasContent}
        isDisabled={tooLong || posting}
        isLoading={isSaving('status')}
        onChange={(status) => void changeStatus(status)}
      />
    </EuiFlexItem>
  );
  if (!canComment) {
    // Status only: the button alone, where the box's buttons would be.
    return (
      <EuiFlexGroup justifyContent="flexEnd" gutterSize="s" responsive={false} data-test-subj="case-status-action">
        {statusButton}
      </EuiFlexGroup>
    );
  }

  return (
    <EuiPanel hasBorder paddingSize="m" data-test-subj="add-comment">
      <MarkdownEditor
        value={value}
        onChange={onChange}
        ariaLabel="New comment"
        placeholder="Add a comment…"
        id={ADD_COMMENT_EDITOR_ID}
        // Read-only while posting, so nothing typed meanwhile is wiped when the box clears.
        readOnly={posting}
        errors={tooLong ? [`A comment may not be longer than ${MAX_COMMENT_LENGTH.toLocaleString()} characters.`] : undefined}
        height={150}
        data-test-subj="add-comment-editor"
      />
      {visualization && (
        <>
          <EuiSpacer size="s" />
          <PendingVisualization value={visualization} isDisabled={posting} onEdit={() => setEditing(true)} onRemove={() => setVisualization(null)} />
        </>
      )}
      <EuiSpacer size="s" />
      <EuiFlexGroup justifyContent="flexEnd" gutterSize="s" responsive={false} wrap>
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty
            iconType="lensApp"
            onClick={() => setEditing(true)}
            // One chart per comment: the pending one is edited or removed from its card.
            isDisabled={posting || visualization !== null}
            title={visualization !== null ? 'Edit or remove the visualization below first' : undefined}
            data-test-subj="visualizationButton"
          >
            Visualization
          </EuiButtonEmpty>
        </EuiFlexItem>
        <EuiFlexItem />
        {statusButton}
        <EuiFlexItem grow={false}>
          <EuiButton fill iconType="plusCircle" isDisabled={!canSubmit} isLoading={posting} onClick={() => void submit()} data-test-subj="submit-comment">
            Add comment
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
      {editing && (
        <LazyVisualizationEditorFlyout
          initial={visualization ?? undefined}
          saveLabel="Save and return"
          onSave={(saved) => {
            setVisualization(saved);
            setEditing(false);
          }}
          onClose={() => setEditing(false)}
        />
      )}
    </EuiPanel>
  );
}

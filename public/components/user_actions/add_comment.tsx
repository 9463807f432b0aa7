/**
 * The new-comment box under the timeline. The text is cleared only once the server has the
 * comment; a failed post leaves it in place to send again. Beside "Add comment" sits the status
 * button, as in Kibana: close (or reopen) the case, with the typed comment when there is one.
 */
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { EuiButton, EuiFlexGroup, EuiFlexItem, EuiPanel, EuiSpacer } from '@elastic/eui';
import { MAX_COMMENT_LENGTH } from '../../../common/constants';
import type { Case } from '../../../common/types/domain/case';
import { casesQueryKeys } from '../../containers/query_keys';
import { useAddComment } from '../../containers/use_comment_mutations';
import { useCore, useNavigationGuard } from '../../core';
import { useCaseEdit } from '../case_view/case_edit_context';
import { MarkdownEditor } from '../markdown/markdown_editor';
import { StatusActionButton } from './status_action_button';

export const ADD_COMMENT_EDITOR_ID = 'case-add-comment-editor';

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
  const { updateCase, isSaving } = useCaseEdit();
  const addComment = useAddComment(caseData.id);
  const tooLong = value.length > MAX_COMMENT_LENGTH;
  const hasText = value.trim().length > 0;
  const canSubmit = hasText && !tooLong && !addComment.isPending;
  useNavigationGuard(hasText ? 'Your comment has not been added to the case. It is kept as a draft in this tab.' : undefined);

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
      const updated = await addComment.mutateAsync({ type: 'user', comment: value, owner: caseData.owner });
      // The comment moved the case's version: a status change sent next must not meet it as a 409.
      queryClient.setQueryData(casesQueryKeys.case(caseData.id), updated);
      onChange('');
      return true;
    } catch (error) {
      toasts.addError(error, { title: 'Could not add the comment' });
      return false;
    }
  };

  const changeStatus = async (status: Case['status']) => {
    // With text typed, the comment goes first: a case is not closed on a note that failed to post.
    if (hasText && !(await submit())) return;
    await updateCase('status', 'status', { status });
  };

  return (
    <EuiPanel hasBorder paddingSize="m" data-test-subj="add-comment">
      <MarkdownEditor
        value={value}
        onChange={onChange}
        ariaLabel="New comment"
        placeholder="Add a comment…"
        id={ADD_COMMENT_EDITOR_ID}
        // Read-only while posting, so nothing typed meanwhile is wiped when the box clears.
        readOnly={addComment.isPending}
        errors={tooLong ? [`A comment may not be longer than ${MAX_COMMENT_LENGTH.toLocaleString()} characters.`] : undefined}
        height={150}
        data-test-subj="add-comment-editor"
      />
      <EuiSpacer size="s" />
      <EuiFlexGroup justifyContent="flexEnd" gutterSize="s" responsive={false} wrap>
        <EuiFlexItem grow={false}>
          <StatusActionButton
            status={caseData.status}
            withComment={hasText}
            isDisabled={tooLong || addComment.isPending}
            isLoading={isSaving('status')}
            onChange={(status) => void changeStatus(status)}
          />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton fill iconType="plusCircle" isDisabled={!canSubmit} isLoading={addComment.isPending} onClick={() => void submit()} data-test-subj="submit-comment">
            Add comment
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
    </EuiPanel>
  );
}

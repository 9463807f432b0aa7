/**
 * The new-comment box under the timeline. The text is cleared only once the server has the
 * comment; a failed post leaves it in place to send again.
 */
import { useEffect } from 'react';
import { EuiButton, EuiFlexGroup, EuiFlexItem, EuiPanel, EuiSpacer } from '@elastic/eui';
import { MAX_COMMENT_LENGTH } from '../../../common/constants';
import type { Case } from '../../../common/types/domain/case';
import { useAddComment } from '../../containers/use_comment_mutations';
import { useCore } from '../../core';
import { MarkdownEditor } from '../markdown/markdown_editor';

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
  const addComment = useAddComment(caseData.id);
  const tooLong = value.length > MAX_COMMENT_LENGTH;
  const canSubmit = value.trim().length > 0 && !tooLong && !addComment.isPending;

  useEffect(() => {
    if (focusRequest === 0) return;
    const textarea = document.getElementById(ADD_COMMENT_EDITOR_ID);
    if (textarea instanceof HTMLTextAreaElement) {
      textarea.focus();
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    }
  }, [focusRequest]);

  const submit = async () => {
    if (!canSubmit) return;
    try {
      await addComment.mutateAsync({ type: 'user', comment: value, owner: caseData.owner });
      onChange('');
    } catch (error) {
      toasts.addError(error, { title: 'Could not add the comment' });
    }
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
      <EuiFlexGroup justifyContent="flexEnd" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiButton fill iconType="plusCircle" isDisabled={!canSubmit} isLoading={addComment.isPending} onClick={submit} data-test-subj="submit-comment">
            Add comment
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
    </EuiPanel>
  );
}

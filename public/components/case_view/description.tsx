/** The case description: rendered markdown, edited in place. */
import { useRef, useState } from 'react';
import { EuiButtonIcon, EuiFlexGroup, EuiFlexItem, EuiHorizontalRule, EuiPanel, EuiText, EuiTitle } from '@elastic/eui';
import { MAX_DESCRIPTION_LENGTH } from '../../../common/constants';
import { MarkdownRenderer } from '../markdown/markdown_renderer';
import { MarkdownEditForm, markdownErrors } from '../user_actions/markdown_edit_form';
import { useCaseDraft } from '../drafts/use_case_draft';
import { useCaseEdit } from './case_edit_context';

export function Description() {
  const { caseData, updateCase, isSaving, pendingValue, conflict, dismiss, permissions } = useCaseEdit();
  const pending = pendingValue<string>('description');
  // Unsaved text survives leaving the case: coming back reopens the editor with it.
  const [draft, setDraft, discardDraft] = useCaseDraft(caseData.id, 'description', pending ?? caseData.description);
  const [editRequested, setIsEditing] = useState(pending !== undefined || draft !== caseData.description);
  // A draft left from when the caller could edit is kept, but not offered to a caller who cannot.
  const isEditing = editRequested && permissions.update;
  const draftRef = useRef(draft);
  draftRef.current = draft;

  const startEditing = () => {
    setDraft(caseData.description);
    setIsEditing(true);
  };

  const cancel = () => {
    setIsEditing(false);
    discardDraft();
    if (conflict?.field === 'description') dismiss();
  };

  const save = () => {
    if (markdownErrors(draft, MAX_DESCRIPTION_LENGTH, 'description').length > 0) return;
    if (draft === caseData.description) {
      setIsEditing(false);
      discardDraft();
      return;
    }
    const applied = () => {
      setIsEditing(false);
      discardDraft();
    };
    void updateCase('description', 'description', () => ({ description: draftRef.current }), applied);
  };

  return (
    <EuiPanel hasBorder paddingSize="m" data-test-subj="description">
      <EuiFlexGroup alignItems="center" justifyContent="spaceBetween" gutterSize="s" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiTitle size="xs">
            <h2>Description</h2>
          </EuiTitle>
        </EuiFlexItem>
        {!isEditing && permissions.update && (
          <EuiFlexItem grow={false}>
            <EuiButtonIcon iconType="pencil" aria-label="Edit description" onClick={startEditing} data-test-subj="description-edit-icon" />
          </EuiFlexItem>
        )}
      </EuiFlexGroup>
      <EuiHorizontalRule margin="s" />
      {isEditing ? (
        <MarkdownEditForm
          value={draft}
          onChange={setDraft}
          onSave={save}
          onCancel={cancel}
          isSaving={isSaving('description')}
          maxLength={MAX_DESCRIPTION_LENGTH}
          what="description"
          savedValue={caseData.description}
          id="case-description-editor"
          data-test-subj="description-markdown-form"
        />
      ) : caseData.description ? (
        <MarkdownRenderer data-test-subj="description-markdown">{caseData.description}</MarkdownRenderer>
      ) : (
        <EuiText size="s" color="subdued">
          <p>No description.</p>
        </EuiText>
      )}
    </EuiPanel>
  );
}

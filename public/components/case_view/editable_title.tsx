/** The case title as the page heading, edited in place. */
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { EuiButton, EuiButtonEmpty, EuiButtonIcon, EuiFieldText, EuiFlexGroup, EuiFlexItem, EuiFormRow, EuiTitle } from '@elastic/eui';
import { MAX_TITLE_LENGTH } from '../../../common/constants';
import { useCaseEdit } from './case_edit_context';

export function validateTitle(title: string): string | undefined {
  if (title.trim().length === 0) return 'A title is required.';
  if (title.trim().length > MAX_TITLE_LENGTH) return `The title may not be longer than ${MAX_TITLE_LENGTH} characters.`;
  return undefined;
}

export function EditableTitle() {
  const { caseData, updateCase, isSaving, pendingValue, conflict, dismiss, permissions } = useCaseEdit();
  // Reopening after a remount with a pending conflicted title keeps the user's words.
  const pending = pendingValue<string>('title');
  const [isEditing, setIsEditing] = useState(pending !== undefined && permissions.update);
  const [draft, setDraft] = useState(pending ?? caseData.title);
  const [showErrors, setShowErrors] = useState(false);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const saving = isSaving('title');
  const error = validateTitle(draft);

  const startEditing = () => {
    setDraft(caseData.title);
    setShowErrors(false);
    setIsEditing(true);
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    setShowErrors(true);
    if (error) return;
    if (draft.trim() === caseData.title) {
      setIsEditing(false);
      return;
    }
    void updateCase('title', 'title', () => ({ title: draftRef.current.trim() }), () => setIsEditing(false));
  };

  // Giving up the edit also gives up a pending conflicted title: there is nothing left to apply.
  const cancel = () => {
    setIsEditing(false);
    if (conflict?.field === 'title') dismiss();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') cancel();
  };

  if (!isEditing || !permissions.update) {
    // The pencil follows the title's last word, as in running text: as a flex item beside a
    // wrapped title it would sit at the far edge of the page, away from what it edits.
    return (
      <div css={{ minWidth: 0 }}>
        <EuiTitle size="l">
          <h1 data-test-subj="editable-title-header-value" css={{ display: 'inline', overflowWrap: 'anywhere' }}>
            {caseData.title}
          </h1>
        </EuiTitle>
        {permissions.update && (
          <EuiButtonIcon
            iconType="pencil"
            aria-label="Edit title"
            onClick={startEditing}
            css={{ marginInlineStart: 8, verticalAlign: 'baseline' }}
            data-test-subj="editable-title-edit-icon"
          />
        )}
      </div>
    );
  }

  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} data-test-subj="editable-title-form" noValidate>
      <EuiFlexGroup alignItems="flexStart" gutterSize="s" responsive={false}>
        <EuiFlexItem>
          <EuiFormRow fullWidth isInvalid={showErrors && !!error} error={showErrors ? error : undefined} helpText={`${draft.trim().length}/${MAX_TITLE_LENGTH}`}>
            <EuiFieldText
              fullWidth
              autoFocus
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              isInvalid={showErrors && !!error}
              aria-label="Case title"
              data-test-subj="editable-title-input-field"
            />
          </EuiFormRow>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton type="submit" fill size="m" isLoading={saving} isDisabled={showErrors && !!error} data-test-subj="editable-title-submit-btn">
            Save
          </EuiButton>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty onClick={cancel} data-test-subj="editable-title-cancel-btn">
            Cancel
          </EuiButtonEmpty>
        </EuiFlexItem>
      </EuiFlexGroup>
    </form>
  );
}

/**
 * One sidebar field: shown read-only with an edit button, edited with its picker and saved as a
 * PATCH with the case's current version. The draft stays open until the server accepts it, so
 * a conflict leaves the user's selection where they made it.
 */
import { useRef, useState, type ReactNode } from 'react';
import { EuiButton, EuiButtonEmpty, EuiButtonIcon, EuiFlexGroup, EuiFlexItem, EuiHorizontalRule, EuiSpacer, EuiTitle } from '@elastic/eui';
import { useCaseEdit } from './case_edit_context';
import type { CaseFieldChanges } from './use_conflict_safe_update';

export interface EditableSidebarSectionProps<T> {
  field: 'assignees' | 'tags' | 'category' | 'severity';
  title: string;
  value: T;
  renderView: (value: T) => ReactNode;
  renderEditor: (draft: T, setDraft: (next: T) => void) => ReactNode;
  toChanges: (draft: T) => CaseFieldChanges;
  isEqual: (a: T, b: T) => boolean;
}

export function EditableSidebarSection<T>({ field, title, value, renderView, renderEditor, toChanges, isEqual }: EditableSidebarSectionProps<T>) {
  const { updateCase, isSaving, pendingValue, conflict, dismiss, permissions } = useCaseEdit();
  // Kibana's split: assignees need cases_assign, every other field update_cases.
  const canEdit = field === 'assignees' ? permissions.assign : permissions.update;
  const pending = pendingValue<T>(field);
  const [editRequested, setIsEditing] = useState(pending !== undefined);
  const isEditing = editRequested && canEdit;
  const [draft, setDraft] = useState<T>(pending ?? value);
  const draftRef = useRef(draft);
  draftRef.current = draft;

  const startEditing = () => {
    setDraft(value);
    setIsEditing(true);
  };

  const cancel = () => {
    setIsEditing(false);
    if (conflict?.field === field) dismiss();
  };

  const save = () => {
    if (isEqual(draft, value)) {
      setIsEditing(false);
      return;
    }
    void updateCase(field, title.toLowerCase(), () => toChanges(draftRef.current), () => setIsEditing(false));
  };

  return (
    <section data-test-subj={`case-view-${field}`} aria-label={title}>
      <EuiFlexGroup alignItems="center" justifyContent="spaceBetween" gutterSize="s" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiTitle size="xxs">
            <h3>{title}</h3>
          </EuiTitle>
        </EuiFlexItem>
        {!isEditing && canEdit && (
          <EuiFlexItem grow={false}>
            <EuiButtonIcon iconType="pencil" aria-label={`Edit ${title.toLowerCase()}`} onClick={startEditing} data-test-subj={`case-view-${field}-edit-button`} />
          </EuiFlexItem>
        )}
      </EuiFlexGroup>
      <EuiSpacer size="s" />
      {isEditing ? (
        <div data-test-subj={`case-view-${field}-editor`}>
          {renderEditor(draft, setDraft)}
          <EuiSpacer size="s" />
          <EuiFlexGroup gutterSize="s" responsive={false}>
            <EuiFlexItem grow={false}>
              <EuiButton size="s" fill isLoading={isSaving(field)} onClick={save} data-test-subj={`case-view-${field}-submit`}>
                Save
              </EuiButton>
            </EuiFlexItem>
            <EuiFlexItem grow={false}>
              <EuiButtonEmpty size="s" onClick={cancel} data-test-subj={`case-view-${field}-cancel`}>
                Cancel
              </EuiButtonEmpty>
            </EuiFlexItem>
          </EuiFlexGroup>
        </div>
      ) : (
        <div data-test-subj={`case-view-${field}-value`}>{renderView(value)}</div>
      )}
      <EuiHorizontalRule margin="m" />
    </section>
  );
}

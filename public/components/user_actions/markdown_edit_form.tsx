/**
 * In-place markdown editing for the description and for comments: the editor with Save and
 * Cancel. The draft lives in the caller, which only drops it once the server has accepted it.
 */
import { EuiButton, EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiSpacer } from '@elastic/eui';
import { useNavigationGuard } from '../../core';
import { MarkdownEditor } from '../markdown/markdown_editor';

export function markdownErrors(value: string, maxLength: number, what: string): string[] {
  if (value.trim().length === 0) return [`The ${what} cannot be empty.`];
  if (value.length > maxLength) return [`The ${what} may not be longer than ${maxLength.toLocaleString()} characters.`];
  return [];
}

export interface MarkdownEditFormProps {
  value: string;
  onChange: (value: string) => void;
  onSave: () => void;
  onCancel: () => void;
  isSaving: boolean;
  maxLength: number;
  /** "description", "comment": in the label and the error messages. */
  what: string;
  id: string;
  /** What the server has: while the editor holds something else, leaving the page asks first. */
  savedValue?: string;
  'data-test-subj'?: string;
}

export function MarkdownEditForm(props: MarkdownEditFormProps) {
  const { value, onChange, onSave, onCancel, isSaving, maxLength, what, id, savedValue, 'data-test-subj': testSubj } = props;
  const errors = markdownErrors(value, maxLength, what);
  const isDirty = savedValue !== undefined && value !== savedValue;
  useNavigationGuard(isDirty ? `Your edit of the ${what} has not been saved. It is kept as a draft in this tab.` : undefined);
  return (
    <div data-test-subj={testSubj}>
      <MarkdownEditor value={value} onChange={onChange} ariaLabel={`Edit ${what}`} id={id} errors={errors} data-test-subj={`${testSubj ?? 'markdown'}-editor`} />
      <EuiSpacer size="s" />
      <EuiFlexGroup gutterSize="s" justifyContent="flexEnd" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty size="s" onClick={onCancel} data-test-subj="user-action-cancel-markdown">
            Cancel
          </EuiButtonEmpty>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton size="s" fill iconType="save" isLoading={isSaving} isDisabled={errors.length > 0} onClick={onSave} data-test-subj="user-action-save-markdown">
            Save
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
    </div>
  );
}

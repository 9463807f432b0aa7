/**
 * Shown when a save met a newer version of the case. The page already shows the other
 * person's changes; the user's own change is still in its field, one click from being sent.
 */
import { EuiButton, EuiButtonEmpty, EuiCallOut, EuiFlexGroup, EuiFlexItem, EuiText } from '@elastic/eui';
import { useCaseEdit } from './case_edit_context';

/** Fields saved the moment they change; every other field keeps its editor open on a conflict. */
const PICKER_FIELDS = new Set(['status', 'severity']);

export function ConflictCallout() {
  const { conflict, reapply, dismiss, isSaving } = useCaseEdit();
  if (!conflict) return null;
  const isComment = conflict.field.startsWith('comment:');
  const isPicker = PICKER_FIELDS.has(conflict.field);
  return (
    // Sticky: the field that failed may be far down the page, and the choice must stay in reach.
    <div css={{ position: 'sticky', top: 'var(--euiFixedHeadersOffset, 0)', zIndex: 2 }}>
      <EuiCallOut
        color="warning"
        iconType="warning"
        title={isComment ? 'Someone else changed this comment' : 'Someone else changed this case'}
        role="alert"
        data-test-subj="case-conflict-callout"
      >
        <EuiText size="s">
          <p>
            Your change to the {conflict.label} was not saved because the case was updated while you were working. The page now shows
            the latest version; your {conflict.label} is kept {isPicker ? 'in its picker' : 'in its editor'}.{' '}
            {isPicker ? 'Apply it again, or discard it.' : 'Apply it again as it is now in the editor, or dismiss this message and edit it first.'}
          </p>
        </EuiText>
        <EuiFlexGroup gutterSize="s" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButton size="s" color="warning" fill isLoading={isSaving(conflict.field)} onClick={() => void reapply()} data-test-subj="case-conflict-reapply">
              Apply my change again
            </EuiButton>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty size="s" color="warning" onClick={dismiss} data-test-subj="case-conflict-dismiss">
              {isPicker ? 'Discard my change' : 'Dismiss'}
            </EuiButtonEmpty>
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiCallOut>
    </div>
  );
}

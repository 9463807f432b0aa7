/** "Assign yourself": one click for the analyst picking a case up, shown only when they are not on it. */
import { EuiLink, EuiText } from '@elastic/eui';
import type { CaseAssignee } from '../../../common/types/domain/user';
import { useCurrentUser } from '../../core';
import { useCaseEdit } from './case_edit_context';

export function AssignYourself({ assignees }: { assignees: CaseAssignee[] }) {
  const { data: me } = useCurrentUser();
  const { updateCase, isSaving, permissions } = useCaseEdit();
  const uid = me?.profile_uid;
  if (!permissions.assign) return null;
  // Users without a profile (API keys, some realms) cannot be assignees.
  if (!uid || assignees.some((assignee) => assignee.uid === uid)) return null;
  return (
    <EuiText size="s">
      <EuiLink
        disabled={isSaving('assignees')}
        onClick={() => void updateCase('assignees', 'assignees', { assignees: [...assignees.map((assignee) => ({ uid: assignee.uid })), { uid }] })}
        data-test-subj="case-view-assign-yourself-link"
      >
        Assign yourself
      </EuiLink>
    </EuiText>
  );
}

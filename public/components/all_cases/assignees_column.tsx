import { EuiAvatar, EuiFlexGroup, EuiFlexItem, EuiToolTip } from '@elastic/eui';
import type { CaseAssignee } from '../../../common/types/domain/user';
import type { UserProfile } from '../../../common/core/user_profile';
import { profileName } from './user_display';

/** Three avatars fill the 96 px cell: all three, or two and "+N" when there are more. */
const SLOTS = 3;

interface AssigneesColumnProps {
  assignees: CaseAssignee[];
  profiles: Map<string, UserProfile>;
}

export function AssigneesColumn({ assignees, profiles }: AssigneesColumnProps) {
  if (assignees.length === 0) return <span data-test-subj="case-table-column-assignee-empty">—</span>;
  const names = assignees.map(({ uid }) => profileName(profiles.get(uid), uid));
  const shownCount = names.length <= SLOTS ? names.length : SLOTS - 1;
  const hidden = names.slice(shownCount);
  return (
    <EuiFlexGroup gutterSize="xs" responsive={false} wrap={false} data-test-subj="case-table-column-assignee">
      {names.slice(0, shownCount).map((name, index) => (
        <EuiFlexItem grow={false} key={assignees[index].uid}>
          <EuiToolTip content={name}>
            <EuiAvatar name={name} size="s" data-test-subj={`case-table-column-assignee-${assignees[index].uid}`} />
          </EuiToolTip>
        </EuiFlexItem>
      ))}
      {hidden.length > 0 && (
        <EuiFlexItem grow={false}>
          <EuiToolTip content={hidden.join(', ')}>
            <EuiAvatar
              name={`+${hidden.length}`}
              initials={`+${hidden.length}`}
              initialsLength={2}
              size="s"
              color="subdued"
              aria-label={`${hidden.length} more assignees: ${hidden.join(', ')}`}
              data-test-subj="case-table-column-assignee-more"
            />
          </EuiToolTip>
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
}

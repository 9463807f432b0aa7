import { EuiFlexGroup, EuiFlexItem, EuiToolTip } from '@elastic/eui';
import { useMemo } from 'react';
import type { UserProfile } from '../../../common/core/user_profile';
import { useBulkGetUserProfiles } from '../../containers/use_user_profiles';
import { UserAvatar } from './user_avatar';
import { getUserDisplayName } from './user_display_name';

export interface AssigneesAvatarsProps {
  assignees: Array<{ uid: string }>;
  size?: 's' | 'm';
  'data-test-subj'?: string;
}

function tooltipOf(profile: UserProfile | undefined): string {
  if (!profile) return 'Unknown user';
  const name = getUserDisplayName(profile.user);
  return profile.user.email && profile.user.email !== name ? `${name} (${profile.user.email})` : name;
}

/** The avatars of a case's assignees, each naming its user on hover; profiles are loaded by uid. */
export function AssigneesAvatars({ assignees, size = 's', 'data-test-subj': dataTestSubj = 'caseAssigneesAvatars' }: AssigneesAvatarsProps) {
  const uids = useMemo(() => assignees.map((assignee) => assignee.uid), [assignees]);
  const { data: profiles } = useBulkGetUserProfiles(uids);
  const byUid = useMemo(() => new Map((profiles ?? []).map((profile) => [profile.uid, profile])), [profiles]);

  if (assignees.length === 0) return null;
  return (
    <EuiFlexGroup gutterSize="xs" wrap responsive={false} data-test-subj={dataTestSubj}>
      {assignees.map(({ uid }) => {
        const profile = byUid.get(uid);
        return (
          <EuiFlexItem grow={false} key={uid}>
            <EuiToolTip content={tooltipOf(profile)} position="top">
              <span tabIndex={0} aria-label={tooltipOf(profile)} data-test-subj={`caseAssigneeAvatar-${uid}`}>
                <UserAvatar profile={profile} size={size} />
              </span>
            </EuiToolTip>
          </EuiFlexItem>
        );
      })}
    </EuiFlexGroup>
  );
}

import { EuiAvatar, type EuiAvatarProps } from '@elastic/eui';
import type { UserProfile } from '../../../common/core/user_profile';
import { getProfileAvatarData, getUserDisplayName, type UserLike } from './user_display_name';

export interface UserAvatarProps {
  profile?: UserProfile;
  /** Used when there is no profile, e.g. a reporter stored on the case. */
  user?: UserLike;
  size?: EuiAvatarProps['size'];
  'data-test-subj'?: string;
}

/** A user's avatar: their profile picture or initials when they set one, else derived from their name. */
export function UserAvatar({ profile, user, size = 's', 'data-test-subj': dataTestSubj = 'userAvatar' }: UserAvatarProps) {
  const name = getUserDisplayName(profile?.user ?? user);
  const { initials, color, imageUrl } = getProfileAvatarData(profile);
  if (imageUrl) return <EuiAvatar name={name} imageUrl={imageUrl} size={size} data-test-subj={dataTestSubj} />;
  return (
    <EuiAvatar
      name={name}
      initials={initials}
      initialsLength={2}
      color={color ?? undefined}
      size={size}
      data-test-subj={dataTestSubj}
    />
  );
}

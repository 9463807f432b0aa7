import type { UserProfile } from '../../../common/core/user_profile';

/** The name to show for a profile: full name, else username, else email, else the uid. */
export function profileName(profile: Pick<UserProfile, 'uid' | 'user'> | undefined, uid: string): string {
  return profile?.user.full_name || profile?.user.username || profile?.user.email || uid;
}

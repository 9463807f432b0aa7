/** The caller as cases record it in `*_by` fields. */
import type { User } from '../../common/types/domain/user';
import { type AuthenticatedUser, unauthorized } from '../core';

export function toUser(user: AuthenticatedUser | undefined): User {
  if (!user) throw unauthorized();
  return { username: user.username, full_name: user.full_name, email: user.email, profile_uid: user.profile_uid };
}

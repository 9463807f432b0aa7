/**
 * Users as cases record them (`created_by`: nullable fields) adapted to the shared user-profile
 * helpers, which expect a profile's user (absent, not null, fields).
 */
import type { User } from '../../../common/types/domain/user';
import { getUserDisplayName, type UserLike } from '../user_profiles/user_display_name';

export function toUserLike(user: User | null | undefined): UserLike | undefined {
  if (!user) return undefined;
  return { username: user.username ?? undefined, full_name: user.full_name ?? undefined, email: user.email ?? undefined };
}

export function caseUserName(user: User | null | undefined): string {
  return getUserDisplayName(toUserLike(user));
}

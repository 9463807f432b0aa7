/**
 * What plugins may know of users: display fields and the profile uid (CoreStart.security.users),
 * for assignee pickers and `*_by` fields. Never roles or credentials.
 */
import type { UserSummary } from '../types';
import { toUserSummary, type UserStore } from './user_store';

const DEFAULT_SIZE = 20;
const MAX_SIZE = 100;

export function createUserDirectory(users: UserStore) {
  return {
    /**
     * Case-insensitive substring match on username, full name and email. User lists are small
     * (people, not records), and matching in memory behaves the same on every backend.
     */
    async find(search?: string, size = DEFAULT_SIZE): Promise<UserSummary[]> {
      const needle = search?.trim().toLowerCase() ?? '';
      const limit = Math.max(0, Math.min(size, MAX_SIZE));
      const all = await users.list();
      return all
        .filter((u) => u.enabled)
        .filter((u) => !needle || [u.username, u.full_name, u.email].some((v) => v?.toLowerCase().includes(needle)))
        .slice(0, limit)
        .map(toUserSummary);
    },
    async getByProfileUid(uid: string): Promise<UserSummary | undefined> {
      const user = await users.getByProfileUid(uid);
      return user ? toUserSummary(user) : undefined;
    },
  };
}

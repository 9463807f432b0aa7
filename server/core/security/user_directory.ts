/**
 * What plugins may know of users: display fields and the profile uid (CoreStart.security.users),
 * for assignee pickers and `*_by` fields. Never roles or credentials.
 */
import type { RequiredPrivileges, UserSummary } from '../types';
import type { PrivilegeEngine } from './privileges/privilege_engine';
import { toUserSummary, type UserStore } from './user_store';
import type { UserAttributes } from './saved_object_types';

const DEFAULT_SIZE = 20;
const MAX_SIZE = 100;

export function createUserDirectory(users: UserStore, engine: Pick<PrivilegeEngine, 'forRoles' | 'holds'>) {
  /** Kibana's `requiredPrivileges` of profile suggestions: every action, in that space. */
  async function holdsAll(user: UserAttributes, required: RequiredPrivileges): Promise<boolean> {
    const privileges = await engine.forRoles(user.roles, required.spaceId);
    return required.actions.every((action) => engine.holds(privileges, action));
  }

  return {
    /**
     * Case-insensitive substring match on username, full name and email. User lists are small
     * (people, not records), and matching in memory behaves the same on every backend.
     */
    async find(search?: string, size = DEFAULT_SIZE, required?: RequiredPrivileges): Promise<UserSummary[]> {
      const needle = search?.trim().toLowerCase() ?? '';
      const limit = Math.max(0, Math.min(size, MAX_SIZE));
      const all = await users.list();
      const matching = all
        .filter((u) => u.enabled)
        .filter((u) => !needle || [u.username, u.full_name, u.email].some((v) => v?.toLowerCase().includes(needle)));
      const found: UserSummary[] = [];
      for (const user of matching) {
        if (found.length >= limit) break;
        // Resolutions are cached per role set, so users sharing roles cost one resolution.
        if (required && !(await holdsAll(user, required))) continue;
        found.push(toUserSummary(user));
      }
      return found;
    },
    async getByProfileUid(uid: string): Promise<UserSummary | undefined> {
      const user = await users.getByProfileUid(uid);
      return user ? toUserSummary(user) : undefined;
    },
  };
}

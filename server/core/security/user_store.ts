/**
 * Users as stored records: lookup, create-or-update, password changes, and the two public
 * shapes a user takes (Elasticsearch's user object and Kibana's AuthenticatedUser).
 */
import { randomUUID } from 'node:crypto';
import { badRequest, notFound } from '../errors';
import { f, type SavedObjectsRepository } from '../saved_objects/types';
import type { UserSummary } from '../types';
import { collectAll } from '../saved_objects/collect_all';
import { isNotFound } from './repository_errors';
import { getDecoyHash, hashPassword, verifyPassword } from './password_hash';
import { USER_TYPE, type UserAttributes } from './saved_object_types';
import { sha256Hex } from './token_digest';
import type { AuthenticatedUser } from './types';

export const RESERVED_SUPERUSER = 'elastic';
export const USERNAME_PATTERN = /^[a-zA-Z0-9_.@-]{1,507}$/;

/** Elasticsearch's user object, as Kibana's users API returns it. */
export interface PublicUser {
  username: string;
  roles: string[];
  full_name: string | null;
  email: string | null;
  metadata: Record<string, unknown>;
  enabled: boolean;
}

export interface UserChanges {
  password?: string;
  roles?: string[];
  full_name?: string | null;
  email?: string | null;
  metadata?: Record<string, unknown>;
  enabled?: boolean;
}

/**
 * The id is a digest of the username: usernames may be 507 characters, longer than a backend
 * may accept in a document id once prefixed, and the digest keeps one record per username.
 */
const userId = (username: string) => sha256Hex(username);

export const toPublicUser = (u: UserAttributes): PublicUser => ({
  username: u.username,
  roles: u.roles,
  full_name: u.full_name,
  email: u.email,
  metadata: u.metadata,
  enabled: u.enabled,
});

export const toUserSummary = (u: UserAttributes): UserSummary => ({
  username: u.username,
  full_name: u.full_name,
  email: u.email,
  profile_uid: u.profile_uid,
});

/** Where Elasticsearch would say the user lives: `elastic` is reserved, the rest are native. */
export const realmOf = (username: string) =>
  username === RESERVED_SUPERUSER ? { name: 'reserved', type: 'reserved' } : { name: 'native', type: 'native' };

export function toAuthenticatedUser(
  u: UserAttributes,
  via: Pick<AuthenticatedUser, 'authentication_provider' | 'authentication_type' | 'api_key'> & {
    authentication_realm?: AuthenticatedUser['authentication_realm'];
  },
): AuthenticatedUser {
  const realm = realmOf(u.username);
  return {
    username: u.username,
    full_name: u.full_name,
    email: u.email,
    roles: u.roles,
    enabled: u.enabled,
    profile_uid: u.profile_uid,
    metadata: u.metadata,
    authentication_realm: via.authentication_realm ?? realm,
    lookup_realm: realm,
    authentication_provider: via.authentication_provider,
    authentication_type: via.authentication_type,
    ...(via.api_key ? { api_key: via.api_key } : {}),
  };
}

export function createUserStore(repository: SavedObjectsRepository) {
  async function get(username: string): Promise<UserAttributes | undefined> {
    try {
      return (await repository.get<UserAttributes>(USER_TYPE, userId(username))).attributes;
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
  }

  async function require(username: string): Promise<UserAttributes> {
    const user = await get(username);
    if (!user) throw notFound();
    return user;
  }

  /** The user when the password is right and the user enabled; undefined otherwise, in comparable time. */
  async function verifyCredentials(username: string, password: string): Promise<UserAttributes | undefined> {
    const user = await get(username);
    const ok = await verifyPassword(password, user?.password_hash ?? (await getDecoyHash()));
    return ok && user?.enabled ? user : undefined;
  }

  async function create(username: string, changes: UserChanges & { password: string }): Promise<UserAttributes> {
    const attributes: UserAttributes = {
      username,
      full_name: changes.full_name ?? null,
      email: changes.email ?? null,
      roles: changes.roles ?? [],
      enabled: changes.enabled ?? true,
      metadata: changes.metadata ?? {},
      profile_uid: `u_${randomUUID().replace(/-/g, '')}_0`,
      password_hash: await hashPassword(changes.password),
    };
    return (await repository.create<UserAttributes>(USER_TYPE, attributes, { id: userId(username) })).attributes;
  }

  async function update(username: string, changes: UserChanges): Promise<UserAttributes> {
    const { password, ...rest } = changes;
    const patch: Partial<UserAttributes> = { ...rest };
    if (password !== undefined) patch.password_hash = await hashPassword(password);
    return (await repository.update<UserAttributes>(USER_TYPE, userId(username), patch)).attributes;
  }

  /** Creates the user, or updates it when it exists; a new user needs a password. */
  async function upsert(username: string, changes: UserChanges): Promise<{ user: UserAttributes; created: boolean }> {
    if (await get(username)) return { user: await update(username, changes), created: false };
    if (changes.password === undefined) throw badRequest('A password is required to create a user.');
    return { user: await create(username, { ...changes, password: changes.password }), created: true };
  }

  async function remove(username: string): Promise<void> {
    await repository.delete(USER_TYPE, userId(username));
  }

  async function list(): Promise<UserAttributes[]> {
    const all = await collectAll<UserAttributes>(repository, { type: USER_TYPE, sortField: 'username', sortOrder: 'asc' });
    return all.map((so) => so.attributes);
  }

  async function getByProfileUid(uid: string): Promise<UserAttributes | undefined> {
    const found = await repository.find<UserAttributes>({
      type: USER_TYPE,
      filter: f.term('profile_uid', uid),
      perPage: 1,
    });
    return found.saved_objects[0]?.attributes;
  }

  return { get, require, verifyCredentials, create, update, upsert, remove, list, getByProfileUid };
}

export type UserStore = ReturnType<typeof createUserStore>;

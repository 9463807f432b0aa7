/**
 * API keys in Elasticsearch's shape: a 20-character id and a secret, presented together as
 * `ApiKey base64(id:secret)`. Only a SHA-256 of the secret is kept: it is 32 random bytes,
 * so a fast digest is as safe as a slow one and costs nothing per request.
 */
import { randomBytes } from 'node:crypto';
import { notFound } from '../errors';
import { f, type SavedObjectsRepository } from '../saved_objects/types';
import { collectAll } from '../saved_objects/collect_all';
import { isNotFound } from './repository_errors';
import { API_KEY_TYPE, type ApiKeyAttributes } from './saved_object_types';
import { digestsEqual, sha256Hex } from './token_digest';

export interface CreatedApiKey {
  id: string;
  name: string;
  api_key: string;
  encoded: string;
  expiration?: number;
}

export interface ApiKeyInfo {
  id: string;
  name: string;
  creation: number;
  expiration?: number;
  invalidated: boolean;
  username: string;
  realm: string;
  metadata: Record<string, unknown>;
}

export interface NewApiKey {
  name: string;
  username: string;
  realm: string;
  expiresInMs?: number;
  metadata?: Record<string, unknown>;
  role_descriptors?: Record<string, unknown>;
}

const toInfo = (id: string, a: ApiKeyAttributes): ApiKeyInfo => ({
  id,
  name: a.name,
  creation: a.creation,
  ...(a.expiration !== undefined ? { expiration: a.expiration } : {}),
  invalidated: a.invalidated,
  username: a.username,
  realm: a.realm,
  metadata: a.metadata,
});

export function createApiKeyStore(repository: SavedObjectsRepository, now: () => number) {
  async function create(input: NewApiKey): Promise<CreatedApiKey> {
    const id = randomBytes(15).toString('base64url');
    const secret = randomBytes(32).toString('base64url');
    const creation = now();
    const expiration = input.expiresInMs !== undefined ? creation + input.expiresInMs : undefined;
    const attributes: ApiKeyAttributes = {
      name: input.name,
      key_hash: sha256Hex(secret),
      username: input.username,
      realm: input.realm,
      creation,
      ...(expiration !== undefined ? { expiration } : {}),
      invalidated: false,
      metadata: input.metadata ?? {},
      role_descriptors: input.role_descriptors ?? {},
    };
    await repository.create<ApiKeyAttributes>(API_KEY_TYPE, attributes, { id });
    const encoded = Buffer.from(`${id}:${secret}`, 'utf8').toString('base64');
    return { id, name: input.name, api_key: secret, encoded, ...(expiration !== undefined ? { expiration } : {}) };
  }

  /** The key's record when the secret matches and the key is neither invalidated nor expired. */
  async function verify(id: string, secret: string): Promise<(ApiKeyAttributes & { id: string }) | undefined> {
    let key: ApiKeyAttributes;
    try {
      key = (await repository.get<ApiKeyAttributes>(API_KEY_TYPE, id)).attributes;
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
    if (!digestsEqual(sha256Hex(secret), key.key_hash)) return undefined;
    if (key.invalidated || (key.expiration !== undefined && key.expiration <= now())) return undefined;
    return { ...key, id };
  }

  /** Every key, or those of one user; newest first. */
  async function list(owner?: string): Promise<ApiKeyInfo[]> {
    const found = await collectAll<ApiKeyAttributes>(repository, {
      type: API_KEY_TYPE,
      ...(owner !== undefined ? { filter: f.term('username', owner) } : {}),
      sortField: 'creation',
      sortOrder: 'desc',
    });
    return found.map((so) => toInfo(so.id, so.attributes));
  }

  /**
   * Marks a key invalidated. 404 when missing, and also when `owner` is given and is not the
   * owner: someone else's key id should not be confirmed to exist.
   */
  async function invalidate(id: string, owner?: string): Promise<void> {
    let key: ApiKeyAttributes;
    try {
      key = (await repository.get<ApiKeyAttributes>(API_KEY_TYPE, id)).attributes;
    } catch (e) {
      if (isNotFound(e)) throw notFound(`API key [${id}] not found`);
      throw e;
    }
    if (owner !== undefined && key.username !== owner) throw notFound(`API key [${id}] not found`);
    if (!key.invalidated) await repository.update<ApiKeyAttributes>(API_KEY_TYPE, id, { invalidated: true });
  }

  return { create, verify, list, invalidate };
}

export type ApiKeyStore = ReturnType<typeof createApiKeyStore>;

/**
 * Browser sessions. The cookie carries a random 32-byte id; only its SHA-256 is stored, so the
 * store alone never yields a usable cookie. A session ends at its idle expiry (pushed forward
 * on use) or its absolute lifespan, whichever comes first.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from '../logging/types';
import { f, type SavedObjectsRepository } from '../saved_objects/types';
import { collectAll } from '../saved_objects/collect_all';
import { isNotFound } from './repository_errors';
import { SESSION_TYPE, type SessionAttributes } from './saved_object_types';
import { sha256Hex } from './token_digest';

/**
 * Sessions are read by id (`get` is real-time on every backend), never through a search right
 * after a write, so no write here waits for a refresh: on Elasticsearch that wait would add
 * up to a second to every login and every once-a-minute extension.
 */
const NO_REFRESH = { refresh: false } as const;

/** Extending the idle expiry costs a write; once a minute per session is plenty. */
export const IDLE_EXTENSION_INTERVAL_MS = 60 * 1000;
const SWEEP_BATCH = 1000;

export interface SessionTimeouts {
  idleTimeoutMs: number;
  lifespanMs: number;
}

export function createSessionStore(deps: {
  repository: SavedObjectsRepository;
  timeouts: SessionTimeouts;
  now: () => number;
  logger: Logger;
}) {
  const { repository, timeouts, now, logger } = deps;
  const isExpired = (s: SessionAttributes, at: number) => s.idle_expires_at <= at || s.lifespan_expires_at <= at;

  const deleteQuietly = async (id: string) => {
    try {
      await repository.delete(SESSION_TYPE, id, NO_REFRESH);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  };

  /** Returns the new session id (the cookie value). */
  async function create(username: string, providerName: string): Promise<string> {
    const sessionId = randomBytes(32).toString('base64url');
    const at = now();
    const attributes: SessionAttributes = {
      username,
      provider: { type: 'basic', name: providerName },
      idle_expires_at: at + timeouts.idleTimeoutMs,
      lifespan_expires_at: at + timeouts.lifespanMs,
    };
    await repository.create<SessionAttributes>(SESSION_TYPE, attributes, { id: sha256Hex(sessionId), ...NO_REFRESH });
    return sessionId;
  }

  /** The live session for a cookie value; expired ones are deleted on sight. */
  async function resolve(sessionId: string): Promise<SessionAttributes | undefined> {
    const id = sha256Hex(sessionId);
    let session: SessionAttributes;
    try {
      session = (await repository.get<SessionAttributes>(SESSION_TYPE, id)).attributes;
    } catch (e) {
      if (isNotFound(e)) return undefined;
      throw e;
    }
    const at = now();
    if (isExpired(session, at)) {
      await deleteQuietly(id);
      return undefined;
    }
    const extended = at + timeouts.idleTimeoutMs;
    if (extended - session.idle_expires_at >= IDLE_EXTENSION_INTERVAL_MS) {
      await extend(id, extended);
      return { ...session, idle_expires_at: extended };
    }
    return session;
  }

  async function extend(id: string, idleExpiresAt: number): Promise<void> {
    try {
      await repository.update<SessionAttributes>(SESSION_TYPE, id, { idle_expires_at: idleExpiresAt }, NO_REFRESH);
    } catch (e) {
      // A concurrent logout may have removed it; the request itself is still authenticated.
      if (!isNotFound(e)) logger.warn({ err: e }, 'Could not extend a session');
    }
  }

  const remove = (sessionId: string) => deleteQuietly(sha256Hex(sessionId));

  async function removeForUser(username: string): Promise<void> {
    const sessions = await collectAll(repository, { type: SESSION_TYPE, filter: f.term('username', username) });
    if (sessions.length > 0) await repository.bulkDelete(sessions.map((s) => ({ type: SESSION_TYPE, id: s.id })), NO_REFRESH);
  }

  /** Deletes expired sessions; run at login so the table stays the size of the live sessions. */
  async function sweep(): Promise<number> {
    const at = now();
    const found = await repository.find({
      type: SESSION_TYPE,
      filter: f.or(f.range('idle_expires_at', { lte: at }), f.range('lifespan_expires_at', { lte: at })),
      perPage: SWEEP_BATCH,
    });
    if (found.saved_objects.length === 0) return 0;
    await repository.bulkDelete(found.saved_objects.map((s) => ({ type: SESSION_TYPE, id: s.id })), NO_REFRESH);
    return found.saved_objects.length;
  }

  return { create, resolve, remove, removeForUser, sweep };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

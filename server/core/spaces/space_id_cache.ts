/**
 * Every request under `/s/{id}` asks whether the space exists, so known ids are kept in memory.
 * Changes made in this process apply at once; the list is re-read at most every few seconds so
 * that processes sharing one store converge on each other's changes.
 */
import type { SavedObjectsRepository } from '../saved_objects/types';
import { MAX_SPACES, SPACE_TYPE } from './space_type';

export const SPACE_ID_CACHE_TTL_MS = 5000;

export function createSpaceIdCache(repository: SavedObjectsRepository, now: () => number, ttlMs = SPACE_ID_CACHE_TTL_MS) {
  let ids = new Set<string>();
  let loadedAt = -Infinity;
  let inflight: Promise<void> | undefined;
  /** Local changes made while a re-read is in flight; the re-read may predate them. */
  let pending: Array<{ id: string; present: boolean }> = [];

  async function load(): Promise<void> {
    pending = [];
    const found = await repository.find({ type: SPACE_TYPE, perPage: MAX_SPACES, fields: ['name'] });
    const next = new Set(found.saved_objects.map((so) => so.id));
    for (const change of pending) {
      if (change.present) next.add(change.id);
      else next.delete(change.id);
    }
    ids = next;
    loadedAt = now();
  }

  function refresh(): Promise<void> {
    inflight ??= load().finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  function record(id: string, present: boolean): void {
    if (present) ids.add(id);
    else ids.delete(id);
    if (inflight) pending.push({ id, present });
  }

  return {
    refresh,
    async exists(id: string): Promise<boolean> {
      if (now() - loadedAt >= ttlMs) await refresh();
      return ids.has(id);
    },
    added: (id: string) => record(id, true),
    removed: (id: string) => record(id, false),
  };
}

export type SpaceIdCache = ReturnType<typeof createSpaceIdCache>;

/**
 * Every request under `/s/{id}` asks whether the space exists, and every authorized operation
 * which features the space switches off, so both are kept in memory. Changes made in this
 * process apply at once; the list is re-read at most every few seconds so that processes
 * sharing one store converge on each other's changes.
 */
import type { SavedObjectsRepository } from '../saved_objects/types';
import { MAX_SPACES, SPACE_TYPE, type SpaceAttributes } from './space_type';

export const SPACE_ID_CACHE_TTL_MS = 5000;

const NONE: readonly string[] = Object.freeze([]);

export function createSpaceIdCache(repository: SavedObjectsRepository, now: () => number, ttlMs = SPACE_ID_CACHE_TTL_MS) {
  /** Space id → its disabled features. */
  let spaces = new Map<string, readonly string[]>();
  let loadedAt = -Infinity;
  let inflight: Promise<void> | undefined;
  /** Local changes made while a re-read is in flight; the re-read may predate them. */
  let pending: Array<{ id: string; disabledFeatures: readonly string[] | undefined }> = [];

  async function load(): Promise<void> {
    pending = [];
    const found = await repository.find<Pick<SpaceAttributes, 'disabledFeatures'>>({
      type: SPACE_TYPE,
      perPage: MAX_SPACES,
      fields: ['name', 'disabledFeatures'],
    });
    const next = new Map(found.saved_objects.map((so) => [so.id, frozen(so.attributes.disabledFeatures)]));
    for (const change of pending) {
      if (change.disabledFeatures) next.set(change.id, change.disabledFeatures);
      else next.delete(change.id);
    }
    spaces = next;
    loadedAt = now();
  }

  function refresh(): Promise<void> {
    inflight ??= load().finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  /** `undefined` features: the space is gone. */
  function record(id: string, disabledFeatures: readonly string[] | undefined): void {
    if (disabledFeatures) spaces.set(id, disabledFeatures);
    else spaces.delete(id);
    if (inflight) pending.push({ id, disabledFeatures });
  }

  async function fresh(): Promise<void> {
    if (now() - loadedAt >= ttlMs) await refresh();
  }

  return {
    refresh,
    async exists(id: string): Promise<boolean> {
      await fresh();
      return spaces.has(id);
    },
    /** The features switched off in a space; none for a space that does not exist. */
    async disabledFeatures(id: string): Promise<readonly string[]> {
      await fresh();
      return spaces.get(id) ?? NONE;
    },
    /** A space created or updated here. */
    saved: (id: string, disabledFeatures: readonly string[] = NONE) => record(id, frozen(disabledFeatures)),
    removed: (id: string) => record(id, undefined),
  };
}

const frozen = (features: readonly string[] | undefined): readonly string[] => (features?.length ? Object.freeze([...features]) : NONE);

export type SpaceIdCache = ReturnType<typeof createSpaceIdCache>;

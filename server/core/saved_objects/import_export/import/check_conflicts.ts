/**
 * What is already in the destination space where a batch's objects would go, as Kibana checks
 * it: the object itself (a `conflict` unless overwriting), or, for an object whose id is free,
 * earlier copies of it, found by `originId`: one copy is a conflict naming it (with overwrite,
 * the object is written over that copy), several are an `ambiguous_conflict`. Two objects of
 * the batch that are copies of one source matching one copy both get new ids instead, as in
 * Kibana. One or two finds per batch.
 */
import { f, MAX_RESULT_WINDOW, type FilterNode, type SavedObject, type SavedObjectsRepository, type SavedObjectsType } from '../../types';
import type { ImportErrorDetail } from '../types';

export interface ConflictCandidate {
  /** The id in the file. */
  id: string;
  /** The id it would be written under. */
  destinationId: string;
  originId?: string;
  overwrite: boolean;
  /** False when a retry named the destination: earlier copies are not looked for. */
  checkOrigins: boolean;
}

export type ConflictOutcome =
  | { kind: 'free' }
  | { kind: 'overwrite'; existing: SavedObject }
  /** An earlier copy, overwritten: the object is written under the copy's id. */
  | { kind: 'origin'; destinationId: string; existing: SavedObject }
  /** Several objects of the file are copies of one source matching one copy: each gets a new id. */
  | { kind: 'regenerate' }
  | { kind: 'error'; error: ImportErrorDetail };

export interface ConflictCheck {
  repository: SavedObjectsRepository;
  namespace: string;
  type: SavedObjectsType;
  candidates: ConflictCandidate[];
  /** True for an object the import itself writes: never taken for an earlier copy. */
  isImported(id: string): boolean;
}

const titleOf = (type: SavedObjectsType, object: SavedObject): string | undefined => {
  try {
    const getTitle = type.management?.getTitle;
    if (getTitle) return getTitle(object as SavedObject & { attributes: Record<string, unknown> });
  } catch {
    // A title is a courtesy; the object is still a destination.
  }
  const title = (object.attributes as Record<string, unknown> | undefined)?.title;
  return typeof title === 'string' ? title : undefined;
};

/** Kibana's order: the most recently updated first, then by id. */
const byRecency = (a: SavedObject, b: SavedObject): number => {
  const [x, y] = [a.updated_at ?? '', b.updated_at ?? ''];
  if (x !== y) return x < y ? 1 : -1;
  return a.id < b.id ? -1 : 1;
};

/** Every object of the type in the space that the filter selects (a page holds them but for a huge number of copies). */
async function findAll({ repository, namespace, type }: ConflictCheck, filter: FilterNode, sortField?: string): Promise<SavedObject[]> {
  const options = { type: type.name, namespace, filter, perPage: MAX_RESULT_WINDOW, ...(sortField ? { sortField } : {}) };
  const first = await repository.find(options);
  if (first.total <= first.saved_objects.length) return first.saved_objects;
  const finder = repository.createPointInTimeFinder(options);
  const all: SavedObject[] = [];
  try {
    for await (const page of finder.find()) for (const object of page.saved_objects) all.push(object);
  } finally {
    await finder.close();
  }
  return all;
}

/**
 * What the space holds of the batch: first the objects at the ids the batch would take (and
 * the originals the batch's copies came from), then, for the objects whose id is free, the
 * copies of their source by `originId`. Finds answer only what exists, so a batch of new objects
 * costs no "not found" per object; sorted by `originId`, the second find reads the originId
 * index alone.
 */
async function lookUp(check: ConflictCheck): Promise<{ byId: Map<string, SavedObject>; copies: SavedObject[] }> {
  const { candidates } = check;
  const ids = new Set(candidates.map((c) => c.destinationId));
  for (const candidate of candidates) if (candidate.checkOrigins && candidate.originId !== undefined) ids.add(candidate.originId);
  const byId = new Map((await findAll(check, f.terms('id', [...ids]))).map((object) => [object.id, object]));
  const sources = new Set(candidates.filter((c) => c.checkOrigins && !byId.has(c.destinationId)).map((c) => c.originId ?? c.id));
  const copies = sources.size === 0 ? [] : await findAll(check, f.terms('originId', [...sources]), 'originId');
  return { byId, copies };
}

export async function checkConflicts(check: ConflictCheck): Promise<ConflictOutcome[]> {
  const { type, candidates, isImported } = check;
  if (candidates.length === 0) return [];
  const { byId, copies: found } = await lookUp(check);
  const sourceOf = (candidate: ConflictCandidate) => candidate.originId ?? candidate.id;
  const bySource = new Map<string, SavedObject[]>();
  const addCopy = (source: string | undefined, object: SavedObject) => {
    if (source !== undefined) bySource.set(source, [...(bySource.get(source) ?? []).filter((o) => o.id !== object.id), object]);
  };
  for (const object of found) addCopy(object.originId, object);
  // A copy's original in the space is one of its destinations too.
  for (const candidate of candidates) {
    const original = candidate.originId === undefined ? undefined : byId.get(candidate.originId);
    if (original) addCopy(candidate.originId, original);
  }
  /** Earlier copies of a source: objects that are not the import's own. */
  const copiesOf = (source: string) => (bySource.get(source) ?? []).filter((o) => !isImported(o.id)).sort(byRecency);

  const outcomes: Array<ConflictOutcome | undefined> = candidates.map((candidate) => {
    const existing = byId.get(candidate.destinationId);
    if (existing === undefined) return candidate.checkOrigins ? undefined : { kind: 'free' };
    if (candidate.overwrite) return { kind: 'overwrite', existing };
    return {
      kind: 'error',
      error: { type: 'conflict', ...(candidate.destinationId !== candidate.id ? { destinationId: candidate.destinationId } : {}) },
    };
  });

  const copies = new Map<string, SavedObject[]>();
  const sourcesInBatch = new Map<string, number>();
  candidates.forEach((candidate, i) => {
    if (outcomes[i] !== undefined) return;
    const source = sourceOf(candidate);
    if (!copies.has(source)) copies.set(source, copiesOf(source));
    if (copies.get(source)!.length > 0) sourcesInBatch.set(source, (sourcesInBatch.get(source) ?? 0) + 1);
  });

  return candidates.map((candidate, i): ConflictOutcome => {
    const decided = outcomes[i];
    if (decided !== undefined) return decided;
    const destinations = copies.get(sourceOf(candidate)) ?? [];
    if (destinations.length === 0) return { kind: 'free' };
    if ((sourcesInBatch.get(sourceOf(candidate)) ?? 0) > 1) return { kind: 'regenerate' };
    if (destinations.length === 1) {
      const [only] = destinations;
      return candidate.overwrite
        ? { kind: 'origin', destinationId: only.id, existing: only }
        : { kind: 'error', error: { type: 'conflict', destinationId: only.id } };
    }
    return {
      kind: 'error',
      error: {
        type: 'ambiguous_conflict',
        destinations: destinations.map((d) => ({ id: d.id, title: titleOf(type, d), updatedAt: d.updated_at })),
      },
    };
  });
}

/**
 * What an export contains besides the objects asked for, as Kibana collects it, in rounds:
 * each type's `onExport` hook sees the round's objects of its type and may change them or add
 * objects that travel with them (a case brings its comments and user actions); added objects
 * get no hook of their own. With `includeReferencesDeep`, the round's references are read and
 * become the next round, hooks included, until nothing new turns up. Every object is
 * collected once (by type and id), across rounds and, for a streamed export, across pages.
 */
import type { Logger } from '../../../logging/types';
import type { SavedObject, SavedObjectsRepository, SavedObjectTypeRegistry } from '../../types';
import type { ExchangeRequestContext, SavedObjectsExportHook } from '../types';
import { invalidTransformError, objectTransformError } from './export_error';
import { fetchReferences, referencesToFollow } from './references_deep';
import { objectKey, type Keyed } from './sort_objects';

/** A hook sees at most this many objects per call, so its own queries stay bounded. */
export const HOOK_BATCH_SIZE = 1000;

/** Thrown by `collect` when the objects collected pass its limit. */
export class CollectionOverflow extends Error {
  constructor(limit: number) {
    super(`More than ${limit} objects collected`);
    this.name = 'CollectionOverflow';
  }
}

export interface CollectorDeps {
  registry: SavedObjectTypeRegistry;
  repository: SavedObjectsRepository;
  logger: Logger;
  context: ExchangeRequestContext;
  includeReferencesDeep: boolean;
}

export class ExportCollector {
  private readonly collected = new Set<string>();
  private readonly missing = new Map<string, Keyed>();

  constructor(private readonly deps: CollectorDeps) {}

  /** References followed and not found so far, each once, in the order met. */
  missingReferences(): Keyed[] {
    return [...this.missing.values()];
  }

  /**
   * The objects `roots` bring into the export that were not collected before: the roots as
   * their hooks return them, what the hooks add, and (deep) what they reference. Throws
   * CollectionOverflow as soon as more than `limit` are collected by this call.
   */
  async collect(roots: SavedObject[], limit = Number.POSITIVE_INFINITY): Promise<SavedObject[]> {
    const out: SavedObject[] = [];
    let current = roots;
    while (current.length > 0) {
      const round = await this.round(current, limit - out.length, limit);
      append(out, round);
      if (out.length > limit) throw new CollectionOverflow(limit);
      if (!this.deps.includeReferencesDeep) break;
      const known = (key: string) => this.collected.has(key) || this.missing.has(key);
      const references = referencesToFollow(round, this.deps.registry, known);
      if (references.length === 0) break;
      const { found, missing } = await fetchReferences(this.deps.repository, references, this.deps.context.namespace);
      for (const reference of missing) this.missing.set(objectKey(reference), reference);
      current = found;
    }
    return out;
  }

  /** One round: new objects through their hooks, then marked collected. */
  private async round(objects: SavedObject[], budget: number, limit: number): Promise<SavedObject[]> {
    const fresh = objects.filter((object) => !this.collected.has(objectKey(object)));
    const hooked = await this.applyHooks(fresh, budget, limit);
    const out: SavedObject[] = [];
    for (const object of hooked) {
      const key = objectKey(object);
      if (this.collected.has(key)) continue;
      if (!this.deps.registry.getType(object.type)) {
        // Nothing could stamp or import it: a hook bug, told to the log rather than to the user.
        this.deps.logger.warn(`An export hook added an object of unregistered type [${object.type}]; it is left out`);
        continue;
      }
      this.collected.add(key);
      out.push(object);
    }
    return out;
  }

  /**
   * Each type's hook on its objects, in batches; the order is the input's, additions after each
   * batch. Past `budget` objects it stops at once: what hooks add (a case's comments) can be many
   * times the roots, and an export that cannot be held goes page by page instead.
   */
  private async applyHooks(objects: SavedObject[], budget: number, limit: number): Promise<SavedObject[]> {
    const byType = new Map<string, SavedObject[]>();
    for (const object of objects) {
      const list = byType.get(object.type);
      if (list) list.push(object);
      else byType.set(object.type, [object]);
    }
    const out: SavedObject[] = [];
    for (const [typeName, list] of byType) {
      const hook = this.deps.registry.getType(typeName)?.management?.onExport;
      if (!hook) {
        append(out, list);
        continue;
      }
      for (let start = 0; start < list.length; start += HOOK_BATCH_SIZE) {
        const batch = list.slice(start, start + HOOK_BATCH_SIZE);
        append(out, await this.runHook(hook, batch));
        if (out.length > budget) throw new CollectionOverflow(limit);
      }
    }
    return out;
  }

  private async runHook(hook: SavedObjectsExportHook, batch: SavedObject[]): Promise<SavedObject[]> {
    let result: SavedObject[];
    try {
      result = await hook(this.deps.context, batch);
    } catch (error) {
      throw objectTransformError(batch, error);
    }
    if (!Array.isArray(result)) throw objectTransformError(batch, new Error('the export hook did not return a list of objects'));
    const returned = new Set(result.map(objectKey));
    const dropped = batch.map(objectKey).filter((key) => !returned.has(key));
    if (dropped.length > 0) throw invalidTransformError(dropped);
    return result;
  }
}

/** `target.push(...items)` without spreading: a spread of a hundred thousand objects overflows the stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

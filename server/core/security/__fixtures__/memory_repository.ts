/**
 * Test-only: the few SavedObjectsRepository methods security and spaces use, in memory, with
 * the contract's semantics (404/409 errors, versions, term/range filters, paging, sorting).
 * The real backends are held to the contract by their own suite.
 */
import { HttpError } from '../../errors';
import type {
  FilterNode,
  FilterValue,
  FindOptions,
  FindResult,
  SavedObject,
  SavedObjectsRepository,
  UnitOfWorkOperation,
  UnitOfWorkOptions,
  UnitOfWorkResult,
} from '../../saved_objects/types';

interface Stored {
  type: string;
  id: string;
  namespace?: string;
  attributes: Record<string, unknown>;
  version: number;
  created_at: string;
  updated_at: string;
}

const notFound = (type: string, id: string) => new HttpError(404, `Saved object [${type}/${id}] not found`);

function valuesAt(obj: Stored, path: string): unknown[] {
  if (path === 'id') return [obj.id];
  if (path === 'created_at' || path === 'updated_at') return [obj[path]];
  let current: unknown[] = [obj.attributes];
  for (const key of path.replace(/\.keyword$/, '').split('.')) {
    current = current.flatMap((v) => (v && typeof v === 'object' ? [(v as Record<string, unknown>)[key]] : []));
    current = current.flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v) => v !== undefined);
  }
  return current;
}

const cmp = (a: unknown, b: FilterValue) => (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;

function matches(obj: Stored, node: FilterNode): boolean {
  switch (node.op) {
    case 'and':
      return node.nodes.every((n) => matches(obj, n));
    case 'or':
      return node.nodes.some((n) => matches(obj, n));
    case 'not':
      return !matches(obj, node.node);
    case 'term':
      return valuesAt(obj, node.field).some((v) => v === node.value);
    case 'terms':
      return valuesAt(obj, node.field).some((v) => node.values.includes(v as FilterValue));
    case 'exists':
      return valuesAt(obj, node.field).some((v) => v !== null);
    case 'prefix':
      return valuesAt(obj, node.field).some((v) => typeof v === 'string' && v.startsWith(node.value));
    case 'range':
      return valuesAt(obj, node.field).some(
        (v) =>
          (node.gt === undefined || cmp(v, node.gt) > 0) &&
          (node.gte === undefined || cmp(v, node.gte) >= 0) &&
          (node.lt === undefined || cmp(v, node.lt) < 0) &&
          (node.lte === undefined || cmp(v, node.lte) <= 0),
      );
  }
}

export interface MemoryRepository extends SavedObjectsRepository {
  /** Every stored object, for assertions. */
  readonly objects: Map<string, Stored>;
  /** Calls of each method, for assertions such as "extended at most once a minute". */
  readonly calls: Record<string, number>;
}

export function createMemoryRepository(): MemoryRepository {
  const objects = new Map<string, Stored>();
  const calls: Record<string, number> = {};
  const count = (name: string) => (calls[name] = (calls[name] ?? 0) + 1);
  const key = (type: string, id: string) => `${type}:${id}`;
  let versions = 0;
  const toSaved = <T>(o: Stored): SavedObject<T> => ({
    id: o.id,
    type: o.type,
    attributes: structuredClone(o.attributes) as T,
    references: [],
    version: String(o.version),
    ...(o.namespace ? { namespaces: [o.namespace] } : {}),
    created_at: o.created_at,
    updated_at: o.updated_at,
  });

  async function find<T>(options: FindOptions): Promise<FindResult<T>> {
    count('find');
    const types = ([] as string[]).concat(options.type);
    let found = [...objects.values()].filter((o) => types.includes(o.type));
    if (options.filter) found = found.filter((o) => matches(o, options.filter!));
    if (options.sortField) {
      const dir = options.sortOrder === 'desc' ? -1 : 1;
      const field = options.sortField;
      found.sort((a, b) => dir * String(valuesAt(a, field)[0] ?? '').localeCompare(String(valuesAt(b, field)[0] ?? ''), 'en', { numeric: true }));
    }
    const page = options.page ?? 1;
    const perPage = options.perPage ?? 20;
    const slice = found.slice((page - 1) * perPage, page * perPage);
    return { saved_objects: slice.map((o) => toSaved<T>(o)), total: found.length, page, per_page: perPage };
  }

  async function counter(op: Extract<UnitOfWorkOperation, { kind: 'incrementCounter' }>, namespace?: string): Promise<number> {
    const existing = objects.get(key(op.type, op.id));
    const current = existing?.attributes[op.field];
    const value = (typeof current === 'number' ? current : (op.initial ?? 0)) + 1;
    if (existing) await repository.update(op.type, op.id, { [op.field]: value });
    else await repository.create(op.type, { [op.field]: value }, { id: op.id, namespace });
    return value;
  }

  async function applyOne(op: UnitOfWorkOperation, values: Map<string, number>, options: UnitOfWorkOptions): Promise<UnitOfWorkResult> {
    const { namespace } = options;
    switch (op.kind) {
      case 'incrementCounter': {
        const value = await counter(op, namespace);
        values.set(op.name, value);
        return { kind: 'incrementCounter', name: op.name, value };
      }
      case 'create': {
        const attributes = { ...op.attributes };
        for (const [field, name] of Object.entries(op.counters ?? {})) attributes[field] = values.get(name);
        return { kind: 'create', object: await repository.create(op.type, attributes, { id: op.id, namespace, overwrite: op.overwrite }) };
      }
      case 'update':
        return { kind: 'update', object: await repository.update(op.type, op.id, op.attributes, { version: op.version }) };
      case 'delete':
        await repository.delete(op.type, op.id);
        return { kind: 'delete', type: op.type, id: op.id };
    }
  }

  /** Sequential, restoring a snapshot of every object when a step fails: all or nothing. */
  async function unitOfWork(operations: UnitOfWorkOperation[], options: UnitOfWorkOptions = {}): Promise<UnitOfWorkResult[]> {
    count('unitOfWork');
    const snapshot = new Map([...objects].map(([k, o]) => [k, structuredClone(o)]));
    const values = new Map<string, number>();
    const results: UnitOfWorkResult[] = [];
    try {
      for (const op of operations) results.push(await applyOne(op, values, options));
      return results;
    } catch (error) {
      objects.clear();
      for (const [k, o] of snapshot) objects.set(k, o);
      throw error;
    }
  }

  const unsupported = (name: string) => async (): Promise<never> => {
    throw new Error(`memory repository: ${name} is not implemented`);
  };

  const repository: MemoryRepository = {
    objects,
    calls,
    unitOfWork,
    async create(type, attributes, options = {}) {
      count('create');
      const id = options.id ?? `generated-${++versions}`;
      const existing = objects.get(key(type, id));
      if (existing && !options.overwrite) throw new HttpError(409, `Saved object [${type}/${id}] conflict`);
      const at = new Date().toISOString();
      const stored: Stored = { type, id, namespace: options.namespace, attributes: structuredClone(attributes) as Record<string, unknown>, version: ++versions, created_at: at, updated_at: at };
      objects.set(key(type, id), stored);
      return toSaved(stored);
    },
    async get(type, id) {
      count('get');
      const o = objects.get(key(type, id));
      if (!o) throw notFound(type, id);
      return toSaved(o);
    },
    async update(type, id, attributes, options = {}) {
      count('update');
      const o = objects.get(key(type, id));
      if (!o) throw notFound(type, id);
      if (options.version !== undefined && options.version !== String(o.version)) {
        throw new HttpError(409, `Saved object [${type}/${id}] conflict`);
      }
      o.attributes = { ...o.attributes, ...structuredClone(attributes) };
      o.version = ++versions;
      o.updated_at = new Date().toISOString();
      return toSaved(o);
    },
    async delete(type, id) {
      count('delete');
      if (!objects.delete(key(type, id))) throw notFound(type, id);
    },
    async bulkDelete(list) {
      count('bulkDelete');
      return { statuses: list.map(({ type, id }) => ({ type, id, success: objects.delete(key(type, id)) })) };
    },
    find,
    createPointInTimeFinder<T>(options: Omit<FindOptions, 'page' | 'aggs'>) {
      return {
        async *find() {
          for (let page = 1; ; page += 1) {
            const result = await find<T>({ ...options, page, perPage: options.perPage ?? 100 });
            if (result.saved_objects.length > 0) yield result;
            if (page * result.per_page >= result.total) return;
          }
        },
        close: async () => undefined,
      };
    },
    async deleteByNamespace(namespace) {
      count('deleteByNamespace');
      let deleted = 0;
      for (const [k, o] of objects) if (o.namespace === namespace && objects.delete(k)) deleted += 1;
      return deleted;
    },
    bulkCreate: unsupported('bulkCreate'),
    bulkGet: unsupported('bulkGet'),
    bulkUpdate: unsupported('bulkUpdate'),
    incrementCounter: unsupported('incrementCounter'),
  };
  return repository;
}

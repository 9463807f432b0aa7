/**
 * Fault injection inside a unit of work on SQLite: a failure before any of its operations
 * leaves no trace of the unit, and takes nothing else of its commit group with it.
 */
import { TypeRegistry } from '../type_registry';
import type { SavedObjectsType, UnitOfWorkOperation } from '../types';
import { createSqliteBackend, type SqliteBackend } from './sqlite_backend';

const ITEM: SavedObjectsType = {
  name: 'item',
  namespaceType: 'single',
  mappings: { properties: { title: { type: 'text' }, status: { type: 'keyword' }, tags: { type: 'keyword' }, n: { type: 'long' } } },
};

const failAt: { index?: number } = {};

async function open(): Promise<SqliteBackend> {
  const registry = new TypeRegistry();
  registry.registerType(ITEM);
  registry.freeze();
  const backend = createSqliteBackend({
    path: ':memory:',
    registry,
    testHooks: {
      beforeOperation: (index) => {
        if (index === failAt.index) throw new Error(`injected failure before operation ${index}`);
      },
    },
  });
  await backend.start();
  return backend;
}

const UNIT: UnitOfWorkOperation[] = [
  { kind: 'incrementCounter', type: 'item', id: 'seq', field: 'n', name: 'n' },
  { kind: 'create', type: 'item', id: 'new', attributes: { title: 'new one', tags: ['a', 'b'] }, counters: { n: 'n' } },
  { kind: 'update', type: 'item', id: 'kept', attributes: { status: 'closed', tags: ['z'] } },
  { kind: 'delete', type: 'item', id: 'gone' },
  { kind: 'create', type: 'item', id: 'action', attributes: { title: 'its action' } },
];

describe('unit of work fault injection (sqlite)', () => {
  let backend: SqliteBackend;
  beforeEach(async () => {
    failAt.index = undefined;
    backend = await open();
    await backend.repository.create('item', { title: 'kept', status: 'open', tags: ['x'] }, { id: 'kept' });
    await backend.repository.create('item', { title: 'gone', tags: ['y'] }, { id: 'gone' });
  });
  afterEach(() => backend.close());

  /** Everything a find, a filter or a search could still see of the unit. */
  async function trace() {
    const repo = backend.repository;
    const all = await repo.find<{ title: string; status?: string; tags?: string[]; n?: number }>({ type: 'item', perPage: 100, sortField: 'id' });
    const byId = Object.fromEntries(all.saved_objects.map((o) => [o.id, o.attributes]));
    return {
      ids: Object.keys(byId).sort(),
      kept: byId.kept,
      counter: byId.seq?.n,
      tagged: (await repo.find({ type: 'item', filter: { op: 'term', field: 'tags', value: 'a' }, perPage: 0 })).total,
      searched: (await repo.find({ type: 'item', search: 'action', perPage: 0 })).total,
    };
  }

  it.each(UNIT.map((_, index) => index))('a failure before operation %i leaves no trace of the unit', async (index) => {
    const before = await trace();
    failAt.index = index;
    await expect(backend.repository.unitOfWork(UNIT)).rejects.toThrow(`injected failure before operation ${index}`);
    expect(await trace()).toEqual(before);
    expect(before).toMatchObject({ ids: ['gone', 'kept'], kept: { status: 'open', tags: ['x'] }, tagged: 0, searched: 0 });
  });

  it('without a failure the whole unit is there', async () => {
    await backend.repository.unitOfWork(UNIT);
    expect(await trace()).toEqual({
      ids: ['action', 'kept', 'new', 'seq'],
      kept: { title: 'kept', status: 'closed', tags: ['z'] },
      counter: 1,
      tagged: 1,
      searched: 1,
    });
  });

  it('a failed unit takes nothing else of its commit group with it', async () => {
    failAt.index = 2;
    const repo = backend.repository;
    const [before, unit, after] = await Promise.allSettled([
      repo.create('item', { title: 'before' }, { id: 'before' }),
      repo.unitOfWork(UNIT),
      repo.create('item', { title: 'after' }, { id: 'after' }),
    ]);
    expect([before.status, unit.status, after.status]).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await trace()).ids).toEqual(['after', 'before', 'gone', 'kept']);
  });
});

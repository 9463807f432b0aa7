/**
 * Finds on read workers: what they see (every acknowledged write), their time budget (a
 * query past it answers 503 and its worker is replaced), and their end with the backend.
 * The slow query is slow by construction: the test hook blocks its worker until it is ended,
 * so no assertion depends on the machine's speed.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpError } from '../../errors';
import { TypeRegistry } from '../type_registry';
import { f, type FindOptions, type SavedObjectsType } from '../types';
import { isHeavyRead, type ReadRequest } from './read_requests';
import { createSqliteBackend, type SqliteBackend } from './sqlite_backend';

const dir = mkdtempSync(join(tmpdir(), 'so-read-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const caseType: SavedObjectsType = {
  name: 'case',
  namespaceType: 'single',
  mappings: { properties: { title: { type: 'text' }, status: { type: 'keyword' }, tags: { type: 'keyword' } } },
  modelVersions: {
    1: { description: 'first shape' },
    2: { description: 'adds severity', migrate: (attributes) => ({ ...attributes, severity: 'low' }) },
  },
};

const STALL = 'stall-this-read';
const stalls = (request: ReadRequest) => request.options.search === STALL;

let counter = 0;
async function open(opts: { readWorkers: number; queryTimeoutMs?: number; readRouting?: 'heavy' | 'all' }): Promise<SqliteBackend & { path: string }> {
  const registry = new TypeRegistry();
  registry.registerType(caseType);
  registry.freeze();
  const path = join(dir, `pool-${++counter}.db`);
  // Every find through the pool: these tests are about the workers, whatever the query.
  const backend = createSqliteBackend({ path, registry, readRouting: 'all', ...opts, testHooks: { stallRead: stalls } });
  await backend.start();
  return Object.assign(backend, { path });
}

const stalledFind: FindOptions = { type: 'case', search: STALL };

describe('read pool', () => {
  it('answers a find issued right after an acknowledged write with that write, every time', async () => {
    const backend = await open({ readWorkers: 2 });
    const repo = backend.repository;
    try {
      const rounds = Array.from({ length: 40 }, async (_, i) => {
        await repo.create('case', { title: `case ${i}`, status: 'open', tags: [`t${i}`] }, { id: `c${i}` });
        const found = await repo.find({ type: 'case', filter: f.term('tags', `t${i}`) });
        return found.saved_objects.map((o) => o.id);
      });
      expect(await Promise.all(rounds)).toEqual(Array.from({ length: 40 }, (_, i) => [`c${i}`]));
      await repo.update('case', 'c0', { status: 'closed' });
      expect((await repo.find({ type: 'case', filter: f.term('status', 'closed') })).total).toBe(1);
      await repo.delete('case', 'c0');
      expect((await repo.find({ type: 'case', filter: f.term('status', 'closed') })).total).toBe(0);
    } finally {
      await backend.close();
    }
  });

  it('migrates rows read by a worker on the main thread, in finds and finder pages', async () => {
    const backend = await open({ readWorkers: 1 });
    try {
      await backend.repository.create('case', { title: 'migrated one' }, { id: 'm1' });
      await backend.repository.create('case', { title: 'migrated two' }, { id: 'm2' });
      // As a document from an older build: written at model version 1.
      const db = new Database(backend.path);
      db.prepare('UPDATE "so:case" SET model_version = 1').run();
      db.close();
      const found = await backend.repository.find({ type: 'case', search: 'migrated', sortField: 'id' });
      expect(found.saved_objects.map((o) => o.attributes)).toEqual([
        { title: 'migrated one', severity: 'low' },
        { title: 'migrated two', severity: 'low' },
      ]);
      const finder = backend.repository.createPointInTimeFinder({ type: 'case', perPage: 1 });
      const pages = [];
      for await (const page of finder.find()) pages.push(page);
      expect(pages.map((page) => [page.total, page.saved_objects.map((o) => [o.id, o.attributes])])).toEqual([
        [2, [['m1', { title: 'migrated one', severity: 'low' }]]],
        [2, [['m2', { title: 'migrated two', severity: 'low' }]]],
      ]);
    } finally {
      await backend.close();
    }
  });

  it('answers 503 naming the budget when a read passes it, and replaces the worker', async () => {
    const backend = await open({ readWorkers: 1, queryTimeoutMs: 200 });
    try {
      await backend.repository.create('case', { title: 'still here' }, { id: 'c1' });
      const error = await backend.repository.find(stalledFind).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).toBody()).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: expect.stringMatching(/longer than its time budget of 200 ms .*Narrow it/),
      });
      // The one worker was ended; a fresh one answers the next find.
      await expect(backend.repository.find({ type: 'case', search: 'still' })).resolves.toMatchObject({ total: 1 });
    } finally {
      await backend.close();
    }
  });

  it('keeps serving reads by id, writes and other finds while a worker is stuck', async () => {
    const backend = await open({ readWorkers: 2, queryTimeoutMs: 50_000 });
    const repo = backend.repository;
    let stuckSettled = false;
    const stuck = repo.find(stalledFind).then(
      () => 'answered',
      (error: Error) => error.message,
    );
    void stuck.then(() => {
      stuckSettled = true;
    });
    try {
      await repo.create('case', { title: 'meanwhile', status: 'open' }, { id: 'c1' });
      await expect(repo.get('case', 'c1')).resolves.toMatchObject({ id: 'c1' });
      await expect(repo.find({ type: 'case', filter: f.term('status', 'open') })).resolves.toMatchObject({ total: 1 });
      expect(stuckSettled).toBe(false);
    } finally {
      await backend.close();
    }
    // Closing ended the stuck worker and failed its read rather than leaving it pending.
    expect(await stuck).toMatch(/not started/);
  });

  it('by default keeps bounded finds on the main connection, so reading one case never queues behind a search', async () => {
    // One worker, stuck on a search: a bounded find (a filter, no search, no aggregations) still
    // answers, while an unfiltered find, which the pool takes, waits behind the search.
    const backend = await open({ readWorkers: 1, queryTimeoutMs: 50_000, readRouting: 'heavy' });
    const repo = backend.repository;
    const stuck = repo.find(stalledFind).catch((error: Error) => error.message);
    let unfilteredSettled = false;
    const unfiltered = repo.find({ type: 'case' }).then(
      () => 'answered',
      (error: Error) => error.message,
    );
    void unfiltered.then(() => {
      unfilteredSettled = true;
    });
    try {
      await repo.create('case', { title: 'meanwhile', status: 'open' }, { id: 'c1' });
      await expect(repo.find({ type: 'case', filter: f.term('status', 'open') })).resolves.toMatchObject({ total: 1 });
      expect(unfilteredSettled).toBe(false);
    } finally {
      await backend.close();
    }
    // The unfiltered find had queued behind the stuck search; closing failed both.
    expect(await unfiltered).toMatch(/not started/);
    expect(await stuck).toMatch(/not started/);
  });

  it('sends searches, aggregations and unfiltered finds to the pool, and bounded finds to the main connection', () => {
    const find = (options: Omit<FindOptions, 'type'>) => ({ op: 'find' as const, options: { type: 'case', ...options } });
    expect(isHeavyRead(find({ search: 'x', filter: f.term('status', 'open') }))).toBe(true);
    expect(isHeavyRead(find({ filter: f.term('status', 'open'), aggs: { s: { terms: { field: 'status' } } } }))).toBe(true);
    expect(isHeavyRead(find({}))).toBe(true);
    expect(isHeavyRead(find({ filter: f.term('case_id', 'c1') }))).toBe(false);
    expect(isHeavyRead({ op: 'finderPage', options: { type: 'case', filter: f.term('case_id', 'c1') }, sort: [], perPage: 1000, count: false })).toBe(false);
  });

  it('runs finds on the main connection with 0 workers, where no budget applies', async () => {
    const backend = await open({ readWorkers: 0, queryTimeoutMs: 1 });
    try {
      await expect(backend.repository.find(stalledFind)).resolves.toMatchObject({ total: 0 });
    } finally {
      await backend.close();
    }
  });

  it('refuses find options that are not plain data with 400', async () => {
    const backend = await open({ readWorkers: 1 });
    try {
      const options = { type: 'case', search: 'x', searchFields: [() => 'title'] } as unknown as FindOptions;
      await expect(backend.repository.find(options)).rejects.toMatchObject({ statusCode: 400 });
      await expect(backend.repository.find({ type: 'case' })).resolves.toMatchObject({ total: 0 });
    } finally {
      await backend.close();
    }
  });
});

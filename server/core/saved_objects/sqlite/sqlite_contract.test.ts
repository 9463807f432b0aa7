/**
 * The shared storage contract on a temporary SQLite file, then what only SQLite has:
 * WAL, durability across reopen, a schema that follows the mappings across restarts, and
 * query plans that use the indexes the design promises.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeRepositoryContract } from '../contract/repository_contract';
import { TypeRegistry } from '../type_registry';
import { f, type SavedObjectsType } from '../types';
import { createSqliteBackend, type SqliteBackend } from './sqlite_backend';

const dir = mkdtempSync(join(tmpdir(), 'so-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeRepositoryContract('sqlite', async (registry) => createSqliteBackend({ path: join(dir, 'contract.db'), registry }));

// The same answers when finds run on read workers, each on its own connection.
describe('with a read pool', () => {
  describeRepositoryContract('sqlite', async (registry) =>
    createSqliteBackend({ path: join(dir, 'contract-pool.db'), registry, readWorkers: 2, readRouting: 'all' }),
  );
});

const caseType = (extra: SavedObjectsType['mappings']['properties'] = {}): SavedObjectsType => ({
  name: 'case',
  namespaceType: 'single',
  mappings: {
    properties: {
      title: { type: 'text', fields: { keyword: { type: 'keyword' } } },
      status: { type: 'keyword' },
      tags: { type: 'keyword' },
      assignees: { properties: { uid: { type: 'keyword' } } },
      ...extra,
    },
  },
});

async function open(path: string, type: SavedObjectsType): Promise<SqliteBackend> {
  const registry = new TypeRegistry();
  registry.registerType(type);
  registry.freeze();
  const backend = createSqliteBackend({ path, registry });
  await backend.start();
  return backend;
}

const indexNames = (path: string): string[] => {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").pluck().all() as string[]);
  } finally {
    db.close();
  }
};

describe('sqlite backend specifics', () => {
  it('runs in WAL mode with full synchronous commits', async () => {
    const path = join(dir, 'wal.db');
    const backend = await open(path, caseType());
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    await backend.close();
  });

  it('keeps acknowledged data across close and reopen', async () => {
    const path = join(dir, 'reopen.db');
    const first = await open(path, caseType());
    await first.repository.create('case', { title: 'durable', tags: ['a'] }, { id: 'c1' });
    await first.close();
    const second = await open(path, caseType());
    await expect(second.repository.get('case', 'c1')).resolves.toMatchObject({ attributes: { title: 'durable' } });
    expect((await second.repository.find({ type: 'case', filter: f.term('tags', 'a') })).total).toBe(1);
    expect((await second.repository.find({ type: 'case', search: 'durable' })).total).toBe(1);
    await second.close();
  });

  it('builds its schema idempotently and indexes fields added to the mappings', async () => {
    const path = join(dir, 'schema.db');
    await (await open(path, caseType())).close();
    const before = indexNames(path);
    expect(before).toContain('so:case:ix:status');
    await (await open(path, caseType())).close();
    expect(indexNames(path)).toEqual(before);

    const grown = await open(path, caseType({ severity: { type: 'keyword' }, description: { type: 'text' } }));
    await grown.repository.create('case', { title: 't', description: 'searchable later' }, { id: 'c2' });
    expect((await grown.repository.find({ type: 'case', search: 'searchable' })).total).toBe(1);
    await grown.close();
    expect(indexNames(path)).toContain('so:case:ix:severity');
  });

  it('serves keyword, array and sort access from indexes, not table scans', async () => {
    const backend = await open(join(dir, 'plans.db'), caseType());
    await backend.repository.create('case', { title: 't', status: 'open', tags: ['x'], assignees: [{ uid: 'u1' }] });
    const plan = backend.explainFind({
      type: 'case',
      filter: f.and(f.term('status', 'open'), f.term('tags', 'x'), f.term('assignees.uid', 'u1')),
      sortField: 'updated_at',
      sortOrder: 'desc',
    });
    expect(plan.join('\n')).not.toMatch(/SCAN (t|"so:case:values")\b(?! USING)/);
    await backend.close();
  });

  it('adds origin_id to a database from before it, and indexes it', async () => {
    const path = join(dir, 'legacy-origin.db');
    const first = await open(path, caseType());
    await first.repository.create('case', { title: 'old' }, { id: 'c1' });
    await first.close();
    const db = new Database(path);
    db.exec('DROP INDEX "so:case:origin_id"; ALTER TABLE "so:case" DROP COLUMN origin_id');
    db.close();

    const second = await open(path, caseType());
    const old = await second.repository.get('case', 'c1');
    expect('originId' in old).toBe(false);
    await second.repository.create('case', { title: 'copy' }, { id: 'c2', originId: 'c1' });
    expect((await second.repository.find({ type: 'case', filter: f.term('originId', 'c1') })).saved_objects.map((o) => o.id)).toEqual(['c2']);
    // Import looks earlier copies up by originId: an index seek, not a scan of the space.
    const plan = second.explainFind({ type: 'case', filter: f.term('originId', 'c1') }).join('\n');
    expect(plan).toMatch(/USING (COVERING )?INDEX so:case:origin_id \(namespace=\? AND origin_id=\?\)/);
    expect(plan).not.toMatch(/SCAN t\b(?! USING)/);
    await second.close();
    expect(indexNames(path)).toContain('so:case:origin_id');
  });

  it('reports health and refuses calls after close', async () => {
    const backend = await open(':memory:', caseType());
    await expect(backend.health()).resolves.toEqual({ level: 'available', summary: 'SQLite is available' });
    await backend.close();
    await expect(backend.health()).resolves.toMatchObject({ level: 'unavailable' });
    await expect(backend.repository.get('case', 'x')).rejects.toThrow(/not started/);
  });

  it('refuses mapping keys it cannot index safely', async () => {
    const bad: SavedObjectsType = { name: 'bad', namespaceType: 'single', mappings: { properties: { "it's": { type: 'keyword' } } } };
    await expect(open(':memory:', bad)).rejects.toThrow(/keys must match/);
  });
});

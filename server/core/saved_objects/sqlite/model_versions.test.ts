/**
 * Model versions on SQLite: a row written by a build at version 1 is read by a build at
 * version 2 as version 2, whether the start migrated it in bulk or the read does.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TypeRegistry } from '../type_registry';
import { f, type SavedObjectsModelVersionMap, type SavedObjectsType } from '../types';
import { createSqliteBackend, type SqliteBackend } from './sqlite_backend';

const dir = mkdtempSync(join(tmpdir(), 'so-model-versions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const V1: SavedObjectsModelVersionMap = { 1: { description: 'widgets have a name' } };
const V2: SavedObjectsModelVersionMap = {
  ...V1,
  2: {
    description: 'name becomes title',
    migrate: ({ name, ...rest }) => ({ ...rest, title: name }),
  },
};
const V3: SavedObjectsModelVersionMap = { ...V2, 3: { description: 'adds a colour', migrate: (a) => ({ ...a, colour: 'red' }) } };

const widget = (modelVersions: SavedObjectsModelVersionMap): SavedObjectsType => ({
  name: 'widget',
  namespaceType: 'single',
  mappings: { properties: { name: { type: 'keyword' }, title: { type: 'keyword' }, note: { type: 'text' } } },
  modelVersions,
});

async function open(path: string, modelVersions: SavedObjectsModelVersionMap, bulkMigrationLimit?: number): Promise<SqliteBackend> {
  const registry = new TypeRegistry();
  registry.registerType(widget(modelVersions));
  registry.freeze();
  const backend = createSqliteBackend({ path, registry, bulkMigrationLimit });
  await backend.start();
  return backend;
}

const storedVersion = (path: string, id: string): number => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT model_version FROM "so:widget" WHERE id = ?').pluck().get(id) as number;
  } finally {
    db.close();
  }
};

async function writeAtV1(path: string, count = 1): Promise<void> {
  const v1 = await open(path, V1);
  for (let i = 1; i <= count; i++) await v1.repository.create('widget', { name: `w${i}`, note: 'old' }, { id: `w${i}` });
  await v1.close();
}

describe('model versions on SQLite', () => {
  it('reads a document written at version 1 back at version 2, migrated in bulk at start', async () => {
    const path = join(dir, 'bulk.db');
    await writeAtV1(path);
    expect(storedVersion(path, 'w1')).toBe(1);

    const v2 = await open(path, V2);
    const read = await v2.repository.get('widget', 'w1');
    expect(read.attributes).toEqual({ title: 'w1', note: 'old' });
    // The start rewrote the row, so its new mapped value is searchable.
    expect(storedVersion(path, 'w1')).toBe(2);
    const found = await v2.repository.find({ type: 'widget', filter: f.term('title', 'w1') });
    expect(found.saved_objects.map((o) => o.attributes)).toEqual([{ title: 'w1', note: 'old' }]);
    expect((await v2.repository.find({ type: 'widget', search: 'old' })).total).toBe(1);
    // The logical object did not change, so a version read before the migration still updates it.
    await expect(v2.repository.update('widget', 'w1', { note: 'new' }, { version: read.version })).resolves.toBeDefined();
    await v2.close();
  });

  it('migrates on read when too many rows wait, and an update rewrites the row at the latest version', async () => {
    const path = join(dir, 'deferred.db');
    await writeAtV1(path, 3);
    const v2 = await open(path, V2, 2);
    expect(storedVersion(path, 'w1')).toBe(1);
    await expect(v2.repository.get('widget', 'w1')).resolves.toMatchObject({ attributes: { title: 'w1', note: 'old' } });
    const bulk = await v2.repository.bulkGet([{ type: 'widget', id: 'w2' }]);
    expect(bulk.saved_objects[0]).toMatchObject({ attributes: { title: 'w2' } });
    const page = await v2.repository.find({ type: 'widget', sortField: 'id', sortOrder: 'asc', fields: ['title'] });
    expect(page.saved_objects.map((o) => o.attributes)).toEqual([{ title: 'w1' }, { title: 'w2' }, { title: 'w3' }]);
    // Not yet rewritten: the filter reads what is stored.
    expect((await v2.repository.find({ type: 'widget', filter: f.term('title', 'w1') })).total).toBe(0);

    const updated = await v2.repository.update('widget', 'w1', { note: 'patched' });
    expect(updated.attributes).toEqual({ title: 'w1', note: 'patched' });
    expect(storedVersion(path, 'w1')).toBe(2);
    expect((await v2.repository.find({ type: 'widget', filter: f.term('title', 'w1') })).total).toBe(1);
    await v2.close();

    // A later start with room enough finishes the job.
    const again = await open(path, V2);
    expect(storedVersion(path, 'w3')).toBe(2);
    expect((await again.repository.find({ type: 'widget', filter: f.term('title', 'w3') })).total).toBe(1);
    await again.close();
  });

  it('adds the column to a database from before model versions, its rows at version 1', async () => {
    const path = join(dir, 'legacy.db');
    await writeAtV1(path);
    const db = new Database(path);
    db.exec('ALTER TABLE "so:widget" DROP COLUMN model_version; ALTER TABLE so_meta_types DROP COLUMN model_version');
    db.close();

    const v2 = await open(path, V2);
    await expect(v2.repository.get('widget', 'w1')).resolves.toMatchObject({ attributes: { title: 'w1', note: 'old' } });
    expect((await v2.repository.find({ type: 'widget', filter: f.term('title', 'w1') })).total).toBe(1);
    await v2.close();
    expect(storedVersion(path, 'w1')).toBe(2);
  });

  it('runs every step from an old version to the latest', async () => {
    const path = join(dir, 'steps.db');
    await writeAtV1(path);
    const v3 = await open(path, V3, 0);
    await expect(v3.repository.get('widget', 'w1')).resolves.toMatchObject({ attributes: { title: 'w1', note: 'old', colour: 'red' } });
    await v3.close();
  });

  it('stamps new writes with the latest version', async () => {
    const path = join(dir, 'stamp.db');
    const v2 = await open(path, V2);
    await v2.repository.create('widget', { title: 'fresh' }, { id: 'n1' });
    await v2.repository.incrementCounter('widget', 'n2', 'count');
    await v2.close();
    expect(storedVersion(path, 'n1')).toBe(2);
    expect(storedVersion(path, 'n2')).toBe(2);
    const reopened = await open(path, V2);
    await expect(reopened.repository.get('widget', 'n1')).resolves.toMatchObject({ attributes: { title: 'fresh' } });
    await reopened.close();
  });

  it('refuses a document of a newer model version with a 422 that names it, without failing the start', async () => {
    const path = join(dir, 'newer.db');
    const v2 = await open(path, V2);
    await v2.repository.create('widget', { title: 'from the future' }, { id: 'f1' });
    await v2.repository.create('widget', { title: 'fine' }, { id: 'f2' });
    await v2.close();
    const db = new Database(path);
    db.prepare('UPDATE "so:widget" SET model_version = 1 WHERE id = ?').run('f2');
    db.close();

    const v1 = await open(path, V1);
    const message = 'Saved object [widget/f1] is at model version 2, newer than the latest version this build knows for type [widget], 1';
    await expect(v1.repository.get('widget', 'f1')).rejects.toMatchObject({ statusCode: 422, message });
    const bulk = await v1.repository.bulkGet([{ type: 'widget', id: 'f1' }, { type: 'widget', id: 'f2' }]);
    expect(bulk.saved_objects[0]).toMatchObject({ error: { statusCode: 422, error: 'Unprocessable Entity', message } });
    expect(bulk.saved_objects[1]).toMatchObject({ attributes: { title: 'fine' } });
    await expect(v1.repository.update('widget', 'f1', { title: 'x' })).rejects.toMatchObject({ statusCode: 422 });
    await v1.close();
  });
});

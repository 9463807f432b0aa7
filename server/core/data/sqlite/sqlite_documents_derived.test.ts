/**
 * The set-wise field changes keep what the saved-objects layout derives (values rows, facet
 * rows, FTS rows) exactly as the row-by-row reindex would: after a run of changes, the side
 * tables equal those a full reindex rebuilds from the rows themselves.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteBackend } from '../../saved_objects/sqlite/sqlite_backend';
import { WriteTx } from '../../saved_objects/sqlite/write_ops';
import { TypeRegistry } from '../../saved_objects/type_registry';
import { f } from '../../saved_objects/types';
import { createDataService } from '../data_service';
import { contractFamily, sampleDocuments } from '../contract/documents_fixtures';
import { familyType, createSqliteDocumentsBackend } from './sqlite_documents';

const dir = mkdtempSync(join(tmpdir(), 'documents-derived-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const definition = { ...contractFamily('derived'), mappings: { properties: { ...contractFamily('derived').mappings.properties, note: { type: 'text' as const } } } };

function sideTables(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    return {
      values: db.prepare('SELECT field, value, rid FROM "so:contract_docs:values" ORDER BY field, value, rid').all(),
      facets: db.prepare('SELECT field, value, namespace, f0, f1, rid FROM "so:contract_docs:facets" ORDER BY rid, field, value').all(),
      fts: db.prepare(`SELECT rowid FROM "so:contract_docs:fts" WHERE "so:contract_docs:fts" MATCH 'malware OR rewritten OR login' ORDER BY rowid`).all(),
    };
  } finally {
    db.close();
  }
}

/** Rebuilds every derived row from the stored rows, as the saved-objects layer writes them. */
async function reindexAll(path: string): Promise<void> {
  const registry = new TypeRegistry();
  registry.registerType(familyType(definition));
  const backend = createSqliteBackend({ path, registry });
  await backend.start();
  const ctx = backend.context();
  const schema = ctx.schemaOf(definition.name);
  ctx.write(() => {
    const tx = new WriteTx(ctx);
    const rows = ctx.db.prepare(`SELECT rid, json(attributes) AS attributes, refs FROM ${schema.main}`).all() as Array<{ rid: number; attributes: string; refs: string }>;
    for (const row of rows) tx.reindex(schema, row.rid, JSON.parse(row.attributes), JSON.parse(row.refs), false);
  });
  await backend.close();
}

it('leaves the side tables as a full reindex would', async () => {
  const path = join(dir, 'derived.sqlite');
  const service = createDataService();
  service.setup.registerIndex(definition);
  const data = await service.start(createSqliteDocumentsBackend({ path }));
  const one = data.getIndexClient(definition.name, 'one');
  const two = data.getIndexClient(definition.name, 'two');
  await one.bulkCreate(sampleDocuments());
  await two.bulkCreate(sampleDocuments());
  await one.addToArray(['d1', 'd2', 'd6'], 'tags', 'case-a');
  await two.addToArray(['d1'], 'tags', 'case-a');
  await one.updateFields(['d1', 'd5'], { status: 'closed', 'host.name': 'omega' });
  await one.updateFields(['d2'], { tags: ['solo'], note: 'rewritten by hand' });
  await one.updateFields(['d3'], { message: 'login seen' });
  await one.removeFromArray('all', 'tags', 'case-a');
  await one.removeFromArray(['d4'], 'tags', 'z');
  await one.bulkDelete(['d5']);
  expect((await one.search({ perPage: 0, filter: f.and(f.term('status', 'closed'), f.term('host.name', 'omega')) })).total).toBe(1);
  await service.stop();

  const before = sideTables(path);
  expect(before.values.length).toBeGreaterThan(0);
  expect(before.facets.length).toBeGreaterThan(0);
  await reindexAll(path);
  expect(sideTables(path)).toEqual(before);
});

it('removes a value across an index through the values index, refusing an unmapped field', async () => {
  const service = createDataService();
  service.setup.registerIndex(definition);
  const data = await service.start(createSqliteDocumentsBackend({ path: ':memory:' }));
  const client = data.getIndexClient(definition.name, 'default');
  await client.bulkCreate(sampleDocuments());
  await expect(client.removeFromArray('all', 'unmapped.list', 'x')).rejects.toMatchObject({ statusCode: 400 });
  await expect(client.updateFields(['d1'], { 'bad path!': 1 })).rejects.toMatchObject({ statusCode: 400 });
  // Concurrent additions to the same documents: neither is lost.
  await Promise.all([client.addToArray(['d1', 'd2'], 'tags', 'c1'), client.addToArray(['d1', 'd2'], 'tags', 'c2')]);
  const [d1] = await client.bulkGet(['d1']);
  expect(d1?._source.tags).toEqual(['x', 'y', 'c1', 'c2']);
  await service.stop();
});

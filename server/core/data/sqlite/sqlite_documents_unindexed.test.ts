/**
 * The `unindexed` storage hint: a mapped field without an expression index of its own answers
 * every filter, sort and aggregation exactly as an indexed one, and the hint added to an
 * existing database drops the index at the next start.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { f } from '../../saved_objects/types';
import { createDataService } from '../data_service';
import { contractFamily, sampleDocuments } from '../contract/documents_fixtures';
import type { DocumentIndexClient, DocumentIndexDefinition, DocumentSearchOptions } from '../types';
import { createSqliteDocumentsBackend } from './sqlite_documents';

const dir = mkdtempSync(join(tmpdir(), 'documents-unindexed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const family = (name: string, unindexed?: string[]): DocumentIndexDefinition => ({
  ...contractFamily(name),
  name,
  pattern: `${name}-{spaceId}`,
  ...(unindexed ? { unindexed } : {}),
});

const UNINDEXED = ['score', '@timestamp'];

async function open(path: string, definitions: DocumentIndexDefinition[]) {
  const service = createDataService();
  for (const definition of definitions) service.setup.registerIndex(definition);
  const data = await service.start(createSqliteDocumentsBackend({ path }));
  return { service, client: (name: string) => data.getIndexClient(name, 'default') };
}

function expressionIndexes(path: string, table: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const names = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND name LIKE ?`).pluck().all(table, `${table}:ix:%`) as string[];
    return names.map((name) => name.slice(`${table}:ix:`.length)).sort();
  } finally {
    db.close();
  }
}

const queries: DocumentSearchOptions[] = [
  { filter: f.range('score', { gte: 20, lt: 40 }), sort: [{ field: 'doc.id', order: 'asc' }] },
  { filter: f.and(f.term('status', 'open'), f.term('score', 30)) },
  { filter: f.range('@timestamp', { gte: '2024-03-01T11:30:00.000Z' }), sort: [{ field: '@timestamp', order: 'desc' }] },
  { sort: [{ field: 'score', order: 'desc' }, { field: 'doc.id', order: 'asc' }], page: 2, perPage: 2 },
  { perPage: 0, aggs: { scores: { terms: { field: 'score', size: 10 } }, top: { max: { field: 'score' } } } },
];

/** Without `_index`, which names the family. */
async function answers(client: DocumentIndexClient) {
  const results = await Promise.all(queries.map((query) => client.search(query)));
  return results.map(({ hits, ...rest }) => ({ ...rest, hits: hits.map(({ _id, _source }) => ({ _id, _source })) }));
}

it('answers as an indexed field does, with no expression index of its own', async () => {
  const path = join(dir, 'same.sqlite');
  const { service, client } = await open(path, [family('indexed_docs'), family('unindexed_docs', UNINDEXED)]);
  for (const name of ['indexed_docs', 'unindexed_docs']) {
    await client(name).bulkCreate(sampleDocuments());
    await client(name).updateFields(['d1', 'd2'], { score: 30 });
  }
  const indexed = await answers(client('indexed_docs'));
  expect(indexed[0].total).toBe(5);
  expect(await answers(client('unindexed_docs'))).toEqual(indexed);
  await service.stop();
  expect(expressionIndexes(path, 'so:indexed_docs')).toEqual(expect.arrayContaining(['@timestamp', 'score', 'status']));
  const unindexed = expressionIndexes(path, 'so:unindexed_docs');
  expect(unindexed).toContain('status');
  expect(unindexed).not.toContain('score');
  expect(unindexed).not.toContain('@timestamp');
});

it('drops the index when the hint is added to a stored family, keeping its documents', async () => {
  const path = join(dir, 'later.sqlite');
  const first = await open(path, [family('later_docs')]);
  await first.client('later_docs').bulkCreate(sampleDocuments());
  const before = await answers(first.client('later_docs'));
  await first.service.stop();
  expect(expressionIndexes(path, 'so:later_docs')).toContain('score');

  const second = await open(path, [family('later_docs', UNINDEXED)]);
  expect(await answers(second.client('later_docs'))).toEqual(before);
  await second.service.stop();
  expect(expressionIndexes(path, 'so:later_docs')).not.toContain('score');
});

it.each([
  ['an unmapped field', ['not.mapped']],
  ['a facet', ['status']],
])('refuses to start with %s declared unindexed', async (_, unindexed) => {
  await expect(open(':memory:', [family('bad_docs', unindexed)])).rejects.toThrow(/unindexed/);
});

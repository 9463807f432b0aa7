/**
 * Facets are a storage hint: every find must answer exactly as it does without them. Two
 * types hold the same objects, one declaring facets and one not, and every filter shape is
 * asked of both; then the plans show the facets index doing the work.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TypeRegistry } from '../type_registry';
import { f, type FilterNode, type FindOptions, type SavedObjectsType } from '../types';
import { RANGE_ESTIMATE_LIMIT, walkedRange } from './facet_probes';
import { createSqliteBackend, type SqliteBackend } from './sqlite_backend';
import { sql } from './sql_text';

const dir = mkdtempSync(join(tmpdir(), 'so-facets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const type = (name: string, facets?: string[], unfaceted?: string[]): SavedObjectsType => ({
  name,
  namespaceType: 'single',
  ...(facets ? { facets } : {}),
  ...(unfaceted ? { unfaceted } : {}),
  mappings: {
    properties: {
      title: { type: 'text' },
      owner: { type: 'keyword' },
      status: { type: 'keyword' },
      severity: { type: 'keyword' },
      tags: { type: 'keyword' },
      created_at: { type: 'date' },
    },
  },
});

async function open(path: string, types: SavedObjectsType[]): Promise<SqliteBackend> {
  const registry = new TypeRegistry();
  for (const t of types) registry.registerType(t);
  registry.freeze();
  const backend = createSqliteBackend({ path, registry });
  await backend.start();
  return backend;
}

const OWNERS = ['a', 'b'];
const STATUSES = ['open', 'closed', 'in-progress'];
const SEVERITIES = ['low', 'high', null];
const TAGS = ['x', 'y', 'z'];

function attributes(n: number) {
  const tags = TAGS.filter((_, i) => (n >> i) % 2 === 1);
  return {
    title: `object ${n}`,
    owner: OWNERS[n % 2],
    status: STATUSES[n % 3],
    severity: SEVERITIES[(n >> 2) % 3],
    // The first objects hold a single tag, not an array: the field turns multi-valued later.
    tags: n < 3 ? (tags[0] ?? 'x') : tags,
    created_at: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
  };
}

describe('facets', () => {
  let backend: SqliteBackend;

  beforeAll(async () => {
    backend = await open(join(dir, 'facets.db'), [
      type('plain'),
      type('faceted', ['owner', 'status', 'severity']),
      // Tags kept out of the facets table: every find must still answer as the others do.
      type('tagless', ['owner', 'status', 'severity'], ['tags']),
    ]);
    for (let n = 0; n < 60; n++) {
      for (const name of ['plain', 'faceted', 'tagless']) {
        await backend.repository.create(name, attributes(n), { id: `o${n}`, namespace: n % 5 === 0 ? 'other' : undefined });
      }
    }
    // Facets follow updates and deletes.
    for (const name of ['plain', 'faceted', 'tagless']) {
      await backend.repository.update(name, 'o7', { status: 'closed', tags: ['x', 'z'] });
      await backend.repository.delete(name, 'o8');
    }
  });
  afterAll(() => backend.close());

  const filters: Array<[string, FilterNode]> = [
    ['one tag and three facets', f.and(f.terms('owner', OWNERS), f.term('tags', 'x'), f.terms('status', ['open']), f.term('severity', 'low'))],
    ['two tags (objects with both count once)', f.and(f.terms('tags', ['x', 'y']), f.terms('owner', ['a']))],
    ['nested conjunctions', f.and(f.and(f.term('tags', 'z'), f.term('status', 'closed')), f.term('owner', 'b'))],
    ['a tag alone', f.term('tags', 'y')],
    ['facets alone', f.and(f.terms('owner', OWNERS), f.term('severity', 'low'))],
    ['a facet with no value that matches', f.and(f.term('tags', 'x'), f.term('status', 'nope'))],
    ['a range besides (general path)', f.and(f.term('tags', 'x'), f.term('status', 'open'), f.range('created_at', { gte: '2026-01-01T00:20:00.000Z' }))],
    // Several array filters: one range walked, the others probed (objects without severity too).
    ['two tags ANDed', f.and(f.term('tags', 'x'), f.term('tags', 'y'), f.terms('owner', OWNERS))],
    ['two tags ANDed under three facets', f.and(f.term('tags', 'y'), f.term('owner', 'b'), f.term('tags', 'z'), f.terms('status', ['open', 'closed']), f.term('severity', 'high'))],
    ['three array filters, two naming several values', f.and(f.terms('tags', ['x', 'y']), f.term('tags', 'z'), f.terms('tags', ['y', 'z']))],
    // The smaller range, walked, names two values an object may both hold: it counts once.
    ['a walked range with two values, probed by a larger one', f.and(f.terms('tags', ['x', 'y', 'z']), f.terms('tags', ['y', 'z']))],
    ['a tag ANDed with itself', f.and(f.term('tags', 'z'), f.terms('tags', ['z']), f.term('status', 'closed'))],
  ];

  it.each(filters)('answers %s exactly as without facets', async (_name, filter) => {
    for (const namespace of [undefined, 'other']) {
      const ask = (typeName: string) => {
        const options: FindOptions = {
          type: typeName,
          filter,
          namespace,
          sort: [{ field: 'created_at', order: 'desc' }],
          perPage: 5,
          aggs: { statuses: { terms: { field: 'status', size: 5 } }, severities: { terms: { field: 'severity', size: 5, missing: 'none' } } },
        };
        return backend.repository.find(options);
      };
      const [plain, faceted, tagless] = await Promise.all([ask('plain'), ask('faceted'), ask('tagless')]);
      for (const hinted of [faceted, tagless]) {
        expect(hinted.total).toBe(plain.total);
        expect(hinted.saved_objects.map((o) => o.id)).toEqual(plain.saved_objects.map((o) => o.id));
        expect(hinted.aggregations).toEqual(plain.aggregations);
      }
    }
  });

  it('finds something for the filters that should match', async () => {
    for (const [, filter] of [...filters.slice(0, 5), ...filters.slice(6)]) {
      const found = await backend.repository.find({ type: 'faceted', filter, perPage: 0 });
      expect(found.total).toBeGreaterThan(0);
    }
  });

  it('answers a tag with facets from the facets index', () => {
    const plan = backend.explainFind({ type: 'faceted', filter: filters[0][1], sort: [{ field: 'created_at', order: 'desc' }] });
    expect(plan.join('\n')).toMatch(/COVERING INDEX so:faceted:facets:range \(field=\? AND value=\? AND namespace=\? AND f0=\? AND f1=\? AND f2=\?\)/);
  });

  it('keeps an unfaceted array out of the facets table, and filters on it take the general path', () => {
    const tagRows = backend.explainFind({ type: 'tagless', filter: filters[0][1], sort: [{ field: 'created_at', order: 'desc' }] }).join('\n');
    expect(tagRows).not.toMatch(/so:tagless:facets:range \(field=\? AND value=\?/);
    const counted = backend.repository.find({ type: 'tagless', filter: f.and(f.terms('owner', OWNERS), f.term('severity', 'low')), perPage: 0 });
    // Facets alone still range over the objects' own rows.
    return expect(counted.then((r) => r.total)).resolves.toBeGreaterThan(0);
  });

  it('answers several array filters by walking one range and probing the index for the others', () => {
    for (const [, filter] of filters.slice(7)) {
      const plan = backend.explainFind({ type: 'faceted', filter, sort: [{ field: 'created_at', order: 'desc' }] }).join('\n');
      expect(plan).toMatch(/SEARCH g EXISTS USING COVERING INDEX so:faceted:facets:range \(field=\? AND value=\? AND namespace=\? AND f0=\? AND f1=\? AND f2=\? AND rid=\?\)/);
      expect(plan).not.toMatch(/SCAN/);
    }
  });

  it('builds the facets of existing objects when a type starts declaring them', async () => {
    const path = join(dir, 'later.db');
    const before = await open(path, [type('t')]);
    await before.repository.create('t', attributes(5), { id: 'one' });
    await before.repository.create('t', attributes(6), { id: 'two' });
    await before.close();
    const after = await open(path, [type('t', ['status'])]);
    const found = await after.repository.find({
      type: 't',
      filter: f.and(f.term('tags', 'y'), f.term('status', STATUSES[6 % 3])),
      perPage: 10,
    });
    expect(after.explainFind({ type: 't', filter: f.and(f.term('tags', 'y'), f.term('status', 'open')) }).join('\n')).toMatch(/facets:range/);
    expect(found.saved_objects.map((o) => o.id)).toEqual(['two']);
    await after.close();
  });

  it('refuses a facet that is not a mapped keyword field', async () => {
    await expect(open(join(dir, 'bad.db'), [type('bad', ['title'])])).rejects.toThrow(/facets must be mapped keyword fields/);
  });
});

describe('the range several array filters walk', () => {
  const ranges = ['a', 'b', 'c'].map((name) => sql(name));
  const sizes = (counts: Record<string, number>) => {
    const asked: Array<[string, number]> = [];
    const rangeSize = (range: { sql: string }, limit: number) => {
      asked.push([range.sql, limit]);
      return Math.min(counts[range.sql], limit);
    };
    return { asked, rangeSize };
  };

  it('is the smallest, counted up to the limit', () => {
    const { asked, rangeSize } = sizes({ a: 9_000, b: 40, c: 700 });
    expect(walkedRange(ranges, rangeSize)).toBe(1);
    expect(asked).toEqual(ranges.map((r) => [r.sql, RANGE_ESTIMATE_LIMIT]));
  });

  it('is the first when every range reaches the limit, and counting stops at an empty one', () => {
    expect(walkedRange(ranges, sizes({ a: 1e6, b: 1e6, c: 2e6 }).rangeSize)).toBe(0);
    const { asked, rangeSize } = sizes({ a: 5, b: 0, c: 1 });
    expect(walkedRange(ranges, rangeSize)).toBe(1);
    expect(asked.map(([name]) => name)).toEqual(['a', 'b']);
  });
});

/** Writes: idempotent ingest, per-item errors, reads by id, field changes, deletes, spaces. */
import { f } from '../../saved_objects/types';
import { CONTRACT_FAMILY } from './documents_fixtures';
import { expectStatus, hitIds, type DocumentsContractEnv } from './documents_contract_env';

export function describeWritesContract(env: DocumentsContractEnv): void {
  describe('bulkCreate and bulkGet', () => {
    it('stores dotted and nested documents alike, returns them nested, and is idempotent on the id', async () => {
      const client = env.client('create');
      expect(client.index).toBe(env.data().indexName(CONTRACT_FAMILY, env.space('create')));
      const first = await client.bulkCreate([
        { 'doc.id': 'a', 'host.name': 'alpha', status: 'open' },
        { doc: { id: 'b' }, host: { name: 'alpha' }, status: 'open' },
      ]);
      expect(first).toEqual([{ id: 'a', status: 'created' }, { id: 'b', status: 'created' }]);
      const again = await client.bulkCreate([{ doc: { id: 'a' }, status: 'closed' }, { 'doc.id': 'c', status: 'open' }]);
      expect(again).toEqual([{ id: 'a', status: 'exists' }, { id: 'c', status: 'created' }]);
      const [a, b] = await client.bulkGet(['a', 'b']);
      expect(a).toEqual({ _id: 'a', _index: client.index, _source: { doc: { id: 'a' }, host: { name: 'alpha' }, status: 'open' } });
      expect(b?._source).toEqual({ doc: { id: 'b' }, host: { name: 'alpha' }, status: 'open' });
      const byHost = await client.search({ filter: f.term('host.name', 'alpha') });
      expect(hitIds(byHost.hits).sort()).toEqual(['a', 'b']);
    });

    it('fails only the bad items: no id, a non-string id, an id over 512 characters', async () => {
      const client = env.client('errors');
      const results = await client.bulkCreate([
        { status: 'open' },
        { 'doc.id': 42 },
        { 'doc.id': 'x'.repeat(513) },
        { 'doc.id': 'good' },
      ]);
      expect(results.slice(0, 3).map((r) => r.status)).toEqual(['error', 'error', 'error']);
      for (const result of results.slice(0, 3)) expect(result).toMatchObject({ error: { statusCode: 400 } });
      expect(results[3]).toEqual({ id: 'good', status: 'created' });
      expect((await client.search({ perPage: 0 })).total).toBe(1);
    });

    it('answers bulkGet in the order asked, undefined for misses', async () => {
      const client = await env.seeded('get');
      const found = await client.bulkGet(['d3', 'missing', 'd1']);
      expect(found.map((hit) => hit?._id)).toEqual(['d3', undefined, 'd1']);
      expect(found[0]?._source).toMatchObject({ doc: { id: 'd3' }, host: { name: 'alpha' }, score: 20 });
    });
  });

  describe('updateFields', () => {
    it('sets scalars, arrays and null on the ids given, skipping unknown ids, and searches see it', async () => {
      const client = await env.seeded('update');
      const result = await client.updateFields(['d1', 'd2', 'nope'], { status: 'acknowledged', tags: ['p', 'q'], 'host.name': null, score: 99 });
      expect(result).toEqual({ updated: 2 });
      const [d1] = await client.bulkGet(['d1']);
      expect(d1?._source).toMatchObject({ status: 'acknowledged', tags: ['p', 'q'], score: 99, message: 'malware found on disk' });
      expect((d1?._source.host as Record<string, unknown> | undefined)?.name ?? null).toBeNull();
      expect(hitIds((await client.search({ filter: f.term('status', 'acknowledged'), sort: [{ field: 'doc.id', order: 'asc' }] })).hits)).toEqual(['d1', 'd2', 'd4']);
      expect(hitIds((await client.search({ filter: f.term('tags', 'q'), sort: [{ field: 'doc.id', order: 'asc' }] })).hits)).toEqual(['d1', 'd2']);
      expect(hitIds((await client.search({ filter: f.term('tags', 'y'), sort: [{ field: 'doc.id', order: 'asc' }] })).hits)).toEqual([]);
      expect(hitIds((await client.search({ filter: f.term('host.name', 'alpha') })).hits)).toEqual(['d3']);
      expect((await client.search({ perPage: 0, filter: f.range('score', { gte: 99 }) })).total).toBe(2);
    });

    it('creates the path of a field the document did not have', async () => {
      const client = await env.seeded('update-new');
      await client.updateFields(['d6'], { 'host.name': 'delta' });
      const [d6] = await client.bulkGet(['d6']);
      expect(d6?._source.host).toEqual({ name: 'delta' });
      expect(hitIds((await client.search({ filter: f.term('host.name', 'delta') })).hits)).toEqual(['d6']);
    });
  });

  describe('addToArray and removeFromArray', () => {
    it('adds a value once, to documents with and without the array', async () => {
      const client = await env.seeded('add');
      expect(await client.addToArray(['d1', 'd3', 'd6', 'nope'], 'tags', 'case-1')).toEqual({ updated: 3 });
      expect(await client.addToArray(['d1', 'd3'], 'tags', 'case-1')).toEqual({ updated: 0 });
      const [d1, d3] = await client.bulkGet(['d1', 'd3']);
      expect(d1?._source.tags).toEqual(['x', 'y', 'case-1']);
      expect(d3?._source.tags).toEqual(['case-1']);
      const tagged = await client.search({ filter: f.term('tags', 'case-1'), sort: [{ field: 'doc.id', order: 'asc' }] });
      expect(hitIds(tagged.hits)).toEqual(['d1', 'd3', 'd6']);
      expect(hitIds((await client.search({ filter: f.and(f.term('tags', 'case-1'), f.term('status', 'open')), sort: [{ field: 'doc.id', order: 'asc' }] })).hits)).toEqual(['d1', 'd3']);
    });

    it('removes a value by ids, then from every document of the space holding it', async () => {
      const client = await env.seeded('remove');
      await client.addToArray(['d1', 'd2', 'd3', 'd4'], 'tags', 'case-9');
      expect(await client.removeFromArray(['d1', 'd5'], 'tags', 'case-9')).toEqual({ updated: 1 });
      const [d1] = await client.bulkGet(['d1']);
      expect(d1?._source.tags).toEqual(['x', 'y']);
      expect(await client.removeFromArray('all', 'tags', 'case-9')).toEqual({ updated: 3 });
      expect((await client.search({ perPage: 0, filter: f.term('tags', 'case-9') })).total).toBe(0);
      const [d2, d4] = await client.bulkGet(['d2', 'd4']);
      expect(d2?._source.tags).toEqual(['y']);
      expect(d4?._source.tags).toEqual(['z']);
    });
  });

  describe('bulkDelete', () => {
    it('deletes by id and says how many existed', async () => {
      const client = await env.seeded('delete');
      expect(await client.bulkDelete(['d1', 'd2', 'nope'])).toBe(2);
      expect((await client.bulkGet(['d1', 'd2', 'd3'])).map((hit) => hit?._id)).toEqual([undefined, undefined, 'd3']);
      expect((await client.search({ perPage: 0, filter: f.term('host.name', 'alpha') })).total).toBe(1);
      expect((await client.search({ perPage: 0 })).total).toBe(4);
    });
  });

  describe('spaces', () => {
    it('keeps each space to itself: reads, searches, updates and removals across the index', async () => {
      const one = await env.seeded('space-one');
      const two = await env.seeded('space-two');
      expect(one.index).not.toBe(two.index);
      await one.updateFields(['d1'], { status: 'closed' });
      await one.addToArray(['d1', 'd2'], 'tags', 'case-s');
      await two.addToArray(['d1'], 'tags', 'case-s');
      expect((await two.bulkGet(['d1']))[0]?._source.status).toBe('open');
      expect(await one.removeFromArray('all', 'tags', 'case-s')).toEqual({ updated: 2 });
      expect(hitIds((await two.search({ filter: f.term('tags', 'case-s') })).hits)).toEqual(['d1']);
      await one.bulkDelete(['d3']);
      expect((await two.bulkGet(['d3']))[0]?._id).toBe('d3');
      expect((await env.client('space-empty').search({ perPage: 0 })).total).toBe(0);
    });
  });

  describe('bad input', () => {
    it('refuses an unknown field in a filter, sort or aggregation with 400', async () => {
      const client = await env.seeded('unknown');
      await expectStatus(client.search({ filter: f.term('no.such.field', 'x') }), 400);
      await expectStatus(client.search({ sort: [{ field: 'no_such', order: 'asc' }] }), 400);
      await expectStatus(client.search({ aggs: { x: { terms: { field: 'no_such' } } } }), 400);
    });
  });
}

/**
 * Contract: `rankBy`, a find ranked by overlap. Only objects holding one of the values match;
 * most values held first, ties by the find's sort then the id; the filter and the space still
 * apply; totals are exact and pages never overlap; bad requests are 400s.
 */
import { f, MAX_RANK_BY_VALUES } from '../types';
import { ITEM_TYPE } from './contract_fixtures';
import { expectStatus, type ContractEnv } from './contract_env';

/** key → tags, count (the tie sort), status (a filter). */
const ITEMS: Array<[string, string[], number, string]> = [
  ['r1', ['a', 'b', 'c'], 1, 'open'],
  ['r2', ['a', 'b'], 5, 'open'],
  ['r3', ['b', 'c'], 9, 'open'],
  ['r4', ['a'], 3, 'closed'],
  ['r5', ['c'], 7, 'open'],
  ['r6', ['z'], 8, 'open'],
  ['r7', [], 2, 'open'],
  // Tied with r5 on count: the id breaks the tie.
  ['r8', ['a', 'z'], 7, 'open'],
];

export function describeRankContract({ repo, ns, id }: ContractEnv): void {
  const space = ns('ranked');
  const other = ns('ranked-other');
  const keys = (result: { saved_objects: Array<{ id: string }> }) => result.saved_objects.map((o) => o.id);
  const find = (extra: Record<string, unknown> = {}) =>
    repo().find({ type: ITEM_TYPE, namespace: space, sort: [{ field: 'count', order: 'desc' }], ...extra });

  beforeAll(async () => {
    const objects = (prefix: string) =>
      ITEMS.map(([key, tags, count, status]) => ({ type: ITEM_TYPE, id: id(`${prefix}${key}`), attributes: { title: key, tags, count, status } }));
    await repo().bulkCreate(objects(''), { namespace: space });
    // The same values in another space never match.
    await repo().bulkCreate(objects('x'), { namespace: other });
  });

  describe('rankBy', () => {
    it('returns the holders of any value, most held first, ties by the sort then the id, with the count as score', async () => {
      const result = await find({ rankBy: { field: 'tags', values: ['a', 'b', 'c'] } });
      // r1 holds 3; r2, r3 hold 2 (count 9 before 5); r5 (7), r8 (7), r4 (3) hold 1.
      expect(keys(result)).toEqual(['r1', 'r3', 'r2', 'r8', 'r5', 'r4'].map(id));
      expect(result.saved_objects.map((o) => o.score)).toEqual([3, 2, 2, 1, 1, 1]);
      expect(result.total).toBe(6);
    });

    it('applies the filter and the space, and counts exactly what it pages', async () => {
      const result = await find({ rankBy: { field: 'tags', values: ['a', 'c', 'a'] }, filter: f.term('status', 'open') });
      expect(keys(result)).toEqual(['r1', 'r3', 'r8', 'r5', 'r2'].map(id));
      expect(result.saved_objects.map((o) => o.score)).toEqual([2, 1, 1, 1, 1]);
      expect(result.total).toBe(5);
      const excluded = await find({ rankBy: { field: 'tags', values: ['a'] }, filter: f.not(f.term('id', id('r1'))) });
      expect(keys(excluded)).toEqual(['r8', 'r2', 'r4'].map(id));
    });

    it('pages without overlap and keeps the total on every page', async () => {
      const seen: string[] = [];
      for (let page = 1; page <= 3; page++) {
        const result = await find({ rankBy: { field: 'tags', values: ['a', 'b', 'c'] }, page, perPage: 2 });
        expect(result).toMatchObject({ total: 6, page, per_page: 2 });
        seen.push(...keys(result));
      }
      expect(seen).toEqual(['r1', 'r3', 'r2', 'r8', 'r5', 'r4'].map(id));
      const counted = await find({ rankBy: { field: 'tags', values: ['z'] }, perPage: 0 });
      expect(counted).toMatchObject({ total: 2, saved_objects: [] });
    });

    it('matches nothing for no values or values nobody holds', async () => {
      await expect(find({ rankBy: { field: 'tags', values: [] } })).resolves.toMatchObject({ total: 0, saved_objects: [] });
      await expect(find({ rankBy: { field: 'tags', values: ['nobody'] } })).resolves.toMatchObject({ total: 0, saved_objects: [] });
    });

    it('ranks a scalar keyword field too (one value per object)', async () => {
      const result = await find({ rankBy: { field: 'status', values: ['closed'] } });
      expect(keys(result)).toEqual([id('r4')]);
      expect(result.saved_objects[0].score).toBe(1);
    });

    it('refuses search, aggs, non-keyword fields, too many values and malformed values with 400', async () => {
      const rankBy = { field: 'tags', values: ['a'] };
      await expectStatus(find({ rankBy, search: 'r1' }), 400);
      await expectStatus(find({ rankBy, aggs: { s: { terms: { field: 'status' } } } }), 400);
      await expectStatus(find({ rankBy: { field: 'count', values: ['1'] } }), 400);
      await expectStatus(find({ rankBy: { field: 'tags', values: Array.from({ length: MAX_RANK_BY_VALUES + 1 }, (_, i) => `v${i}`) } }), 400);
      await expectStatus(find({ rankBy: { field: 'tags', values: [1] } }), 400);
      await expectStatus(find({ rankBy: { field: 'tags' } }), 400);
    });
  });
}

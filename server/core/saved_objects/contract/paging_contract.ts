/** Contract: page/perPage, the result window, and the point-in-time finder. */
import { f, MAX_RESULT_WINDOW, type FindResult, type PointInTimeFinder } from '../types';
import { ITEM_TYPE } from './contract_fixtures';
import { expectStatus, type ContractEnv } from './contract_env';

const COUNT = 25;

async function collect<T>(finder: PointInTimeFinder<T>): Promise<Array<FindResult<T>>> {
  const pages: Array<FindResult<T>> = [];
  for await (const page of finder.find()) pages.push(page);
  await finder.close();
  return pages;
}

export function describePagingContract({ repo, ns, id }: ContractEnv): void {
  const space = ns('pages');
  const key = (n: number) => id(`p${String(n).padStart(2, '0')}`);
  /** count cycles 0..3, so most sort keys tie and only the id keeps pages apart. */
  const countOf = (n: number) => n % 4;
  const byCountThenId = Array.from({ length: COUNT }, (_, n) => n)
    .sort((a, b) => countOf(a) - countOf(b) || (key(a) < key(b) ? -1 : 1))
    .map(key);

  beforeAll(async () => {
    await repo().bulkCreate(
      Array.from({ length: COUNT }, (_, n) => ({
        type: ITEM_TYPE,
        id: key(n),
        attributes: { title: `item ${n}`, count: countOf(n), status: n % 2 === 0 ? 'even' : 'odd' },
      })),
      { namespace: space },
    );
  });

  describe('page and perPage', () => {
    it('pages never overlap and together return every object in order', async () => {
      const seen: string[] = [];
      for (let page = 1; page <= 4; page++) {
        const result = await repo().find({ type: ITEM_TYPE, namespace: space, sortField: 'count', sortOrder: 'asc', page, perPage: 7 });
        expect(result).toMatchObject({ total: COUNT, page, per_page: 7 });
        seen.push(...result.saved_objects.map((o) => o.id));
      }
      expect(seen).toEqual(byCountThenId);
    });

    it('returns an empty page past the end, with the total', async () => {
      const result = await repo().find({ type: ITEM_TYPE, namespace: space, page: 5, perPage: 7 });
      expect(result.saved_objects).toEqual([]);
      expect(result.total).toBe(COUNT);
    });

    it(`refuses page * perPage above ${MAX_RESULT_WINDOW} with a 400`, async () => {
      await expectStatus(repo().find({ type: ITEM_TYPE, namespace: space, page: 101, perPage: 100 }), 400);
      await expect(repo().find({ type: ITEM_TYPE, namespace: space, page: 100, perPage: 100 })).resolves.toMatchObject({ total: COUNT });
    });
  });

  describe('createPointInTimeFinder', () => {
    it('streams more than perPage objects, each exactly once', async () => {
      const pages = await collect(repo().createPointInTimeFinder({ type: ITEM_TYPE, namespace: space, perPage: 10 }));
      expect(pages.map((p) => p.saved_objects.length)).toEqual([10, 10, 5]);
      expect(pages.every((p) => p.total === COUNT)).toBe(true);
      const ids = pages.flatMap((p) => p.saved_objects.map((o) => o.id));
      expect(new Set(ids).size).toBe(COUNT);
      expect([...ids].sort()).toEqual([...byCountThenId].sort());
    });

    it('streams in sort order across tied keys', async () => {
      const pages = await collect(
        repo().createPointInTimeFinder({ type: ITEM_TYPE, namespace: space, perPage: 4, sortField: 'count', sortOrder: 'asc' }),
      );
      expect(pages.flatMap((p) => p.saved_objects.map((o) => o.id))).toEqual(byCountThenId);
    });

    it('streams a filtered set and stops when it is exhausted', async () => {
      const pages = await collect(
        repo().createPointInTimeFinder({ type: ITEM_TYPE, namespace: space, perPage: 5, filter: f.term('status', 'even') }),
      );
      const ids = pages.flatMap((p) => p.saved_objects.map((o) => o.id));
      expect(ids).toHaveLength(13);
      expect(new Set(ids).size).toBe(13);
    });

    it('stops early when closed', async () => {
      const finder = repo().createPointInTimeFinder({ type: ITEM_TYPE, namespace: space, perPage: 5 });
      let pages = 0;
      for await (const page of finder.find()) {
        expect(page.saved_objects).toHaveLength(5);
        pages++;
        await finder.close();
      }
      expect(pages).toBe(1);
    });
  });
}

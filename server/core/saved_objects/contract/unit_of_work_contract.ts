/** Contract: a unit of work applies every operation, in order, or none of them. */
import type { SavedObject, UnitOfWorkOperation } from '../types';
import { GLOBAL_TYPE, ITEM_TYPE } from './contract_fixtures';
import { expectStatus, type ContractEnv } from './contract_env';

interface Note {
  title: string;
  status?: string;
  seq?: number;
  counter?: number;
}

export function describeUnitOfWorkContract({ repo, ns, id }: ContractEnv): void {
  const space = ns('uow');

  const seed = async (key: string, title = key): Promise<SavedObject<Note>> =>
    repo().create<Note>(ITEM_TYPE, { title, status: 'open' }, { id: id(key), namespace: space });

  const exists = async (key: string): Promise<boolean> =>
    repo().get(ITEM_TYPE, id(key), { namespace: space }).then(
      () => true,
      (e: { statusCode?: number }) => {
        if (e.statusCode === 404) return false;
        throw e;
      },
    );

  const counterValue = async (key: string): Promise<number | undefined> =>
    repo().get<Note>(ITEM_TYPE, id(key), { namespace: space }).then(
      (o) => o.attributes.counter,
      () => undefined,
    );

  describe('unitOfWork', () => {
    it('applies creates, an update, a delete and a counter together, with results in order', async () => {
      const kept = await seed('uow-kept');
      await seed('uow-gone');
      const operations: UnitOfWorkOperation[] = [
        { kind: 'incrementCounter', type: ITEM_TYPE, id: id('uow-seq'), field: 'counter', initial: 0, name: 'seq' },
        { kind: 'create', type: ITEM_TYPE, id: id('uow-new'), attributes: { title: 'new' }, counters: { seq: 'seq' } },
        { kind: 'create', type: ITEM_TYPE, attributes: { title: 'generated' }, references: [{ type: 'case', id: 'c1', name: 'case' }] },
        { kind: 'update', type: ITEM_TYPE, id: id('uow-kept'), attributes: { status: 'closed' }, version: kept.version },
        { kind: 'delete', type: ITEM_TYPE, id: id('uow-gone') },
      ];
      const results = await repo().unitOfWork(operations, { namespace: space, user: 'uow-user' });

      expect(results.map((r) => r.kind)).toEqual(['incrementCounter', 'create', 'create', 'update', 'delete']);
      expect(results[0]).toEqual({ kind: 'incrementCounter', name: 'seq', value: 1 });
      expect(results[1]).toMatchObject({
        kind: 'create',
        object: { id: id('uow-new'), attributes: { title: 'new', seq: 1 }, namespaces: [space], created_by: 'uow-user' },
      });
      expect(results[2]).toMatchObject({ kind: 'create', object: { attributes: { title: 'generated' }, references: [{ id: 'c1' }] } });
      expect(results[3]).toMatchObject({ kind: 'update', object: { id: id('uow-kept'), attributes: { title: 'uow-kept', status: 'closed' } } });
      expect(results[4]).toEqual({ kind: 'delete', type: ITEM_TYPE, id: id('uow-gone') });

      const generated = results[2].kind === 'create' ? results[2].object : undefined;
      await expect(repo().get(ITEM_TYPE, generated?.id ?? '', { namespace: space })).resolves.toMatchObject({ attributes: { title: 'generated' } });
      await expect(repo().get(ITEM_TYPE, id('uow-new'), { namespace: space })).resolves.toMatchObject({ attributes: { seq: 1 } });
      const updated = await repo().get<Note>(ITEM_TYPE, id('uow-kept'), { namespace: space });
      expect(updated.attributes.status).toBe('closed');
      expect(updated.updated_by).toBe('uow-user');
      expect(results[3].kind === 'update' && results[3].object.version).toBe(updated.version);
      expect(await exists('uow-gone')).toBe(false);
    });

    it('feeds each create the value its counter reached in this unit', async () => {
      const counter = (name: string): UnitOfWorkOperation =>
        ({ kind: 'incrementCounter', type: ITEM_TYPE, id: id('uow-feed-seq'), field: 'counter', initial: 10, name });
      const results = await repo().unitOfWork(
        [
          counter('first'),
          counter('second'),
          { kind: 'create', type: ITEM_TYPE, id: id('uow-feed-a'), attributes: { title: 'a' }, counters: { seq: 'second' } },
          { kind: 'create', type: ITEM_TYPE, id: id('uow-feed-b'), attributes: { title: 'b', seq: 0 }, counters: { seq: 'first' } },
        ],
        { namespace: space },
      );
      expect(results.slice(0, 2)).toEqual([
        { kind: 'incrementCounter', name: 'first', value: 11 },
        { kind: 'incrementCounter', name: 'second', value: 12 },
      ]);
      expect((await repo().get<Note>(ITEM_TYPE, id('uow-feed-a'), { namespace: space })).attributes.seq).toBe(12);
      expect((await repo().get<Note>(ITEM_TYPE, id('uow-feed-b'), { namespace: space })).attributes.seq).toBe(11);
    });

    it('writes nothing when an update in the middle has a stale version (409)', async () => {
      const target = await seed('uow-409');
      await repo().update(ITEM_TYPE, id('uow-409'), { status: 'in-progress' }, { namespace: space });
      await seed('uow-409-delete');
      const unit = repo().unitOfWork(
        [
          { kind: 'create', type: ITEM_TYPE, id: id('uow-409-new'), attributes: { title: 'never' } },
          { kind: 'update', type: ITEM_TYPE, id: id('uow-409'), attributes: { status: 'closed' }, version: target.version },
          { kind: 'delete', type: ITEM_TYPE, id: id('uow-409-delete') },
        ],
        { namespace: space },
      );
      await expectStatus(unit, 409);
      expect(await exists('uow-409-new')).toBe(false);
      expect(await exists('uow-409-delete')).toBe(true);
      expect((await repo().get<Note>(ITEM_TYPE, id('uow-409'), { namespace: space })).attributes.status).toBe('in-progress');
    });

    it('writes nothing when an object to update or delete is missing (404), counters included', async () => {
      await seed('uow-404-kept');
      for (const missing of [
        { kind: 'update', type: ITEM_TYPE, id: id('uow-404-missing'), attributes: { status: 'closed' } },
        { kind: 'delete', type: ITEM_TYPE, id: id('uow-404-missing') },
      ] as UnitOfWorkOperation[]) {
        const unit = repo().unitOfWork(
          [
            { kind: 'incrementCounter', type: ITEM_TYPE, id: id('uow-404-seq'), field: 'counter', name: 'n' },
            { kind: 'create', type: ITEM_TYPE, id: id('uow-404-new'), attributes: { title: 'never' }, counters: { seq: 'n' } },
            { kind: 'update', type: ITEM_TYPE, id: id('uow-404-kept'), attributes: { status: 'closed' } },
            missing,
          ],
          { namespace: space },
        );
        await expectStatus(unit, 404);
        expect(await exists('uow-404-new')).toBe(false);
        expect((await repo().get<Note>(ITEM_TYPE, id('uow-404-kept'), { namespace: space })).attributes.status).toBe('open');
      }
      // Elasticsearch checks every object before it increments a counter, so neither backend
      // spends a number on a unit that was refused.
      expect(await counterValue('uow-404-seq')).toBeUndefined();
    });

    it('answers 409 for a create of an existing id without overwrite, and writes nothing', async () => {
      await seed('uow-dup', 'original');
      const unit = repo().unitOfWork(
        [
          { kind: 'create', type: ITEM_TYPE, id: id('uow-dup-other'), attributes: { title: 'never' } },
          { kind: 'create', type: ITEM_TYPE, id: id('uow-dup'), attributes: { title: 'again' } },
        ],
        { namespace: space },
      );
      await expectStatus(unit, 409);
      expect(await exists('uow-dup-other')).toBe(false);
      expect((await repo().get<Note>(ITEM_TYPE, id('uow-dup'), { namespace: space })).attributes.title).toBe('original');
    });

    it('refuses a malformed unit with 400 before writing anything', async () => {
      const create: UnitOfWorkOperation = { kind: 'create', type: ITEM_TYPE, id: id('uow-bad'), attributes: { title: 'never' } };
      await expectStatus(repo().unitOfWork([create, { kind: 'create', type: ITEM_TYPE, attributes: { title: 'x' }, counters: { seq: 'nope' } }], { namespace: space }), 400);
      await expectStatus(repo().unitOfWork([create, { kind: 'delete', type: ITEM_TYPE, id: id('uow-bad') }], { namespace: space }), 400);
      await expectStatus(repo().unitOfWork([create, { kind: 'create', type: 'no-such-type', attributes: {} }], { namespace: space }), 400);
      expect(await exists('uow-bad')).toBe(false);
    });

    it('keeps to its namespace, and writes agnostic objects outside any', async () => {
      const results = await repo().unitOfWork(
        [
          { kind: 'create', type: ITEM_TYPE, id: id('uow-ns'), attributes: { title: 'spaced' } },
          { kind: 'create', type: GLOBAL_TYPE, id: id('uow-global'), attributes: { name: 'global' } },
        ],
        { namespace: ns('uow-other') },
      );
      expect(results[1]).toMatchObject({ kind: 'create', object: { id: id('uow-global') } });
      expect(await exists('uow-ns')).toBe(false);
      await expect(repo().get(ITEM_TYPE, id('uow-ns'), { namespace: ns('uow-other') })).resolves.toBeDefined();
      await expect(repo().get(GLOBAL_TYPE, id('uow-global'), { namespace: space })).resolves.toBeDefined();
    });

    it('accepts an empty unit', async () => {
      await expect(repo().unitOfWork([], { namespace: space })).resolves.toEqual([]);
    });
  });
}

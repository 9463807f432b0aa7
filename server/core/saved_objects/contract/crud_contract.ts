/** Contract: single and bulk writes and reads, versions, namespaces, counters. */
import { DEFAULT_NAMESPACE, isBulkItemError, type SavedObject } from '../types';
import { GLOBAL_TYPE, ITEM_TYPE } from './contract_fixtures';
import { expectStatus, type ContractEnv } from './contract_env';

interface Note {
  title: string;
  status?: string;
  counter?: number;
  settings?: { sync?: boolean; mode?: string };
}

export function describeCrudContract({ repo, ns, id }: ContractEnv): void {
  const space = ns('crud');

  describe('create', () => {
    it('creates with a generated id and returns the whole object', async () => {
      const created = await repo().create<Note>(ITEM_TYPE, { title: 'generated' }, { namespace: space, user: 'elastic' });
      expect(typeof created.id).toBe('string');
      expect(created.id.length).toBeGreaterThan(0);
      expect(created).toMatchObject({
        type: ITEM_TYPE, attributes: { title: 'generated' }, references: [], namespaces: [space],
        created_by: 'elastic', updated_by: 'elastic',
      });
      expect(typeof created.version).toBe('string');
      expect(Number.isNaN(Date.parse(created.created_at))).toBe(false);
      expect(created.updated_at).toBe(created.created_at);
      await expect(repo().get(ITEM_TYPE, created.id, { namespace: space })).resolves.toEqual(created);
    });

    it('creates with a given id and references', async () => {
      const references = [{ type: 'case', id: 'c9', name: 'case_c9' }];
      const created = await repo().create(ITEM_TYPE, { title: 'given' }, { id: id('given'), namespace: space, references });
      expect(created.id).toBe(id('given'));
      expect(created.references).toEqual(references);
    });

    it('answers 409 on an existing id, and replaces the object with overwrite', async () => {
      const first = await repo().create<Note>(ITEM_TYPE, { title: 'one', status: 'open' }, { id: id('dup'), namespace: space });
      await expectStatus(repo().create(ITEM_TYPE, { title: 'two' }, { id: id('dup'), namespace: space }), 409);
      const replaced = await repo().create<Note>(ITEM_TYPE, { title: 'two' }, { id: id('dup'), namespace: space, overwrite: true });
      expect(replaced.attributes).toEqual({ title: 'two' });
      expect(replaced.version).not.toBe(first.version);
      expect((await repo().get<Note>(ITEM_TYPE, id('dup'), { namespace: space })).attributes).toEqual({ title: 'two' });
    });

    it('allows the same id in two namespaces', async () => {
      await repo().create(ITEM_TYPE, { title: 'a' }, { id: id('twin'), namespace: ns('twin-a') });
      await expect(repo().create(ITEM_TYPE, { title: 'b' }, { id: id('twin'), namespace: ns('twin-b') })).resolves.toBeDefined();
    });

    it('refuses an unknown type with 400', async () => {
      await expectStatus(repo().create('no-such-type', { title: 'x' }, { namespace: space }), 400);
    });

    it('bulkCreate returns per-item errors and still writes the good items', async () => {
      await repo().create(ITEM_TYPE, { title: 'exists' }, { id: id('bulk-existing'), namespace: space });
      const { saved_objects: items } = await repo().bulkCreate<Note>(
        [
          { type: ITEM_TYPE, id: id('bulk-new'), attributes: { title: 'new' } },
          { type: ITEM_TYPE, id: id('bulk-existing'), attributes: { title: 'again' } },
          { type: 'no-such-type', id: id('bulk-bad'), attributes: { title: 'bad' } },
          { type: ITEM_TYPE, attributes: { title: 'no id' } },
        ],
        { namespace: space, user: 'bulk-user' },
      );
      expect(items).toHaveLength(4);
      expect(items[0]).toMatchObject({ id: id('bulk-new'), attributes: { title: 'new' }, created_by: 'bulk-user' });
      expect(items[1]).toMatchObject({ id: id('bulk-existing'), type: ITEM_TYPE, error: { statusCode: 409 } });
      expect(items[2]).toMatchObject({ id: id('bulk-bad'), type: 'no-such-type', error: { statusCode: 400 } });
      expect(isBulkItemError(items[3])).toBe(false);
      await expect(repo().get(ITEM_TYPE, id('bulk-new'), { namespace: space })).resolves.toBeDefined();
      expect((await repo().get<Note>(ITEM_TYPE, id('bulk-existing'), { namespace: space })).attributes.title).toBe('exists');
    });
  });

  describe('get and bulkGet', () => {
    it('answers 404 for a missing object and for an object of another namespace', async () => {
      await repo().create(ITEM_TYPE, { title: 'mine' }, { id: id('get-1'), namespace: space });
      await expectStatus(repo().get(ITEM_TYPE, id('missing'), { namespace: space }), 404);
      await expectStatus(repo().get(ITEM_TYPE, id('get-1'), { namespace: ns('elsewhere') }), 404);
    });

    it('uses the default namespace when none is given', async () => {
      await repo().create(ITEM_TYPE, { title: 'default' }, { id: id('in-default') });
      const found = await repo().get(ITEM_TYPE, id('in-default'), { namespace: DEFAULT_NAMESPACE });
      expect(found.namespaces).toEqual([DEFAULT_NAMESPACE]);
      await repo().delete(ITEM_TYPE, id('in-default'));
    });

    it('bulkGet returns objects and per-item errors in request order', async () => {
      await repo().create(ITEM_TYPE, { title: 'bg' }, { id: id('bg-1'), namespace: space });
      await repo().create(ITEM_TYPE, { title: 'bg other' }, { id: id('bg-2'), namespace: ns('bg-other') });
      const { saved_objects: items } = await repo().bulkGet(
        [
          { type: ITEM_TYPE, id: id('bg-missing') },
          { type: ITEM_TYPE, id: id('bg-1') },
          { type: ITEM_TYPE, id: id('bg-2') },
          { type: 'no-such-type', id: id('bg-1') },
        ],
        { namespace: space },
      );
      expect(items.map((i) => i.id)).toEqual([id('bg-missing'), id('bg-1'), id('bg-2'), id('bg-1')]);
      expect(items[0]).toMatchObject({ error: { statusCode: 404 } });
      expect(items[1]).toMatchObject({ attributes: { title: 'bg' } });
      expect(items[2]).toMatchObject({ error: { statusCode: 404 } });
      expect(items[3]).toMatchObject({ error: { statusCode: 400 } });
    });
  });

  describe('update and bulkUpdate', () => {
    it('replaces the top-level keys given and keeps the others', async () => {
      await repo().create<Note>(ITEM_TYPE, { title: 't', status: 'open', settings: { sync: true, mode: 'a' } }, { id: id('up-1'), namespace: space });
      const updated = await repo().update<Note>(ITEM_TYPE, id('up-1'), { settings: { mode: 'b' } }, { namespace: space, user: 'editor' });
      expect(updated.attributes).toEqual({ title: 't', status: 'open', settings: { mode: 'b' } });
      expect(updated.updated_by).toBe('editor');
      expect((await repo().get(ITEM_TYPE, id('up-1'), { namespace: space })).attributes).toEqual(updated.attributes);
    });

    it('changes the version on every write and refuses a stale one with 409, writing nothing', async () => {
      const created = await repo().create<Note>(ITEM_TYPE, { title: 'v0' }, { id: id('up-v'), namespace: space });
      const first = await repo().update<Note>(ITEM_TYPE, id('up-v'), { title: 'v1' }, { namespace: space, version: created.version });
      const second = await repo().update<Note>(ITEM_TYPE, id('up-v'), { title: 'v2' }, { namespace: space, version: first.version });
      expect(new Set([created.version, first.version, second.version]).size).toBe(3);
      await expectStatus(repo().update(ITEM_TYPE, id('up-v'), { title: 'stale' }, { namespace: space, version: first.version }), 409);
      const current = await repo().get<Note>(ITEM_TYPE, id('up-v'), { namespace: space });
      expect(current.attributes.title).toBe('v2');
      expect(current.version).toBe(second.version);
    });

    it('answers 404 for a missing object or another namespace', async () => {
      await expectStatus(repo().update(ITEM_TYPE, id('up-missing'), { title: 'x' }, { namespace: space }), 404);
      await repo().create(ITEM_TYPE, { title: 'x' }, { id: id('up-ns'), namespace: space });
      await expectStatus(repo().update(ITEM_TYPE, id('up-ns'), { title: 'y' }, { namespace: ns('elsewhere') }), 404);
    });

    it('replaces references only when given', async () => {
      const refs = [{ type: 'case', id: 'r1', name: 'case_r1' }];
      await repo().create(ITEM_TYPE, { title: 'r' }, { id: id('up-refs'), namespace: space, references: refs });
      const kept = await repo().update(ITEM_TYPE, id('up-refs'), { title: 'r2' }, { namespace: space });
      expect(kept.references).toEqual(refs);
      const replaced = await repo().update(ITEM_TYPE, id('up-refs'), {}, { namespace: space, references: [] });
      expect(replaced.references).toEqual([]);
    });

    it('bulkUpdate returns per-item results', async () => {
      const a = await repo().create<Note>(ITEM_TYPE, { title: 'a' }, { id: id('bu-a'), namespace: space });
      const b = await repo().create<Note>(ITEM_TYPE, { title: 'b' }, { id: id('bu-b'), namespace: space });
      await repo().update(ITEM_TYPE, id('bu-b'), { title: 'b1' }, { namespace: space });
      const { saved_objects: items } = await repo().bulkUpdate<Note>(
        [
          { type: ITEM_TYPE, id: id('bu-a'), attributes: { status: 'closed' }, version: a.version },
          { type: ITEM_TYPE, id: id('bu-b'), attributes: { title: 'stale' }, version: b.version },
          { type: ITEM_TYPE, id: id('bu-missing'), attributes: { title: 'x' } },
        ],
        { namespace: space },
      );
      expect(items[0]).toMatchObject({ id: id('bu-a'), attributes: { title: 'a', status: 'closed' } });
      expect(items[1]).toMatchObject({ id: id('bu-b'), error: { statusCode: 409 } });
      expect(items[2]).toMatchObject({ id: id('bu-missing'), error: { statusCode: 404 } });
      expect((await repo().get<Note>(ITEM_TYPE, id('bu-b'), { namespace: space })).attributes.title).toBe('b1');
    });
  });

  describe('delete and bulkDelete', () => {
    it('deletes, then answers 404', async () => {
      await repo().create(ITEM_TYPE, { title: 'd' }, { id: id('del-1'), namespace: space });
      await expectStatus(repo().delete(ITEM_TYPE, id('del-1'), { namespace: ns('elsewhere') }), 404);
      await repo().delete(ITEM_TYPE, id('del-1'), { namespace: space });
      await expectStatus(repo().get(ITEM_TYPE, id('del-1'), { namespace: space }), 404);
      await expectStatus(repo().delete(ITEM_TYPE, id('del-1'), { namespace: space }), 404);
    });

    it('bulkDelete reports each object', async () => {
      await repo().create(ITEM_TYPE, { title: 'bd' }, { id: id('bd-1'), namespace: space });
      const { statuses } = await repo().bulkDelete(
        [{ type: ITEM_TYPE, id: id('bd-1') }, { type: ITEM_TYPE, id: id('bd-missing') }],
        { namespace: space },
      );
      expect(statuses[0]).toEqual({ type: ITEM_TYPE, id: id('bd-1'), success: true });
      expect(statuses[1]).toMatchObject({ type: ITEM_TYPE, id: id('bd-missing'), success: false, error: { statusCode: 404 } });
      await expectStatus(repo().get(ITEM_TYPE, id('bd-1'), { namespace: space }), 404);
    });
  });

  describe('namespaces', () => {
    it("hides an object of space 'soc-eu' from the default space", async () => {
      const created = await repo().create(ITEM_TYPE, { title: 'eu only' }, { id: id('eu-1'), namespace: ns('soc-eu') });
      expect(created.namespaces).toEqual([ns('soc-eu')]);
      await expectStatus(repo().get(ITEM_TYPE, id('eu-1'), { namespace: DEFAULT_NAMESPACE }), 404);
      await expectStatus(repo().get(ITEM_TYPE, id('eu-1')), 404);
      const filter = { op: 'term' as const, field: 'id', value: id('eu-1') };
      expect((await repo().find({ type: ITEM_TYPE, namespace: DEFAULT_NAMESPACE, filter })).total).toBe(0);
      expect((await repo().find({ type: ITEM_TYPE, namespace: ns('soc-eu'), filter })).total).toBe(1);
    });

    it('shows an agnostic object from every namespace, as one object', async () => {
      const created = await repo().create(GLOBAL_TYPE, { name: 'shared' }, { id: id('g-1'), namespace: ns('a') });
      expect(created.namespaces).toBeUndefined();
      await expect(repo().get(GLOBAL_TYPE, id('g-1'), { namespace: ns('b') })).resolves.toMatchObject({ attributes: { name: 'shared' } });
      await expect(repo().get(GLOBAL_TYPE, id('g-1'))).resolves.toBeDefined();
      await expectStatus(repo().create(GLOBAL_TYPE, { name: 'again' }, { id: id('g-1'), namespace: ns('c') }), 409);
      const found = await repo().find({ type: GLOBAL_TYPE, namespace: ns('z'), filter: { op: 'term', field: 'id', value: id('g-1') } });
      expect(found.saved_objects.map((o) => o.id)).toEqual([id('g-1')]);
      await repo().update(GLOBAL_TYPE, id('g-1'), { name: 'renamed' }, { namespace: ns('d') });
      await repo().delete(GLOBAL_TYPE, id('g-1'), { namespace: ns('e') });
      await expectStatus(repo().get(GLOBAL_TYPE, id('g-1')), 404);
    });

    it('deleteByNamespace deletes every object of one space only', async () => {
      const doomed = ns('doomed');
      await repo().bulkCreate(
        [1, 2, 3].map((n) => ({ type: ITEM_TYPE, id: id(`doomed-${n}`), attributes: { title: `d${n}` } })),
        { namespace: doomed },
      );
      await repo().create(ITEM_TYPE, { title: 'kept' }, { id: id('kept-1'), namespace: ns('kept') });
      await repo().create(GLOBAL_TYPE, { name: 'global' }, { id: id('g-kept'), namespace: doomed });
      await expect(repo().deleteByNamespace(doomed)).resolves.toBe(3);
      expect((await repo().find({ type: ITEM_TYPE, namespace: doomed })).total).toBe(0);
      await expect(repo().get(ITEM_TYPE, id('kept-1'), { namespace: ns('kept') })).resolves.toBeDefined();
      await expect(repo().get(GLOBAL_TYPE, id('g-kept'))).resolves.toBeDefined();
    });
  });

  describe('incrementCounter', () => {
    it('is gap-free under 50 concurrent calls', async () => {
      const calls = Array.from({ length: 50 }, () =>
        repo().incrementCounter(ITEM_TYPE, id('counter-1'), 'counter', { namespace: ns('counters') }),
      );
      const values = await Promise.all(calls);
      expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      const object: SavedObject<Note> = await repo().get(ITEM_TYPE, id('counter-1'), { namespace: ns('counters') });
      expect(object.attributes.counter).toBe(50);
    });

    it('starts a new counter at initial + 1 and keeps the other attributes of an existing object', async () => {
      await expect(repo().incrementCounter(ITEM_TYPE, id('counter-2'), 'counter', { namespace: ns('counters'), initial: 10 })).resolves.toBe(11);
      await repo().create<Note>(ITEM_TYPE, { title: 'has counter', counter: 5 }, { id: id('counter-3'), namespace: ns('counters') });
      await expect(repo().incrementCounter(ITEM_TYPE, id('counter-3'), 'counter', { namespace: ns('counters') })).resolves.toBe(6);
      const object = await repo().get<Note>(ITEM_TYPE, id('counter-3'), { namespace: ns('counters') });
      expect(object.attributes).toEqual({ title: 'has counter', counter: 6 });
    });

    it('keeps counters of different namespaces apart', async () => {
      await repo().incrementCounter(ITEM_TYPE, id('counter-4'), 'counter', { namespace: ns('counters-a') });
      await expect(repo().incrementCounter(ITEM_TYPE, id('counter-4'), 'counter', { namespace: ns('counters-b') })).resolves.toBe(1);
    });
  });
}

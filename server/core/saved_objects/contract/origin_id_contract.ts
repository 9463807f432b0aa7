/**
 * Contract: Kibana's `originId`, the id of the object an imported copy was made from. Every
 * create path writes it, every read returns it (and an object that is no copy has no such key
 * at all), only a create with overwrite changes it, and finds filter on it as a root field:
 * import looks earlier copies up that way.
 */
import { f, isBulkItemError, type SavedObject, type SavedObjectBulkItem } from '../types';
import { GLOBAL_TYPE, ITEM_TYPE } from './contract_fixtures';
import { expectStatus, type ContractEnv } from './contract_env';

interface Note {
  title: string;
  status?: string;
}

const objectOf = <T>(item: SavedObjectBulkItem<T>): SavedObject<T> => {
  if (isBulkItemError(item)) throw new Error(`unexpected bulk error ${JSON.stringify(item.error)}`);
  return item;
};

export function describeOriginIdContract({ repo, ns, id }: ContractEnv): void {
  const space = ns('origin');
  const byOrigin = (originId: string, namespace = space) =>
    repo().find<Note>({ type: ITEM_TYPE, namespace, filter: f.term('originId', originId), sortField: 'id', sortOrder: 'asc' });

  describe('originId', () => {
    it('create writes it and get, bulkGet, find and the finder return it', async () => {
      const created = await repo().create<Note>(ITEM_TYPE, { title: 'copy' }, { id: id('o-copy'), namespace: space, originId: id('o-src') });
      expect(created.originId).toBe(id('o-src'));
      await expect(repo().get(ITEM_TYPE, id('o-copy'), { namespace: space })).resolves.toEqual(created);
      const { saved_objects: items } = await repo().bulkGet([{ type: ITEM_TYPE, id: id('o-copy') }], { namespace: space });
      expect(items[0]).toEqual(created);
      const found = await repo().find<Note>({ type: ITEM_TYPE, namespace: space, filter: f.term('id', id('o-copy')) });
      expect(found.saved_objects[0]).toMatchObject({ id: id('o-copy'), originId: id('o-src') });
      // A projection of attributes keeps the root fields.
      const projected = await repo().find<Note>({ type: ITEM_TYPE, namespace: space, filter: f.term('id', id('o-copy')), fields: ['status'] });
      expect(projected.saved_objects[0]).toMatchObject({ originId: id('o-src'), attributes: {} });
      const finder = repo().createPointInTimeFinder<Note>({ type: ITEM_TYPE, namespace: space, filter: f.term('id', id('o-copy')) });
      const pages: Array<SavedObject<Note>> = [];
      for await (const page of finder.find()) pages.push(...page.saved_objects);
      await finder.close();
      expect(pages.map((o) => o.originId)).toEqual([id('o-src')]);
    });

    it('an object created without it has no originId key on any read', async () => {
      const plain = await repo().create<Note>(ITEM_TYPE, { title: 'plain' }, { id: id('o-plain'), namespace: space });
      expect('originId' in plain).toBe(false);
      expect('originId' in (await repo().get(ITEM_TYPE, id('o-plain'), { namespace: space }))).toBe(false);
      const { saved_objects: items } = await repo().bulkGet([{ type: ITEM_TYPE, id: id('o-plain') }], { namespace: space });
      expect('originId' in items[0]).toBe(false);
      const found = await repo().find({ type: ITEM_TYPE, namespace: space, filter: f.term('id', id('o-plain')) });
      expect(found.saved_objects).toHaveLength(1);
      expect('originId' in found.saved_objects[0]).toBe(false);
    });

    it('bulkCreate writes it per item', async () => {
      const { saved_objects: items } = await repo().bulkCreate<Note>(
        [
          { type: ITEM_TYPE, id: id('o-bulk-1'), originId: id('o-bulk-src'), attributes: { title: 'b1' } },
          { type: ITEM_TYPE, id: id('o-bulk-2'), attributes: { title: 'b2' } },
          { type: GLOBAL_TYPE, id: id('o-bulk-g'), originId: id('o-bulk-gsrc'), attributes: { name: 'g' } as never },
        ],
        { namespace: space },
      );
      expect(objectOf(items[0]).originId).toBe(id('o-bulk-src'));
      expect('originId' in objectOf(items[1])).toBe(false);
      expect(objectOf(items[2]).originId).toBe(id('o-bulk-gsrc'));
      const { saved_objects: read } = await repo().bulkGet(
        [{ type: ITEM_TYPE, id: id('o-bulk-1') }, { type: ITEM_TYPE, id: id('o-bulk-2') }, { type: GLOBAL_TYPE, id: id('o-bulk-g') }],
        { namespace: space },
      );
      expect(read.map((o) => objectOf(o).originId)).toEqual([id('o-bulk-src'), undefined, id('o-bulk-gsrc')]);
    });

    it('a unit of work create writes it', async () => {
      const [result] = await repo().unitOfWork(
        [{ kind: 'create', type: ITEM_TYPE, id: id('o-uow'), attributes: { title: 'u' }, originId: id('o-uow-src') }],
        { namespace: space },
      );
      expect(result).toMatchObject({ kind: 'create', object: { id: id('o-uow'), originId: id('o-uow-src') } });
      await expect(repo().get(ITEM_TYPE, id('o-uow'), { namespace: space })).resolves.toMatchObject({ originId: id('o-uow-src') });
    });

    it('a filter on originId finds exactly the copies of one object in the space', async () => {
      const src = id('o-f-src');
      await repo().bulkCreate<Note>(
        [
          { type: ITEM_TYPE, id: src, attributes: { title: 'source' } },
          { type: ITEM_TYPE, id: id('o-f-copy-1'), originId: src, attributes: { title: 'copy 1' } },
          { type: ITEM_TYPE, id: id('o-f-copy-2'), originId: src, attributes: { title: 'copy 2' } },
          { type: ITEM_TYPE, id: id('o-f-other'), originId: id('o-f-elsewhere'), attributes: { title: 'other copy' } },
        ],
        { namespace: space },
      );
      await repo().create(ITEM_TYPE, { title: 'copy in another space' }, { id: id('o-f-copy-3'), originId: src, namespace: ns('origin-b') });
      const found = await byOrigin(src);
      expect(found.total).toBe(2);
      expect(found.saved_objects.map((o) => o.id)).toEqual([id('o-f-copy-1'), id('o-f-copy-2')]);
      expect((await byOrigin(src, ns('origin-b'))).saved_objects.map((o) => o.id)).toEqual([id('o-f-copy-3')]);
      // Kibana's lookup of an imported object's earlier copies: the object itself, or any copy of it.
      const either = await repo().find({
        type: ITEM_TYPE, namespace: space, filter: f.or(f.term('id', src), f.term('originId', src)), sortField: 'id', sortOrder: 'asc',
      });
      expect(either.saved_objects.map((o) => o.id)).toEqual([src, id('o-f-copy-1'), id('o-f-copy-2')].sort());
      const terms = await repo().find({
        type: ITEM_TYPE, namespace: space, filter: f.terms('originId', [src, id('o-f-elsewhere')]), sortField: 'id', sortOrder: 'asc',
      });
      expect(terms.saved_objects.map((o) => o.id)).toEqual([id('o-f-copy-1'), id('o-f-copy-2'), id('o-f-other')]);
      const copies = await repo().find({
        type: ITEM_TYPE, namespace: space, filter: f.and(f.exists('originId'), f.prefix('id', id('o-f-'))), perPage: 0,
      });
      expect(copies.total).toBe(3);
      const originals = await repo().find({
        type: ITEM_TYPE, namespace: space, filter: f.and(f.not(f.exists('originId')), f.prefix('id', id('o-f-'))),
      });
      expect(originals.saved_objects.map((o) => o.id)).toEqual([src]);
    });

    it('sorts on originId with objects that have none last', async () => {
      await repo().bulkCreate<Note>(
        [
          { type: ITEM_TYPE, id: id('o-s-1'), originId: 'b', attributes: { title: 's1' } },
          { type: ITEM_TYPE, id: id('o-s-2'), attributes: { title: 's2' } },
          { type: ITEM_TYPE, id: id('o-s-3'), originId: 'a', attributes: { title: 's3' } },
        ],
        { namespace: ns('origin-sort') },
      );
      const asc = await repo().find({ type: ITEM_TYPE, namespace: ns('origin-sort'), sortField: 'originId', sortOrder: 'asc' });
      expect(asc.saved_objects.map((o) => o.id)).toEqual([id('o-s-3'), id('o-s-1'), id('o-s-2')]);
      const desc = await repo().find({ type: ITEM_TYPE, namespace: ns('origin-sort'), sortField: 'originId', sortOrder: 'desc' });
      expect(desc.saved_objects.map((o) => o.id)).toEqual([id('o-s-1'), id('o-s-3'), id('o-s-2')]);
    });

    it('an overwrite replaces it with the new one, or leaves none', async () => {
      await repo().create<Note>(ITEM_TYPE, { title: 'v1' }, { id: id('o-over'), namespace: space, originId: id('o-over-a') });
      const replaced = await repo().create<Note>(ITEM_TYPE, { title: 'v2' }, {
        id: id('o-over'), namespace: space, originId: id('o-over-b'), overwrite: true,
      });
      expect(replaced.originId).toBe(id('o-over-b'));
      await expect(repo().get(ITEM_TYPE, id('o-over'), { namespace: space })).resolves.toMatchObject({ originId: id('o-over-b') });
      expect((await byOrigin(id('o-over-a'))).total).toBe(0);
      expect((await byOrigin(id('o-over-b'))).saved_objects.map((o) => o.id)).toEqual([id('o-over')]);
      const plain = await repo().create<Note>(ITEM_TYPE, { title: 'v3' }, { id: id('o-over'), namespace: space, overwrite: true });
      expect('originId' in plain).toBe(false);
      expect('originId' in (await repo().get(ITEM_TYPE, id('o-over'), { namespace: space }))).toBe(false);
      expect((await byOrigin(id('o-over-b'))).total).toBe(0);
    });

    it('update, bulkUpdate and a unit of work update keep it', async () => {
      const created = await repo().create<Note>(ITEM_TYPE, { title: 'kept' }, { id: id('o-up'), namespace: space, originId: id('o-up-src') });
      const updated = await repo().update<Note>(ITEM_TYPE, id('o-up'), { status: 'closed' }, { namespace: space, version: created.version });
      expect(updated.originId).toBe(id('o-up-src'));
      const { saved_objects: items } = await repo().bulkUpdate<Note>(
        [{ type: ITEM_TYPE, id: id('o-up'), attributes: { title: 'kept 2' } }],
        { namespace: space },
      );
      expect(objectOf(items[0]).originId).toBe(id('o-up-src'));
      const [result] = await repo().unitOfWork(
        [{ kind: 'update', type: ITEM_TYPE, id: id('o-up'), attributes: { title: 'kept 3' } }],
        { namespace: space },
      );
      expect(result).toMatchObject({ kind: 'update', object: { originId: id('o-up-src') } });
      await expect(repo().get(ITEM_TYPE, id('o-up'), { namespace: space })).resolves.toMatchObject({
        attributes: { title: 'kept 3', status: 'closed' },
        originId: id('o-up-src'),
      });
      expect((await byOrigin(id('o-up-src'))).saved_objects.map((o) => o.id)).toEqual([id('o-up')]);
    });

    it('refuses an empty or non-string originId with 400, writing nothing', async () => {
      await expectStatus(repo().create(ITEM_TYPE, { title: 'bad' }, { id: id('o-bad'), namespace: space, originId: '' }), 400);
      await expectStatus(
        repo().unitOfWork([{ kind: 'create', type: ITEM_TYPE, id: id('o-bad'), attributes: {}, originId: 7 as never }], { namespace: space }),
        400,
      );
      const { saved_objects: items } = await repo().bulkCreate(
        [{ type: ITEM_TYPE, id: id('o-bad'), originId: '', attributes: { title: 'bad' } }],
        { namespace: space },
      );
      expect(items[0]).toMatchObject({ id: id('o-bad'), error: { statusCode: 400 } });
      await expectStatus(repo().get(ITEM_TYPE, id('o-bad'), { namespace: space }), 404);
    });
  });
}

/**
 * Contract: the finer points where an Elasticsearch analyzer and SQLite's FTS5 tokenizer could
 * part ways (phrases, hyphens, accents), cardinality past Elasticsearch's default precision,
 * and ids holding `:`, which the Elasticsearch `_id` layout also uses. What the backends
 * cannot agree on is documented in docs/storage.md instead of pinned here.
 */
import { f, type FindOptions } from '../types';
import { DOCS, ITEM_TYPE, type Item } from './contract_fixtures';
import type { ContractEnv } from './contract_env';

const item = (title: string, tags: string[] = []): Item => ({ ...DOCS[0].attributes, title, description: '', tags });

export function describeTextAndIdsContract({ repo, ns, id }: ContractEnv): void {
  describe('text, cardinality and ids', () => {
    const space = ns('text');
    const findIds = async (options: Partial<FindOptions>) =>
      (await repo().find({ type: ITEM_TYPE, namespace: space, perPage: 100, ...options })).saved_objects.map((o) => o.id).sort();

    beforeAll(async () => {
      await repo().bulkCreate(
        [
          { type: ITEM_TYPE, id: id('t-phrase'), attributes: item('Phishing email from the CEO') },
          { type: ITEM_TYPE, id: id('t-apart'), attributes: item('Email about phishing training') },
          { type: ITEM_TYPE, id: id('t-hyphen'), attributes: item('Ransomware-like behaviour') },
          { type: ITEM_TYPE, id: id('t-like'), attributes: item('Looks like ransomware') },
          { type: ITEM_TYPE, id: id('t-accent'), attributes: item('Résumé of the incident') },
        ],
        { namespace: space },
      );
    });

    it('a quoted phrase matches the words in that order only', async () => {
      expect(await findIds({ search: '"phishing email"' })).toEqual([id('t-phrase')]);
      expect(await findIds({ search: 'phishing email' })).toEqual([id('t-apart'), id('t-phrase')].sort());
    });

    it('a hyphenated word matches as the phrase of its parts, not either part alone', async () => {
      expect(await findIds({ search: 'ransomware-like' })).toEqual([id('t-hyphen')]);
    });

    it('a word with diacritics matches the same word, in any case', async () => {
      // Only SQLite also matches `resume` here: Elasticsearch's standard analyzer keeps accents.
      expect(await findIds({ search: 'résumé' })).toEqual([id('t-accent')]);
      expect(await findIds({ search: 'RÉSUMÉ' })).toEqual([id('t-accent')]);
    });

    it('counts 5,000 distinct values exactly, past the default cardinality precision of 3,000', async () => {
      const cardinalitySpace = ns('cardinality');
      const objects = Array.from({ length: 10 }, (_, doc) => ({
        type: ITEM_TYPE,
        id: id(`card-${doc}`),
        attributes: item(`card ${doc}`, Array.from({ length: 500 }, (_, n) => `tag-${doc}-${n}`)),
      }));
      await repo().bulkCreate(objects, { namespace: cardinalitySpace });
      const result = await repo().find({ type: ITEM_TYPE, namespace: cardinalitySpace, perPage: 0, aggs: { tags: { cardinality: { field: 'tags' } } } });
      expect(result.aggregations?.tags).toEqual({ value: 5000 });
    });

    it('round-trips ids holding `:` or `%`, each its own object', async () => {
      const idSpace = ns('colons');
      const colon = id('cases:1');
      await repo().create(ITEM_TYPE, item('with a colon'), { id: colon, namespace: idSpace });
      await repo().create(ITEM_TYPE, item('without'), { id: id('cases%3A1'), namespace: idSpace });
      expect((await repo().get<Item>(ITEM_TYPE, colon, { namespace: idSpace })).attributes.title).toBe('with a colon');
      const found = await repo().find({ type: ITEM_TYPE, namespace: idSpace, filter: f.term('id', colon) });
      expect(found.saved_objects.map((o) => o.id)).toEqual([colon]);
      await repo().update(ITEM_TYPE, colon, { title: 'updated' }, { namespace: idSpace });
      const both = await repo().bulkGet<Item>([{ type: ITEM_TYPE, id: colon }, { type: ITEM_TYPE, id: id('cases%3A1') }], { namespace: idSpace });
      expect(both.saved_objects.map((o) => ('error' in o ? 'error' : (o as { attributes: Item }).attributes.title))).toEqual(['updated', 'without']);
      await repo().delete(ITEM_TYPE, colon, { namespace: idSpace });
      await expect(repo().get(ITEM_TYPE, id('cases%3A1'), { namespace: idSpace })).resolves.toMatchObject({ id: id('cases%3A1') });
    });
  });
}

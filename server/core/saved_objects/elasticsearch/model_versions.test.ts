/**
 * Model versions on Elasticsearch, over a scripted cluster: what a build at version 1 writes
 * is read by a build at version 2 as version 2, on every read path, and rewritten at start.
 */
import type { SavedObjectsModelVersionMap, SavedObjectsType } from '../types';
import { ALIAS, FIXED_NOW, mockBackend, mockCluster, testRegistry } from './__fixtures__/mock_cluster';
import type { EsContext } from './context';
import { migrateAtStart, olderThan } from './migrate_at_start';
import type { RawSource } from './raw_document';

const V1: SavedObjectsModelVersionMap = { 1: { description: 'widgets have a name' } };
const V2: SavedObjectsModelVersionMap = {
  ...V1,
  2: { description: 'name becomes title', migrate: ({ name, ...rest }) => ({ ...rest, title: name }) },
};

const widget = (modelVersions: SavedObjectsModelVersionMap): SavedObjectsType => ({
  name: 'widget',
  namespaceType: 'single',
  mappings: { properties: { name: { type: 'keyword' }, title: { type: 'keyword' }, note: { type: 'text' } } },
  modelVersions,
});

const DOC_PATH = `/${ALIAS}/_doc/widget:w1`;

/** What the build at version 1 sends to Elasticsearch for a new widget. */
async function writtenAtV1(): Promise<RawSource> {
  const { cluster, repo } = mockBackend([widget(V1)]);
  cluster.on('PUT', `/${ALIAS}/_create/widget:w1`, { _id: 'widget:w1', _seq_no: 0, _primary_term: 1, result: 'created' });
  await repo.create('widget', { name: 'w1', note: 'old' }, { id: 'w1' });
  return cluster.requests[0].body as RawSource;
}

const hit = (source: RawSource, seqNo = 4) => ({ _id: 'widget:w1', _index: `${ALIAS}_1`, _seq_no: seqNo, _primary_term: 1, _source: source });

describe('model versions on Elasticsearch', () => {
  it('stamps writes with the latest version', async () => {
    expect(await writtenAtV1()).toMatchObject({ widget: { name: 'w1', note: 'old' }, model_version: 1 });
  });

  it('reads a document written at version 1 back at version 2 through get, bulkGet, find and the finder', async () => {
    const stored = await writtenAtV1();
    const { cluster, repo } = mockBackend([widget(V2)]);
    cluster.on('GET', DOC_PATH, { ...hit(stored), found: true });
    cluster.on('POST', `/${ALIAS}/_mget`, { docs: [{ ...hit(stored), found: true }] });
    cluster.on('POST', `/${ALIAS}/_search`, { hits: { total: { value: 1, relation: 'eq' }, hits: [hit(stored)] } });
    cluster.on('POST', `/${ALIAS}/_pit`, { id: 'pit-1' });
    cluster.on('POST', '/_search', { pit_id: 'pit-1', hits: { total: { value: 1, relation: 'eq' }, hits: [hit(stored)] } });
    cluster.on('DELETE', '/_pit', { succeeded: true, num_freed: 1 });

    await expect(repo.get('widget', 'w1')).resolves.toMatchObject({ attributes: { title: 'w1', note: 'old' } });
    const bulk = await repo.bulkGet([{ type: 'widget', id: 'w1' }]);
    expect(bulk.saved_objects[0]).toMatchObject({ attributes: { title: 'w1', note: 'old' } });

    const before = cluster.requests.length;
    const found = await repo.find({ type: 'widget', fields: ['title'] });
    expect(found.saved_objects.map((o) => o.attributes)).toEqual([{ title: 'w1' }]);
    // A type with migrations asks for whole documents: the migration reads `name`, not asked for.
    expect((cluster.since(before)[0].body as { _source?: unknown })._source).toBeUndefined();

    const finder = repo.createPointInTimeFinder({ type: 'widget', perPage: 10, fields: ['title'] });
    const pages = [];
    for await (const page of finder.find()) pages.push(...page.saved_objects.map((o) => o.attributes));
    expect(pages).toEqual([{ title: 'w1' }]);
  });

  it('patches an old document in its migrated shape and stamps it', async () => {
    const stored = await writtenAtV1();
    const { cluster, repo } = mockBackend([widget(V2)]);
    cluster.on('GET', DOC_PATH, { ...hit(stored), found: true });
    cluster.on('PUT', DOC_PATH, { _id: 'widget:w1', _seq_no: 5, _primary_term: 1, result: 'updated' });
    const updated = await repo.update('widget', 'w1', { note: 'new' });
    expect(updated.attributes).toEqual({ title: 'w1', note: 'new' });
    const put = cluster.requests.find((r) => r.method === 'PUT');
    expect(put?.body).toMatchObject({ widget: { title: 'w1', note: 'new' }, model_version: 2 });
    expect((put?.body as RawSource).widget).not.toHaveProperty('name');
  });

  it('reads a document from before model versions (no model_version) as version 1', async () => {
    const { model_version: _omitted, ...legacy } = await writtenAtV1();
    const { cluster, repo } = mockBackend([widget(V2)]);
    cluster.on('GET', DOC_PATH, { ...hit(legacy as RawSource), found: true });
    await expect(repo.get('widget', 'w1')).resolves.toMatchObject({ attributes: { title: 'w1' } });
  });

  it('refuses a document of a newer model version with a 422 that names it', async () => {
    const stored = { ...(await writtenAtV1()), model_version: 3 };
    const { cluster, repo } = mockBackend([widget(V2)]);
    cluster.on('GET', DOC_PATH, { ...hit(stored), found: true });
    cluster.on('POST', `/${ALIAS}/_mget`, { docs: [{ ...hit(stored), found: true }] });
    const message = 'Saved object [widget/w1] is at model version 3, newer than the latest version this build knows for type [widget], 2';
    await expect(repo.get('widget', 'w1')).rejects.toMatchObject({ statusCode: 422, message });
    const bulk = await repo.bulkGet([{ type: 'widget', id: 'w1' }]);
    expect(bulk.saved_objects[0]).toEqual({ type: 'widget', id: 'w1', error: { statusCode: 422, error: 'Unprocessable Entity', message } });
    await expect(repo.update('widget', 'w1', { note: 'x' })).rejects.toMatchObject({ statusCode: 422 });
  });
});

describe('bulk migration at start on Elasticsearch', () => {
  const context = (types: SavedObjectsType[]) => {
    const cluster = mockCluster();
    const ctx: EsContext = { client: cluster.client, index: ALIAS, registry: testRegistry(types), now: () => FIXED_NOW, generateId: () => 'x' };
    return { cluster, ctx };
  };
  const counts = (older: number, newer: number) => (req: { body: unknown }) => {
    const body = req.body as { query: { bool: { should?: unknown } } };
    return { count: body.query.bool.should ? older : newer };
  };

  it('sends nothing for types at version 1', async () => {
    const { cluster, ctx } = context([widget(V1), { name: 'plain', namespaceType: 'single', mappings: { properties: {} } }]);
    await expect(migrateAtStart(ctx)).resolves.toEqual([]);
    expect(cluster.requests).toEqual([]);
  });

  it('rewrites the older documents at the latest version, guarded by the sequence numbers it read', async () => {
    const stored = await writtenAtV1();
    const { cluster, ctx } = context([widget(V2)]);
    cluster.on('POST', `/${ALIAS}/_count`, counts(1, 0));
    cluster.on('POST', `/${ALIAS}/_search`, { hits: { total: { value: 1, relation: 'eq' }, hits: [hit(stored, 7)] } });
    cluster.on('POST', `/${ALIAS}/_bulk`, { errors: false, items: [{ index: { _id: 'widget:w1', status: 200, _seq_no: 8, _primary_term: 1 } }] });

    await expect(migrateAtStart(ctx)).resolves.toEqual([{ type: 'widget', migrated: 1, failed: 0, deferred: 0, newer: 0 }]);
    const search = cluster.requests.find((r) => r.path.endsWith('/_search'));
    expect(search?.body).toMatchObject({ query: olderThan(widget(V2), 2), size: 1, seq_no_primary_term: true });
    const bulk = cluster.requests.find((r) => r.path.endsWith('/_bulk'));
    expect(bulk?.body).toEqual([
      { index: { _id: 'widget:w1', if_seq_no: 7, if_primary_term: 1 } },
      { ...stored, widget: { title: 'w1', note: 'old' }, model_version: 2 },
    ]);
  });

  it('leaves the documents to reads above the limit, and reports newer ones', async () => {
    const { cluster, ctx } = context([widget(V2)]);
    cluster.on('POST', `/${ALIAS}/_count`, counts(10, 2));
    await expect(migrateAtStart(ctx, 5)).resolves.toEqual([{ type: 'widget', migrated: 0, failed: 0, deferred: 10, newer: 2 }]);
    expect(cluster.requests.map((r) => r.path)).toEqual([`/${ALIAS}/_count`, `/${ALIAS}/_count`]);
  });

  it('skips a document someone wrote meanwhile (409) and counts other failures', async () => {
    const stored = await writtenAtV1();
    const broken: RawSource = { ...stored, id: 'w2', widget: { note: 'no name' } };
    const strict = (a: Record<string, unknown>) => {
      if (typeof a.name !== 'string') throw new Error('a widget needs a name');
      return { title: a.name };
    };
    const { cluster, ctx } = context([widget({ ...V1, 2: { description: 'name becomes title', migrate: strict } })]);
    cluster.on('POST', `/${ALIAS}/_count`, counts(3, 0));
    cluster.on('POST', `/${ALIAS}/_search`, {
      hits: { total: { value: 3, relation: 'eq' }, hits: [hit(stored, 1), { ...hit(stored, 2), _id: 'widget:w3' }, { ...hit(broken), _id: 'widget:w2' }] },
    });
    cluster.on('POST', `/${ALIAS}/_bulk`, {
      errors: true,
      items: [
        { index: { _id: 'widget:w1', status: 409, error: { type: 'version_conflict_engine_exception', reason: 'conflict' } } },
        { index: { _id: 'widget:w3', status: 200, _seq_no: 3, _primary_term: 1 } },
      ],
    });
    const [report] = await migrateAtStart(ctx);
    const bulk = cluster.requests.find((r) => r.path.endsWith('/_bulk'));
    expect((bulk?.body as unknown[]).filter((_, i) => i % 2 === 0)).toEqual([
      { index: { _id: 'widget:w1', if_seq_no: 1, if_primary_term: 1 } },
      { index: { _id: 'widget:w3', if_seq_no: 2, if_primary_term: 1 } },
    ]);
    // The malformed one is not written; the 409 is neither migrated nor failed: its writer stamped it.
    expect(report).toEqual({ type: 'widget', migrated: 1, failed: 1, deferred: 0, newer: 0 });
  });
});

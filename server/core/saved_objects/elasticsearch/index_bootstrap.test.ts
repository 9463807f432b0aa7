import { ALIAS, CASE_TYPE, COMMENT_TYPE, SPACE_TYPE, esError, mockBackend, type mockCluster } from './__fixtures__/mock_cluster';
import { JOURNAL_TYPE_NAME } from './unit_of_work_journal';

const ROOT = {
  id: { type: 'keyword' },
  type: { type: 'keyword' },
  namespace: { type: 'keyword' },
  namespaces: { type: 'keyword' },
  references: { type: 'nested', properties: { type: { type: 'keyword' }, id: { type: 'keyword' }, name: { type: 'keyword' } } },
  created_at: { type: 'date' },
  updated_at: { type: 'date' },
  created_by: { type: 'keyword' },
  updated_by: { type: 'keyword' },
  originId: { type: 'keyword' },
  model_version: { type: 'integer' },
};

const COMMENTS_MAPPING = {
  type: 'object',
  dynamic: false,
  properties: { comment: { type: 'text' }, status: { type: 'keyword' } },
};

const SPACE_MAPPING = { type: 'object', dynamic: 'strict', properties: { name: { type: 'text' } } };

/** The unit-of-work journal's type is mapped beside the plugin's (unit_of_work_journal.ts). */
const JOURNAL = { [JOURNAL_TYPE_NAME]: { type: 'object', dynamic: false, properties: {} } };

/** After the mappings, every start looks for units of work to repair: none here. */
const REPAIR = [`GET /${ALIAS}/_refresh`, `POST /${ALIAS}/_search`];
function noLeftoverJournals(cluster: ReturnType<typeof mockCluster>): void {
  cluster.on('GET', `/${ALIAS}/_refresh`, { _shards: { total: 1, successful: 1, failed: 0 } });
  cluster.on('POST', `/${ALIAS}/_search`, { hits: { total: { value: 0 }, hits: [] } });
}

describe('index bootstrap', () => {
  it('creates <alias>_1 with explicit mappings and the alias when the alias does not exist', async () => {
    const { cluster, backend } = mockBackend([COMMENT_TYPE, SPACE_TYPE]);
    noLeftoverJournals(cluster);
    cluster.on('HEAD', `/_alias/${ALIAS}`, esError(404, 'alias_missing'));
    cluster.on('HEAD', `/${ALIAS}`, esError(404, 'index_not_found_exception'));
    cluster.on('PUT', `/${ALIAS}_1`, { acknowledged: true, index: `${ALIAS}_1` });
    await backend.start();
    expect(cluster.requests).toEqual([
      { method: 'HEAD', path: `/_alias/${ALIAS}`, querystring: {}, body: undefined },
      // Nothing squats on the alias name (a concrete index auto-created by a stray write).
      { method: 'HEAD', path: `/${ALIAS}`, querystring: {}, body: undefined },
      {
        method: 'PUT',
        path: `/${ALIAS}_1`,
        querystring: {},
        body: {
          mappings: {
            dynamic: 'strict',
            properties: { ...ROOT, 'cases-comments': COMMENTS_MAPPING, space: SPACE_MAPPING, ...JOURNAL },
          },
          settings: { number_of_shards: 1, auto_expand_replicas: '0-1' },
          aliases: { [ALIAS]: { is_write_index: true } },
        },
      },
      { method: 'GET', path: `/${ALIAS}/_refresh`, querystring: {}, body: undefined },
      expect.objectContaining({ method: 'POST', path: `/${ALIAS}/_search` }),
    ]);
  });

  it('maps every property option of a type and nothing undefined', async () => {
    const { cluster, backend } = mockBackend([CASE_TYPE]);
    noLeftoverJournals(cluster);
    cluster.on('HEAD', `/_alias/${ALIAS}`, esError(404, 'alias_missing'));
    cluster.on('HEAD', `/${ALIAS}`, esError(404, 'index_not_found_exception'));
    cluster.on('PUT', `/${ALIAS}_1`, { acknowledged: true });
    await backend.start();
    const body = cluster.requests[2].body as { mappings: { properties: Record<string, unknown> } };
    expect(body.mappings.properties.cases).toEqual({
      type: 'object',
      dynamic: false,
      properties: {
        title: { type: 'text', fields: { keyword: { type: 'keyword' } } },
        description: { type: 'text' },
        status: { type: 'keyword' },
        severity_rank: { type: 'short' },
        closed: { type: 'boolean' },
        opened_at: { type: 'date' },
        counter: { type: 'long' },
        assignees: { properties: { uid: { type: 'keyword' } } },
        observables: { type: 'nested', properties: { value: { type: 'keyword' } } },
        settings: { properties: { sync: { type: 'boolean' } } },
      },
    });
  });

  it('puts only the mappings of newly registered types when the alias exists', async () => {
    const { cluster, backend } = mockBackend([COMMENT_TYPE, SPACE_TYPE]);
    noLeftoverJournals(cluster);
    cluster.on('HEAD', `/_alias/${ALIAS}`, '');
    cluster.on('GET', `/${ALIAS}/_mapping`, {
      [`${ALIAS}_1`]: { mappings: { dynamic: 'strict', properties: { ...ROOT, space: { dynamic: 'strict', properties: { name: { type: 'text' } } } } } },
    });
    cluster.on('PUT', `/${ALIAS}/_mapping`, { acknowledged: true });
    await backend.start();
    expect(cluster.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `HEAD /_alias/${ALIAS}`,
      `GET /${ALIAS}/_mapping`,
      `PUT /${ALIAS}/_mapping`,
      ...REPAIR,
    ]);
    expect(cluster.requests[2].body).toEqual({ properties: { 'cases-comments': COMMENTS_MAPPING, ...JOURNAL } });
  });

  it('is idempotent: nothing is written when every type is already mapped', async () => {
    const { cluster, backend } = mockBackend([COMMENT_TYPE, SPACE_TYPE]);
    noLeftoverJournals(cluster);
    cluster.on('HEAD', `/_alias/${ALIAS}`, '');
    // Elasticsearch echoes mappings normalised (no `type: object`, dynamic as a string): names are what count.
    cluster.on('GET', `/${ALIAS}/_mapping`, {
      [`${ALIAS}_1`]: {
        mappings: {
          properties: {
            ...ROOT,
            'cases-comments': { dynamic: 'false', properties: { comment: { type: 'text' }, status: { type: 'keyword' } } },
            space: { dynamic: 'strict', properties: { name: { type: 'text' } } },
            [JOURNAL_TYPE_NAME]: { dynamic: 'false' },
          },
        },
      },
    });
    await backend.start();
    await backend.start();
    expect(cluster.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `HEAD /_alias/${ALIAS}`, `GET /${ALIAS}/_mapping`, ...REPAIR,
      `HEAD /_alias/${ALIAS}`, `GET /${ALIAS}/_mapping`, ...REPAIR,
    ]);
  });

  it('puts the root originId on an index from before it, without re-indexing anything', async () => {
    const { cluster, backend } = mockBackend([SPACE_TYPE]);
    noLeftoverJournals(cluster);
    cluster.on('HEAD', `/_alias/${ALIAS}`, '');
    const { originId: _added, ...before } = ROOT;
    cluster.on('GET', `/${ALIAS}/_mapping`, {
      [`${ALIAS}_1`]: {
        mappings: { properties: { ...before, space: { dynamic: 'strict', properties: { name: { type: 'text' } } }, [JOURNAL_TYPE_NAME]: { dynamic: 'false' } } },
      },
    });
    cluster.on('PUT', `/${ALIAS}/_mapping`, { acknowledged: true });
    await backend.start();
    // No stored document holds an originId yet: the new field needs no lock and no update_by_query.
    expect(cluster.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `HEAD /_alias/${ALIAS}`,
      `GET /${ALIAS}/_mapping`,
      `PUT /${ALIAS}/_mapping`,
      ...REPAIR,
    ]);
    expect(cluster.requests[2].body).toEqual({ properties: { originId: { type: 'keyword' } } });
  });

  it('re-puts a type that gained a field and re-indexes its stored documents (mapping_migration.test.ts has the rest)', async () => {
    const { cluster, backend } = mockBackend([COMMENT_TYPE]);
    noLeftoverJournals(cluster);
    cluster.on('HEAD', `/_alias/${ALIAS}`, '');
    cluster.on('GET', `/${ALIAS}/_mapping`, {
      [`${ALIAS}_1`]: { mappings: { properties: { ...ROOT, 'cases-comments': { properties: { comment: { type: 'text' } } } } } },
    });
    cluster.on('PUT', `/${ALIAS}/_mapping`, { acknowledged: true });
    cluster.on('PUT', `/${ALIAS}_migration_lock`, { acknowledged: true });
    cluster.on('PUT', `/${ALIAS}_migration_lock/_create/mappings`, { _id: 'mappings', _seq_no: 0, _primary_term: 1, result: 'created' });
    cluster.on('PUT', `/${ALIAS}_migration_lock/_doc/mappings`, { _id: 'mappings', _seq_no: 1, _primary_term: 1, result: 'updated' });
    cluster.on('DELETE', `/${ALIAS}_migration_lock/_doc/mappings`, { result: 'deleted' });
    cluster.on('POST', `/${ALIAS}/_update_by_query`, { task: 'n:1' });
    cluster.on('GET', '/_tasks/n:1', { completed: true, task: {}, response: { updated: 2, failures: [] } });
    await backend.start();
    const put = cluster.requests.find((r) => r.method === 'PUT' && r.path === `/${ALIAS}/_mapping`);
    expect(put?.body).toEqual({ properties: { 'cases-comments': COMMENTS_MAPPING, ...JOURNAL } });
    const byQuery = cluster.requests.find((r) => r.path === `/${ALIAS}/_update_by_query`);
    expect(byQuery?.body).toMatchObject({ query: { terms: { type: ['cases-comments'] } } });
  });

  it('tops up the mappings when another process created the index first', async () => {
    const { cluster, backend } = mockBackend([SPACE_TYPE]);
    noLeftoverJournals(cluster);
    cluster.on('HEAD', `/_alias/${ALIAS}`, esError(404, 'alias_missing'));
    cluster.on('HEAD', `/${ALIAS}`, esError(404, 'index_not_found_exception'));
    cluster.on('PUT', `/${ALIAS}_1`, esError(400, 'resource_already_exists_exception'));
    cluster.on('GET', `/${ALIAS}/_mapping`, { [`${ALIAS}_1`]: { mappings: { properties: { ...ROOT } } } });
    cluster.on('PUT', `/${ALIAS}/_mapping`, { acknowledged: true });
    await backend.start();
    expect(cluster.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `HEAD /_alias/${ALIAS}`,
      `HEAD /${ALIAS}`,
      `PUT /${ALIAS}_1`,
      `GET /${ALIAS}/_mapping`,
      `PUT /${ALIAS}/_mapping`,
      ...REPAIR,
    ]);
    expect(cluster.requests[4].body).toEqual({ properties: { space: SPACE_MAPPING, ...JOURNAL } });
  });

  it('refuses a type named like a root field', async () => {
    const { backend, cluster } = mockBackend([{ ...SPACE_TYPE, name: 'references' }]);
    cluster.on('HEAD', `/_alias/${ALIAS}`, esError(404, 'alias_missing'));
    cluster.on('HEAD', `/${ALIAS}`, esError(404, 'index_not_found_exception'));
    await expect(backend.start()).rejects.toThrow(/reserved root field/);
  });
});

import { errors } from '@elastic/elasticsearch';
import { encodeVersion } from '../version';
import { ALIAS, FIXED_NOW, esError, mockBackend } from './__fixtures__/mock_cluster';

const written = (seqNo = 0, term = 1) => ({ _id: 'x', _seq_no: seqNo, _primary_term: term, result: 'created' });

describe('create', () => {
  it('creates with op_type create under the raw id of a non-default space, refresh wait_for', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('PUT', `/${ALIAS}/_create/team-a:cases:c1`, written(3, 1));
    const ref = { type: 'cases-comments', id: 'k1', name: 'comment' };
    const saved = await repo.create('cases', { title: 'T' }, { id: 'c1', namespace: 'team-a', references: [ref], user: 'elastic' });
    expect(cluster.requests).toEqual([
      {
        method: 'PUT',
        path: `/${ALIAS}/_create/team-a:cases:c1`,
        querystring: { refresh: 'wait_for', require_alias: 'true' },
        body: {
          id: 'c1',
          type: 'cases',
          namespace: 'team-a',
          namespaces: ['team-a'],
          cases: { title: 'T' },
          references: [ref],
          created_at: FIXED_NOW,
          updated_at: FIXED_NOW,
          created_by: 'elastic',
          updated_by: 'elastic',
          model_version: 1,
        },
      },
    ]);
    expect(saved).toEqual({
      id: 'c1',
      type: 'cases',
      attributes: { title: 'T' },
      references: [ref],
      version: encodeVersion(3, 1),
      namespaces: ['team-a'],
      created_at: FIXED_NOW,
      updated_at: FIXED_NOW,
      created_by: 'elastic',
      updated_by: 'elastic',
    });
  });

  it('uses type:id without namespace in the default space, and for agnostic types; generates ids', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('PUT', /^\/test-alias\/_create\//, written());
    await repo.create('cases', { title: 'T' });
    await repo.create('space', { name: 'S' }, { id: 's1', namespace: 'team-a', refresh: false });
    expect(cluster.requests.map((r) => [r.path, r.querystring])).toEqual([
      [`/${ALIAS}/_create/cases:id-1`, { refresh: 'wait_for', require_alias: 'true' }],
      [`/${ALIAS}/_create/space:s1`, { refresh: 'false', require_alias: 'true' }],
    ]);
    expect(cluster.requests[0].body).toEqual({
      id: 'id-1',
      type: 'cases',
      namespaces: ['default'],
      cases: { title: 'T' },
      references: [],
      created_at: FIXED_NOW,
      updated_at: FIXED_NOW,
      model_version: 1,
    });
    expect(cluster.requests[1].body).toEqual({
      id: 's1',
      type: 'space',
      space: { name: 'S' },
      references: [],
      created_at: FIXED_NOW,
      updated_at: FIXED_NOW,
      model_version: 1,
    });
  });

  it('turns a 409 into savedObjectConflict', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('PUT', `/${ALIAS}/_create/cases:c1`, esError(409, 'version_conflict_engine_exception', '[cases:c1]: version conflict, document already exists'));
    await expect(repo.create('cases', {}, { id: 'c1' })).rejects.toMatchObject({
      statusCode: 409,
      message: 'Saved object [cases/c1] conflict',
    });
  });

  it('overwrite indexes instead of creating', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('PUT', `/${ALIAS}/_doc/cases:c1`, written(9, 2));
    const saved = await repo.create('cases', { title: 'again' }, { id: 'c1', overwrite: true });
    expect(cluster.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /${ALIAS}/_doc/cases:c1`]);
    expect(saved.version).toBe(encodeVersion(9, 2));
  });

  it('writes originId at the root of the source, Kibana\'s place, and returns it', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('PUT', `/${ALIAS}/_doc/cases:copy`, written(2, 1));
    const saved = await repo.create('cases', { title: 'T' }, { id: 'copy', originId: 'src', overwrite: true });
    expect(cluster.requests[0].body).toMatchObject({ id: 'copy', cases: { title: 'T' }, originId: 'src' });
    expect(saved.originId).toBe('src');
    await expect(repo.create('cases', {}, { id: 'bad', originId: '' })).rejects.toMatchObject({ statusCode: 400 });
    expect(cluster.requests).toHaveLength(1);
  });

  it('refuses an unknown type without a request', async () => {
    const { cluster, repo } = mockBackend();
    await expect(repo.create('nope', {})).rejects.toMatchObject({ statusCode: 400 });
    expect(cluster.requests).toHaveLength(0);
  });

  it('reports strict-mapping rejections as 400 and connection failures as 503 naming Elasticsearch', async () => {
    const { cluster, repo } = mockBackend();
    cluster.once('PUT', `/${ALIAS}/_create/space:s1`, esError(400, 'strict_dynamic_mapping_exception', 'mapping set to strict, dynamic introduction of [x] within [space] is not allowed'));
    await expect(repo.create('space', { x: 1 }, { id: 's1' })).rejects.toMatchObject({
      statusCode: 400,
      message: 'Elasticsearch rejected the request: mapping set to strict, dynamic introduction of [x] within [space] is not allowed',
    });
    // Sent again after each lost answer (a create may be resent safely), then reported.
    cluster.on('PUT', `/${ALIAS}/_create/space:s1`, new errors.ConnectionError('connect ECONNREFUSED 127.0.0.1:9200'));
    const failure = await repo.create('space', {}, { id: 's1' }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ statusCode: 503, message: expect.stringContaining('Elasticsearch') });
    expect((failure as Error).message).not.toContain('ECONNREFUSED');
  });
});

describe('bulkCreate', () => {
  it('sends one _bulk with create actions and reports per-item errors', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_bulk`, {
      errors: true,
      took: 1,
      items: [
        { create: { _id: 'team-a:cases:a', status: 201, _seq_no: 1, _primary_term: 1, result: 'created' } },
        {
          create: {
            _id: 'team-a:cases:b',
            status: 409,
            error: { type: 'version_conflict_engine_exception', reason: 'document already exists' },
          },
        },
        { create: { _id: 'x', status: 400, error: { type: 'document_parsing_exception', reason: 'failed to parse field [cases.severity_rank]' } } },
      ],
    });
    const result = await repo.bulkCreate(
      [
        { type: 'cases', id: 'a', attributes: { title: 'A' } },
        { type: 'cases', id: 'b', attributes: { title: 'B' } },
        { type: 'nope', id: 'n', attributes: {} },
        { type: 'cases', attributes: { severity_rank: 'x' } },
      ],
      { namespace: 'team-a', refresh: false },
    );
    expect(cluster.requests).toHaveLength(1);
    expect(cluster.requests[0].querystring).toEqual({ refresh: 'false', require_alias: 'true' });
    const source = (id: string, attributes: object) => ({
      id,
      type: 'cases',
      namespace: 'team-a',
      namespaces: ['team-a'],
      cases: attributes,
      references: [],
      created_at: FIXED_NOW,
      updated_at: FIXED_NOW,
      model_version: 1,
    });
    expect(cluster.requests[0].body).toEqual([
      { create: { _id: 'team-a:cases:a' } },
      source('a', { title: 'A' }),
      { create: { _id: 'team-a:cases:b' } },
      source('b', { title: 'B' }),
      { create: { _id: 'team-a:cases:id-1' } },
      source('id-1', { severity_rank: 'x' }),
    ]);
    expect(result.saved_objects).toEqual([
      expect.objectContaining({ id: 'a', attributes: { title: 'A' }, version: encodeVersion(1, 1) }),
      { type: 'cases', id: 'b', error: { statusCode: 409, error: 'Conflict', message: 'Saved object [cases/b] conflict' } },
      { type: 'nope', id: 'n', error: { statusCode: 400, error: 'Bad Request', message: "Unsupported saved object type: 'nope'" } },
      {
        type: 'cases',
        id: 'id-1',
        error: { statusCode: 400, error: 'Bad Request', message: 'Elasticsearch rejected the request: failed to parse field [cases.severity_rank]' },
      },
    ]);
  });

  it('writes each item\'s originId, and none for items without', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_bulk`, {
      errors: false,
      items: [
        { create: { _id: 'cases:a', status: 201, _seq_no: 1, _primary_term: 1 } },
        { create: { _id: 'cases:b', status: 201, _seq_no: 2, _primary_term: 1 } },
      ],
    });
    const result = await repo.bulkCreate([
      { type: 'cases', id: 'a', originId: 'src', attributes: { title: 'A' } },
      { type: 'cases', id: 'b', attributes: { title: 'B' } },
      { type: 'cases', id: 'c', originId: '', attributes: { title: 'C' } },
    ]);
    const body = cluster.requests[0].body as Array<Record<string, unknown>>;
    expect(body).toHaveLength(4);
    expect(body[1]).toMatchObject({ id: 'a', originId: 'src' });
    expect('originId' in body[3]).toBe(false);
    expect(result.saved_objects[0]).toMatchObject({ id: 'a', originId: 'src' });
    expect('originId' in result.saved_objects[1]).toBe(false);
    expect(result.saved_objects[2]).toMatchObject({ id: 'c', error: { statusCode: 400 } });
  });

  it('uses index actions with overwrite, and sends nothing for an empty list', async () => {
    const { cluster, repo } = mockBackend();
    expect(await repo.bulkCreate([])).toEqual({ saved_objects: [] });
    expect(cluster.requests).toHaveLength(0);
    cluster.on('POST', `/${ALIAS}/_bulk`, { errors: false, items: [{ index: { _id: 'space:s', status: 200, _seq_no: 4, _primary_term: 1 } }] });
    await repo.bulkCreate([{ type: 'space', id: 's', attributes: { name: 'S' } }], { overwrite: true });
    expect((cluster.requests[0].body as unknown[])[0]).toEqual({ index: { _id: 'space:s' } });
    expect(cluster.requests[0].querystring).toEqual({ refresh: 'wait_for', require_alias: 'true' });
  });
});

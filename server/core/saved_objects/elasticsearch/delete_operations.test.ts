import { ALIAS, esError, mockBackend } from './__fixtures__/mock_cluster';

describe('delete', () => {
  it('deletes by raw id with refresh wait_for; 404 is savedObjectNotFound', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('DELETE', `/${ALIAS}/_doc/team-a:cases:c1`, { result: 'deleted', _seq_no: 3, _primary_term: 1 });
    await repo.delete('cases', 'c1', { namespace: 'team-a' });
    expect(cluster.requests).toEqual([{ method: 'DELETE', path: `/${ALIAS}/_doc/team-a:cases:c1`, querystring: { refresh: 'wait_for' }, body: undefined }]);
    cluster.on('DELETE', `/${ALIAS}/_doc/cases:c2`, esError(404, 'not_found'));
    await expect(repo.delete('cases', 'c2')).rejects.toMatchObject({ statusCode: 404, message: 'Saved object [cases/c2] not found' });
  });

  it('bulkDelete: one _bulk of delete actions, misses and unknown types per item', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('POST', `/${ALIAS}/_bulk`, {
      errors: false,
      items: [
        { delete: { _id: 'cases:a', status: 200, result: 'deleted' } },
        { delete: { _id: 'space:b', status: 404, result: 'not_found' } },
      ],
    });
    const result = await repo.bulkDelete(
      [
        { type: 'cases', id: 'a' },
        { type: 'nope', id: 'n' },
        { type: 'space', id: 'b' },
      ],
      { refresh: false },
    );
    expect(cluster.requests[0].querystring).toEqual({ refresh: 'false', require_alias: 'true' });
    expect(cluster.requests[0].body).toEqual([{ delete: { _id: 'cases:a' } }, { delete: { _id: 'space:b' } }]);
    expect(result.statuses).toEqual([
      { type: 'cases', id: 'a', success: true },
      { type: 'nope', id: 'n', success: false, error: expect.objectContaining({ statusCode: 400 }) },
      { type: 'space', id: 'b', success: false, error: { statusCode: 404, error: 'Not Found', message: 'Saved object [space/b] not found' } },
    ]);
  });
});

import { errors } from '@elastic/elasticsearch';
import { HttpError } from '../../errors';
import { esError } from './__fixtures__/mock_cluster';
import { statusToHttpError, toHttpError } from './es_errors';

const responseError = (statusCode: number, error: Record<string, unknown>) =>
  new errors.ResponseError({ body: { error, status: statusCode }, statusCode, headers: {}, warnings: null, meta: {} as never });

const target = { type: 'cases', id: 'c1' };

describe('Elasticsearch errors', () => {
  it('maps object 404 and 409 to the saved-object errors', () => {
    expect(toHttpError(esError(404, 'not_found'), target).toBody()).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Saved object [cases/c1] not found',
    });
    expect(toHttpError(esError(409, 'version_conflict_engine_exception'), target).statusCode).toBe(409);
  });

  it('maps unreachable clusters and overload to 503 naming Elasticsearch', () => {
    for (const e of [new errors.ConnectionError('ECONNREFUSED'), new errors.TimeoutError('timeout'), new errors.NoLivingConnectionsError('none', {} as never)]) {
      expect(toHttpError(e)).toMatchObject({ statusCode: 503, message: expect.stringMatching(/^Elasticsearch/) });
    }
    expect(toHttpError(esError(429, 'es_rejected_execution_exception')).statusCode).toBe(503);
  });

  it('never passes an Elasticsearch body through on server-side failures', () => {
    const mapped = toHttpError(esError(500, 'illegal_state_exception', 'secret internals at node-7'));
    expect(mapped.toBody()).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Elasticsearch request failed' });
    expect(toHttpError(esError(403, 'security_exception', 'action [indices:data/read] is unauthorized for user [x]')).message).not.toMatch(
      /unauthorized for user/,
    );
    expect(toHttpError(new Error('boom')).statusCode).toBe(500);
  });

  it('reports a missing index as 503 naming it, never as a missing object', () => {
    const missing = responseError(404, {
      type: 'index_not_found_exception',
      reason: 'no such index [cases-so]',
      index: 'cases-so',
      root_cause: [{ type: 'index_not_found_exception', reason: 'no such index [cases-so]' }],
    });
    for (const mapped of [toHttpError(missing, target), toHttpError(missing)]) {
      expect(mapped.statusCode).toBe(503);
      expect(mapped.message).toContain('[cases-so]');
    }
    // A bulk item carries no root_cause, only its own type and reason.
    const item = statusToHttpError(404, { type: 'index_not_found_exception', reason: 'no such index [cases-so]' }, target);
    expect(item).toMatchObject({ statusCode: 503, message: expect.stringContaining('[cases-so]') });
  });

  it('reports the root cause of a 400, not the search phase that wrapped it', () => {
    const shardFailure = responseError(400, {
      type: 'search_phase_execution_exception',
      reason: 'all shards failed',
      root_cause: [{ type: 'query_shard_exception', reason: 'No mapping found for [cases.nope] in order to sort on' }],
    });
    expect(toHttpError(shardFailure).toBody()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Elasticsearch rejected the request: No mapping found for [cases.nope] in order to sort on',
    });
  });

  it('maps an expired or freed point in time to 410, not 500', () => {
    const expired = responseError(404, {
      type: 'search_phase_execution_exception',
      reason: 'all shards failed',
      root_cause: [{ type: 'search_context_missing_exception', reason: 'No search context found for id [91]' }],
    });
    expect(toHttpError(expired).toBody()).toMatchObject({ statusCode: 410, error: 'Gone' });
  });

  it('passes HttpErrors through', () => {
    const e = new HttpError(400, 'bad');
    expect(toHttpError(e)).toBe(e);
  });
});

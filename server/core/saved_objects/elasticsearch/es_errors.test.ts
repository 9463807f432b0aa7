import { errors } from '@elastic/elasticsearch';
import { HttpError } from '../../errors';
import { esError } from './__fixtures__/mock_cluster';
import { toHttpError } from './es_errors';

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
    expect(toHttpError(esError(403, 'security_exception', 'action [indices:data/read] is unauthorized for user [x]')).message).toBe(
      'Elasticsearch request failed',
    );
    expect(toHttpError(new Error('boom')).statusCode).toBe(500);
  });

  it('passes HttpErrors through', () => {
    const e = new HttpError(400, 'bad');
    expect(toHttpError(e)).toBe(e);
  });
});

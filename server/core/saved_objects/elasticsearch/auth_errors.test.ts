/** Elasticsearch 401/403: the store is unavailable (503) until an operator acts; the log says why. */
import { errors } from '@elastic/elasticsearch';
import { esError, mockBackend } from './__fixtures__/mock_cluster';
import { toHttpError } from './es_errors';

function recordingLogger() {
  const lines: Array<{ level: string; message: string }> = [];
  const log = (level: string) => (_fields: unknown, message: string) => void lines.push({ level, message });
  const logger = { error: log('error'), warn: log('warn'), info: log('info'), debug: log('debug') };
  return { lines, logger: logger as unknown as Parameters<typeof toHttpError>[2] };
}

describe('Elasticsearch 401 and 403', () => {
  it.each([
    [401, 'security_exception', 'unable to authenticate user [cases]', /rejected the configured credentials \(401\)/],
    [403, 'security_exception', 'action [indices:data/write/index] is unauthorized for user [cases]', /lacks a privilege \(403\): action \[indices:data\/write\/index\] is unauthorized for user \[cases\]/],
  ])('%s becomes a 503 and a log naming the cause', (status, type, reason, logged) => {
    const { lines, logger } = recordingLogger();
    const mapped = toHttpError(esError(status, type, reason), { type: 'cases', id: 'a' }, logger);
    expect(mapped.statusCode).toBe(503);
    expect(mapped.message).not.toContain(reason);
    expect(lines).toEqual([{ level: 'error', message: expect.stringMatching(logged) }]);
  });

  it('a repository call refused for lack of privileges answers 503', async () => {
    const { cluster, repo } = mockBackend();
    cluster.on('GET', /\/_doc\//, esError(403, 'security_exception', 'action [indices:data/read/get] is unauthorized'));
    await expect(repo.get('cases', 'a')).rejects.toMatchObject({ statusCode: 503 });
  });

  it('leaves other statuses alone', () => {
    expect(toHttpError(esError(500, 'illegal_state_exception')).statusCode).toBe(500);
    expect(toHttpError(new errors.ConnectionError('ECONNREFUSED')).statusCode).toBe(503);
  });
});

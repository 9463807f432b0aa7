import { HttpError } from '../errors';
import { createTestServer, GOOD } from './__fixtures__/test_server';
import type { HttpServer } from './http_server';

const KIBANA_KEYS = ['error', 'message', 'statusCode'];

/** Whatever failed, the client sees Kibana's three keys and nothing of Node's text. */
describe('error replies on a real socket', () => {
  let server: HttpServer;
  let logs: Array<Record<string, unknown>>;
  let url: string;

  beforeEach(async () => {
    ({ server, logs } = createTestServer({}, 'info'));
    const router = server.createRouter();
    // Node refuses this header in writeHead, after the handler has returned.
    router.get({ path: '/api/bad_header', validate: false }, async (_c, _r, response) =>
      response.redirected({ headers: { location: '/\u3002evil.example' } }),
    );
    router.get({ path: '/api/node_error', validate: false }, async () => {
      throw Object.assign(new Error('ENOENT: no such file, open /srv/secret/path.db'), { code: 'ENOENT', errno: -2 });
    });
    router.get({ path: '/api/bad_error_header', validate: false }, async () => {
      throw new HttpError(429, 'slow down', { 'retry-after': '1\r\nx-injected: 1', 'x-ok': 'yes' });
    });
    ({ url } = await server.start());
  });
  afterEach(() => server.stop());

  const get = async (path: string) => {
    const res = await fetch(`${url}${path}`, { headers: GOOD, redirect: 'manual' });
    const text = await res.text();
    return { res, text, body: JSON.parse(text) as Record<string, unknown> };
  };

  // Issue 10, defect 3: this answered `{"statusCode":500,"code":"ERR_INVALID_CHAR",...}` (or
  // "cb is not a function") with Node's own message.
  it('answers a header Node refuses with a plain 500, without the header, and logs why', async () => {
    const { res, body, text } = await get('/api/bad_header');
    expect(res.status).toBe(500);
    expect(Object.keys(body).sort()).toEqual(KIBANA_KEYS);
    expect(body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'An internal server error occurred.' });
    expect(res.headers.get('location')).toBeNull();
    expect(text).not.toMatch(/ERR_INVALID_CHAR|Invalid character|cb is not/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const logged = logs.find((l) => l['log.level'] === 'error');
    expect(JSON.stringify(logged)).toContain('ERR_INVALID_CHAR');
  });

  it('keeps a thrown Node error (its code, message and paths) in the log only', async () => {
    const { res, body, text } = await get('/api/node_error');
    expect(res.status).toBe(500);
    expect(Object.keys(body).sort()).toEqual(KIBANA_KEYS);
    expect(text).not.toMatch(/ENOENT|\/srv\/secret/);
    expect(JSON.stringify(logs)).toContain('/srv/secret/path.db');
  });

  it('drops an error header Node would refuse instead of failing the error reply', async () => {
    const { res, body } = await get('/api/bad_error_header');
    expect(res.status).toBe(429);
    expect(body).toEqual({ statusCode: 429, error: 'Too Many Requests', message: 'slow down' });
    expect(res.headers.get('x-injected')).toBeNull();
    expect(res.headers.get('retry-after')).toBeNull();
    expect(res.headers.get('x-ok')).toBe('yes');
  });
});

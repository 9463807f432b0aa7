import { request as httpRequest } from 'node:http';
import { createTestServer, GOOD } from './__fixtures__/test_server';
import type { HttpServer } from './http_server';
import type { KibanaRequest } from './types';

/** Resolves after `ms`; the test's stand-in for a slow saved-objects call. */
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('HttpServer on a real socket', () => {
  let server: HttpServer;
  let logs: Array<Record<string, unknown>>;
  let url: string;
  let seen: KibanaRequest | undefined;
  let aborted: Promise<boolean>;

  beforeEach(async () => {
    ({ server, logs } = createTestServer({}, 'info'));
    const router = server.createRouter();
    router.get({ path: '/api/echo', validate: false }, async (_c, request, response) => {
      seen = request;
      return response.ok({ body: { ok: true } });
    });
    router.get({ path: '/api/slow', validate: false }, async (_c, _r, response) => {
      await delay(300);
      return response.ok({ body: { slow: true } });
    });
    router.get({ path: '/api/hang', validate: false }, async (_c, request, response) => {
      aborted = new Promise((resolve) => {
        request.abortSignal.addEventListener('abort', () => resolve(true));
        setTimeout(() => resolve(false), 2000);
      });
      await aborted;
      return response.ok();
    });
    ({ url } = await server.start());
  });
  afterEach(() => server.stop());

  it('listens on a free port and describes the request', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${url}/s/marketing/api/echo?a=1`, { headers: GOOD });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(seen).toMatchObject({ method: 'get', spaceId: 'marketing', remoteAddress: '127.0.0.1' });
    expect(seen?.url.href).toBe(`${url}/api/echo?a=1`);
    expect(seen?.abortSignal.aborted).toBe(false);
    expect(logs.find((l) => String(l.message).startsWith("Server listening at"))).toBeDefined();
  });

  it('logs nothing per request at info level', async () => {
    const before = logs.length;
    await (await fetch(`${url}/api/echo`, { headers: GOOD })).text();
    await (await fetch(`${url}/api/nope`)).text();
    expect(logs.length).toBe(before);
  });

  it('aborts the request signal when the client goes away', async () => {
    const req = httpRequest(`${url}/api/hang`, { headers: GOOD });
    req.on('error', () => undefined);
    req.end();
    await delay(100);
    req.destroy();
    await delay(50);
    expect(await aborted).toBe(true);
  });

  it('stops gracefully: in-flight requests finish, idle keep-alive sockets do not hold it open', async () => {
    // An idle keep-alive connection left in the client's pool.
    await (await fetch(`${url}/api/echo`, { headers: GOOD })).text();
    const inFlight = fetch(`${url}/api/slow`, { headers: GOOD });
    await delay(50);
    const started = Date.now();
    let stopped = false;
    const stopping = server.stop().then(() => (stopped = true));
    await delay(100);
    expect(stopped).toBe(false);
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ slow: true });
    await stopping;
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(fetch(`${url}/api/echo`, { headers: GOOD })).rejects.toThrow();
  });
});

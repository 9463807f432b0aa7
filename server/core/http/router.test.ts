import { PassThrough } from 'node:stream';
import * as t from 'io-ts';
import { DecodeError, strict, strictPartial } from '../../../common/core/codec';
import { HttpError } from '../errors';
import { createTestServer, GOOD, injectInto, XSRF } from './__fixtures__/test_server';
import { createLogger } from '../logging/logger';
import { createHttpServer, type HttpServer } from './http_server';

function registerRoutes(server: HttpServer) {
  const router = server.createRouter();
  router.get(
    {
      path: '/api/cases/{caseId}',
      validate: {
        params: strict({ caseId: t.string }),
        query: strictPartial({ tags: t.union([t.string, t.array(t.string)]), page: t.string }),
      },
    },
    async (context, request, response) =>
      response.ok({ body: { params: request.params, query: request.query, space: context.spaceId } }),
  );
  router.post(
    { path: '/api/cases', validate: { body: strict({ title: t.string }) } },
    async (context, request, response) =>
      response.created({ body: { title: request.body.title, by: context.user?.username } }),
  );
  router.get({ path: '/api/raw/{id}', validate: false }, async (context, request, response) =>
    response.ok({
      body: { params: request.params, query: request.query, space: request.spaceId, user: context.user?.username ?? null },
    }),
  );
  router.get({ path: '/api/unvalidated', validate: {} }, async (_c, request, response) =>
    response.ok({ body: { params: request.params, query: request.query, body: request.body ?? null } }),
  );
  router.get({ path: '/files/{path*}', validate: false }, async (_c, request, response) =>
    response.ok({ body: request.params }),
  );
  router.get({ path: '/api/public', validate: false, options: { authRequired: false } }, async (c, _r, response) =>
    response.ok({ body: { user: c.user ?? null } }),
  );
  router.get({ path: '/api/optional', validate: false, options: { authRequired: 'optional' } }, async (c, _r, res) =>
    res.ok({ body: { user: c.user?.username ?? null } }),
  );
  router.post({ path: '/api/no_xsrf', validate: false, options: { xsrfRequired: false } }, async (_c, _r, res) =>
    res.noContent(),
  );
  router.delete({ path: '/api/cases', validate: false }, async (_c, request, res) =>
    res.ok({ body: { body: request.body ?? null } }),
  );
  router.post({ path: '/api/small', validate: false, options: { maxBytes: 20 } }, async (_c, _r, res) => res.ok());
  router.get({ path: '/api/agnostic', validate: false, options: { spaceAgnostic: true } }, async (c, _r, res) =>
    res.ok({ body: { space: c.spaceId } }),
  );
  router.get({ path: '/api/throw/{kind}', validate: false }, async (_c, request) => {
    const { kind } = request.params as { kind: string };
    if (kind === 'http') throw new HttpError(429, 'Slow down', { 'retry-after': '7' });
    if (kind === 'decode') throw new DecodeError('Invalid value "x" supplied to "status"');
    throw new Error('database password is hunter2');
  });
  router.get({ path: '/api/no_response', validate: false }, async () => 'oops' as never);
}

describe('router', () => {
  let server: HttpServer;
  let logs: Array<Record<string, unknown>>;
  const inject = (options: Parameters<ReturnType<typeof injectInto>>[0]) => injectInto(server)(options);

  beforeEach(() => {
    ({ server, logs } = createTestServer());
    registerRoutes(server);
  });
  afterEach(() => server.stop());

  describe('validation', () => {
    it('decodes params and query, repeated keys as arrays and single values as strings', async () => {
      const res = await inject({ url: '/api/cases/abc?tags=a&tags=b&page=2', headers: GOOD });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ params: { caseId: 'abc' }, query: { tags: ['a', 'b'], page: '2' }, space: 'default' });
    });

    it('rejects unknown query keys with the part named', async () => {
      const res = await inject({ url: '/api/cases/abc?nope=1', headers: GOOD });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: '[request query]: invalid keys "nope"' });
    });

    it('decodes the body and rejects invalid or unknown fields', async () => {
      const ok = await inject({ method: 'POST', url: '/api/cases', headers: { ...GOOD, ...XSRF }, payload: { title: 'x' } });
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toEqual({ title: 'x', by: 'elastic' });

      const unknownKey = await inject({
        method: 'POST',
        url: '/api/cases',
        headers: { ...GOOD, ...XSRF },
        payload: { title: 'x', extra: true },
      });
      expect(unknownKey.statusCode).toBe(400);
      expect(unknownKey.json().message).toBe('[request body]: invalid keys "extra"');

      const wrongType = await inject({ method: 'POST', url: '/api/cases', headers: { ...GOOD, ...XSRF }, payload: { title: 1 } });
      expect(wrongType.json().message).toMatch(/^\[request body\]: Invalid value 1 supplied to "title"/);
    });

    it('hands long path parameters to the route (ids up to 512 characters and more, encoded)', async () => {
      const id = 'x'.repeat(1200);
      const res = await inject({ url: `/api/cases/${id}`, headers: GOOD });
      expect(res.statusCode).toBe(200);
      expect(res.json().params).toEqual({ caseId: id });
      const huge = await inject({ url: `/api/cases/${'y'.repeat(9000)}`, headers: GOOD });
      expect(huge.statusCode).toBe(414);
      expect(huge.json()).toEqual({ statusCode: 414, error: 'URI Too Long', message: 'A path parameter is longer than 8192 characters' });
    });

    it('reports params failures as [request params]', async () => {
      server.createRouter().get(
        { path: '/api/strict/{id}', validate: { params: strict({ id: t.literal('only') }) } },
        async (_c, _r, res) => res.ok(),
      );
      const res = await inject({ url: '/api/strict/other', headers: GOOD });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(/^\[request params\]: Invalid value "other" supplied to "id"/);
    });

    it('passes raw values through with validate: false', async () => {
      const res = await inject({ url: '/api/raw/7?a=1&a=2&b=x', headers: GOOD });
      expect(res.json()).toEqual({ params: { id: '7' }, query: { a: ['1', '2'], b: 'x' }, space: 'default', user: 'elastic' });
    });

    it('hands parts without a codec to the handler as empty', async () => {
      const res = await inject({ url: '/api/unvalidated?x=1', headers: GOOD });
      expect(res.json()).toEqual({ params: {}, query: {}, body: null });
    });

    it('names the catch-all parameter as declared', async () => {
      const res = await inject({ url: '/files/a/b/c.txt', headers: GOOD });
      expect(res.json()).toEqual({ path: 'a/b/c.txt' });
    });

    it('accepts an empty JSON body (curl -H content-type:application/json -X DELETE)', async () => {
      const res = await inject({
        method: 'DELETE',
        url: '/api/cases',
        headers: { ...GOOD, ...XSRF, 'content-type': 'application/json' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ body: null });
    });
  });

  describe('spaces', () => {
    it('serves every route under /s/{spaceId} too', async () => {
      const res = await inject({ url: '/s/marketing/api/cases/abc?page=1', headers: GOOD });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ params: { caseId: 'abc' }, query: { page: '1' }, space: 'marketing' });
      const raw = await inject({ url: '/s/marketing/api/raw/1', headers: GOOD });
      expect(raw.json().space).toBe('marketing');
    });

    it('answers 404 for a space that does not exist', async () => {
      const res = await inject({ url: '/s/nowhere/api/cases/abc', headers: GOOD });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
    });

    it('does not treat an invalid space id as a prefix', async () => {
      expect((await inject({ url: '/s/Not_Valid/api/cases/abc', headers: GOOD })).statusCode).toBe(404);
      expect((await inject({ url: `/s/${'a'.repeat(37)}/api/cases/abc`, headers: GOOD })).statusCode).toBe(404);
    });

    it('skips the existence check on space-agnostic routes', async () => {
      const res = await inject({ url: '/s/nowhere/api/agnostic', headers: GOOD });
      expect(res.json()).toEqual({ space: 'nowhere' });
    });
  });

  describe('kbn-xsrf', () => {
    it('rejects mutating requests without the header', async () => {
      const res = await inject({ method: 'POST', url: '/api/cases', headers: GOOD, payload: { title: 'x' } });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Request must contain a kbn-xsrf header.' });
    });

    it('checks xsrf before authentication', async () => {
      const res = await inject({ method: 'POST', url: '/api/cases', payload: { title: 'x' } });
      expect(res.statusCode).toBe(400);
    });

    it('lets routes opt out, and accepts kbn-version as Kibana does', async () => {
      expect((await inject({ method: 'POST', url: '/api/no_xsrf', headers: GOOD })).statusCode).toBe(204);
      const withVersion = await inject({
        method: 'POST',
        url: '/api/cases',
        headers: { ...GOOD, 'kbn-version': '9.1.0' },
        payload: { title: 'x' },
      });
      expect(withVersion.statusCode).toBe(201);
    });
  });

  describe('authentication', () => {
    it('answers 401 without a challenge header when credentials are missing', async () => {
      const res = await inject({ url: '/api/cases/abc' });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Unauthorized' });
      expect(res.headers['www-authenticate']).toBeUndefined();
    });

    it('passes the handler errors through with status and headers', async () => {
      const bad = await inject({ url: '/api/cases/abc', headers: { authorization: 'Bearer wrong' } });
      expect(bad.statusCode).toBe(401);
      expect(bad.json().message).toBe('Invalid credentials');
      const busy = await inject({ url: '/api/cases/abc', headers: { authorization: 'Bearer busy' } });
      expect(busy.statusCode).toBe(429);
      expect(busy.headers['retry-after']).toBe('30');
    });

    it('never authenticates authRequired: false routes', async () => {
      const res = await inject({ url: '/api/public', headers: { authorization: 'Bearer wrong' } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ user: null });
    });

    it('resolves the user on optional routes and treats bad credentials as anonymous', async () => {
      expect((await inject({ url: '/api/optional', headers: GOOD })).json()).toEqual({ user: 'elastic' });
      expect((await inject({ url: '/api/optional' })).json()).toEqual({ user: null });
      expect((await inject({ url: '/api/optional', headers: { authorization: 'Bearer wrong' } })).json()).toEqual({ user: null });
      expect((await inject({ url: '/api/optional', headers: { authorization: 'Bearer busy' } })).statusCode).toBe(429);
    });

    it('authenticates before checking the space', async () => {
      expect((await inject({ url: '/s/nowhere/api/cases/abc' })).statusCode).toBe(401);
    });
  });

  describe('errors', () => {
    it('keeps HttpError status, headers and message', async () => {
      const res = await inject({ url: '/api/throw/http', headers: GOOD });
      expect(res.statusCode).toBe(429);
      expect(res.headers['retry-after']).toBe('7');
      expect(res.json()).toEqual({ statusCode: 429, error: 'Too Many Requests', message: 'Slow down' });
    });

    it('maps a DecodeError to 400', async () => {
      const res = await inject({ url: '/api/throw/decode', headers: GOOD });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toBe('Invalid value "x" supplied to "status"');
    });

    it('hides unexpected errors behind a 500 and logs the stack', async () => {
      const res = await inject({ url: '/api/throw/other', headers: GOOD });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'An internal server error occurred.' });
      expect(res.body).not.toMatch(/hunter2|at |\.ts/);
      const logged = logs.find((l) => l['log.level'] === 'error');
      expect(logged).toMatchObject({
        error: { message: 'database password is hunter2', stack_trace: expect.stringContaining('router.test.ts') },
      });
    });

    it('answers 500 when a handler returns something that is not a response', async () => {
      const res = await inject({ url: '/api/no_response', headers: GOOD });
      expect(res.statusCode).toBe(500);
      expect(res.body).not.toContain('did not return');
    });

    it('answers 413 past the route limit and the server limit', async () => {
      const small = await inject({
        method: 'POST',
        url: '/api/small',
        headers: { ...GOOD, ...XSRF },
        payload: { text: 'x'.repeat(100) },
      });
      expect(small.statusCode).toBe(413);
      expect(small.json()).toEqual({
        statusCode: 413,
        error: 'Payload Too Large',
        message: 'Payload content length greater than maximum allowed: 20',
      });
      const big = await inject({
        method: 'POST',
        url: '/api/cases',
        headers: { ...GOOD, ...XSRF },
        payload: { title: 'x'.repeat(1048576) },
      });
      expect(big.statusCode).toBe(413);
      expect(big.json().message).toBe('Payload content length greater than maximum allowed: 1048576');
    });

    it('answers 400 for malformed JSON', async () => {
      const res = await inject({
        method: 'POST',
        url: '/api/cases',
        headers: { ...GOOD, ...XSRF, 'content-type': 'application/json' },
        payload: '{"title": ',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Invalid request payload JSON format' });
    });

    it('parses JSON with a charset parameter and hands text bodies to the codec', async () => {
      const json = await inject({
        method: 'POST',
        url: '/api/cases',
        headers: { ...GOOD, ...XSRF, 'content-type': 'application/json; charset=utf-8' },
        payload: '{"title":"x"}',
      });
      expect(json.statusCode).toBe(201);
      const text = await inject({
        method: 'POST',
        url: '/api/cases',
        headers: { ...GOOD, ...XSRF, 'content-type': 'text/plain' },
        payload: 'title',
      });
      expect(text.statusCode).toBe(400);
      expect(text.json().message).toMatch(/^\[request body\]: /);
    });

    it('refuses prototype poisoning', async () => {
      const res = await inject({
        method: 'POST',
        url: '/api/cases',
        headers: { ...GOOD, ...XSRF, 'content-type': 'application/json' },
        payload: '{"title":"x","__proto__":{"admin":true}}',
      });
      expect(res.statusCode).toBe(400);
    });

    it('answers 415 for a media type it cannot parse', async () => {
      const res = await inject({
        method: 'POST',
        url: '/api/cases',
        headers: { ...GOOD, ...XSRF, 'content-type': 'application/xml' },
        payload: '<title/>',
      });
      expect(res.statusCode).toBe(415);
      expect(res.json()).toEqual({ statusCode: 415, error: 'Unsupported Media Type', message: 'Unsupported Media Type' });
    });

    it('answers 404 in Kibana form for unknown routes and methods', async () => {
      for (const res of [await inject({ url: '/api/nope' }), await inject({ method: 'PUT', url: '/api/public' })]) {
        expect(res.statusCode).toBe(404);
        expect(res.json()).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
      }
    });

    it('answers 400 in Kibana form for a malformed URL', async () => {
      const res = await inject({ url: '/api/cases/%E0%A4%A', headers: GOOD });
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json()).sort()).toEqual(['error', 'message', 'statusCode']);
    });
  });

  describe('headers and logs', () => {
    it('sets the security headers on every answer', async () => {
      for (const res of [
        await inject({ url: '/api/cases/abc', headers: GOOD }),
        await inject({ url: '/api/cases/abc' }),
        await inject({ url: '/api/nope' }),
        await inject({ url: '/api/throw/other', headers: GOOD }),
      ]) {
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
        expect(res.headers['cache-control']).toBe('private, no-cache, no-store, must-revalidate');
      }
    });

    it('does not rename a logger the host already named', async () => {
      const out = new PassThrough();
      const lines: string[] = [];
      out.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
      const named = createHttpServer({
        config: { host: '127.0.0.1', port: 0, maxPayload: 1024 },
        logger: createLogger({ level: 'debug', destination: out }).child({ 'log.logger': 'http' }),
      });
      await named.fastify.inject({ url: '/nope' });
      await named.stop();
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line.match(/"log\.logger"/g)).toHaveLength(1);
    });

    it('logs one debug ECS line per response', async () => {
      await inject({ url: '/s/marketing/api/cases/abc?page=1', headers: GOOD });
      const lines = logs.filter((l) => l['log.level'] === 'debug');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        'ecs.version': expect.any(String),
        'log.logger': 'http.server',
        http: { request: { method: 'GET' }, response: { status_code: 200 } },
        url: { path: '/s/marketing/api/cases/abc' },
        event: { duration: expect.any(Number) },
        message: expect.stringMatching(/^GET \/s\/marketing\/api\/cases\/abc 200 /),
      });
    });
  });
});

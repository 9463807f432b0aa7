import * as t from 'io-ts';
import { MAX_JSON_DEPTH } from '../../../common/core/json_depth';
import { createTestServer, GOOD, injectInto, XSRF } from './__fixtures__/test_server';
import type { HttpServer } from './http_server';

const nested = (levels: number, leaf = '"x"') => '['.repeat(levels) + leaf + ']'.repeat(levels);

describe('JSON body parser', () => {
  let server: HttpServer;
  let inject: ReturnType<typeof injectInto>;
  let received: unknown;

  beforeEach(async () => {
    ({ server } = createTestServer({ maxPayload: 11 * 1024 * 1024 }, 'fatal'));
    const router = server.createRouter();
    // A string field, as every body route has: a few thousand levels here overflowed the stack in the error message.
    const Body = t.type({ title: t.string });
    router.post({ path: '/api/title', validate: { body: Body } }, async (_c, request, response) => {
      received = request.body;
      return response.ok({ body: { ok: true } });
    });
    router.post({ path: '/api/any', validate: false }, async (_c, request, response) => {
      received = request.body;
      return response.ok({ body: { ok: true } });
    });
    inject = injectInto(server);
    await server.fastify.ready();
  });
  afterEach(() => server.stop());

  const post = (url: string, payload: string) =>
    inject({ method: 'POST', url, headers: { ...GOOD, ...XSRF, 'content-type': 'application/json' }, payload });

  it('refuses 10,000 levels (20 KB) in a string field with 400 and Kibana\'s body, not a 500', async () => {
    const res = await post('/api/title', `{"title":${nested(10_000)}}`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: `The request body is nested deeper than the limit of ${MAX_JSON_DEPTH} levels` });
  });

  it('refuses 10 MB of `[` without overflowing', async () => {
    const res = await post('/api/any', '['.repeat(10 * 1024 * 1024));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(`${MAX_JSON_DEPTH} levels`);
  });

  it(`accepts exactly ${MAX_JSON_DEPTH} levels and refuses one more`, async () => {
    // The body object is the first level.
    const at = await post('/api/any', `{"v":${nested(MAX_JSON_DEPTH - 1)}}`);
    expect(at.statusCode).toBe(200);
    const past = await post('/api/any', `{"v":${nested(MAX_JSON_DEPTH)}}`);
    expect(past.statusCode).toBe(400);
  });

  it('does not count brackets inside strings, escaped quotes included', async () => {
    const text = JSON.stringify({ title: `${'['.repeat(500)}\\"${'{'.repeat(500)}` });
    const res = await post('/api/title', text);
    expect(res.statusCode).toBe(200);
    expect(received).toEqual(JSON.parse(text));
  });

  it('names a deep but shallow-enough wrong value with a short message', async () => {
    const res = await post('/api/title', `{"title":${nested(MAX_JSON_DEPTH - 2)}}`);
    expect(res.statusCode).toBe(400);
    const { message } = res.json();
    expect(message).toContain('supplied to "title"');
    expect(message.length).toBeLessThan(200);
  });

  it('still treats an empty body as no body, and bad JSON as Kibana does', async () => {
    expect((await post('/api/any', '')).statusCode).toBe(200);
    expect(received).toBeUndefined();
    const bad = await post('/api/any', '{"a":');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toBe('Invalid request payload JSON format');
  });
});

import * as t from 'io-ts';
import { MAX_JSON_DEPTH } from '../../../common/core/json_depth';
import { createTestServer, GOOD, injectInto, XSRF } from './__fixtures__/test_server';
import type { HttpServer } from './http_server';

describe('NDJSON body parser', () => {
  let server: HttpServer;
  let inject: ReturnType<typeof injectInto>;
  let received: unknown;

  beforeEach(async () => {
    ({ server } = createTestServer({ maxPayload: 1024 }, 'fatal'));
    const router = server.createRouter();
    router.post({ path: '/api/docs', validate: { body: t.array(t.unknown) } }, async (_c, request, response) => {
      received = request.body;
      return response.ok({ body: { count: (request.body as unknown[]).length } });
    });
    inject = injectInto(server);
    await server.fastify.ready();
    received = undefined;
  });
  afterEach(() => server.stop());

  const post = (payload: string) =>
    inject({ method: 'POST', url: '/api/docs', headers: { ...GOOD, ...XSRF, 'content-type': 'application/x-ndjson' }, payload });

  it('hands the route one value per line, skipping blank lines and a trailing newline', async () => {
    const res = await post('{"a":1}\n\n{"b":[2]}\r\n"x"\n');
    expect(res.statusCode).toBe(200);
    expect(received).toEqual([{ a: 1 }, { b: [2] }, 'x']);
  });

  it('refuses a malformed line with 400 naming it, before the handler runs', async () => {
    const res = await post('{"a":1}\n{"b":\n');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/^Line 2 of the NDJSON body is not valid JSON/);
    expect(received).toBeUndefined();
  });

  it('keeps the JSON guards: depth limit and prototype poisoning', async () => {
    const deep = await post(`{"a":1}\n${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}\n`);
    expect(deep.statusCode).toBe(400);
    expect(deep.json().message).toContain(`Line 2 of the NDJSON body is nested deeper than the limit of ${MAX_JSON_DEPTH} levels`);
    const poisoned = await post('{"__proto__":{"admin":true}}\n');
    expect(poisoned.statusCode).toBe(400);
    expect(received).toBeUndefined();
  });

  it('is bounded by the body limit like JSON', async () => {
    const res = await post(`${'{"a":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}\n'.repeat(40)}`);
    expect(res.statusCode).toBe(413);
  });

  it('treats an empty body as no body, which the route codec refuses', async () => {
    const res = await post('\n\n');
    expect(res.statusCode).toBe(400);
  });
});

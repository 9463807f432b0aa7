import { responseFactory, toErrorBody } from './response_factory';
import { createTestServer, GOOD, injectInto } from './__fixtures__/test_server';
import type { KibanaResponse } from './types';

describe('responseFactory', () => {
  it('builds success responses', () => {
    expect(responseFactory.ok({ body: { a: 1 }, headers: { etag: 'x' } })).toEqual({ status: 200, body: { a: 1 }, headers: { etag: 'x' } });
    expect(responseFactory.created()).toEqual({ status: 201, body: undefined, headers: {} });
    expect(responseFactory.accepted().status).toBe(202);
    expect(responseFactory.noContent().status).toBe(204);
    expect(responseFactory.redirected({ headers: { location: '/x' } })).toEqual({ status: 302, body: undefined, headers: { location: '/x' } });
  });

  it('builds error responses and refuses a non-error custom status', () => {
    expect(responseFactory.badRequest({ body: 'nope' }).status).toBe(400);
    expect(responseFactory.unauthorized().status).toBe(401);
    expect(responseFactory.forbidden().status).toBe(403);
    expect(responseFactory.notFound().status).toBe(404);
    expect(responseFactory.conflict().status).toBe(409);
    expect(responseFactory.customError({ statusCode: 418, body: 'teapot', headers: { a: 'b' } })).toEqual({
      status: 418,
      body: 'teapot',
      headers: { a: 'b' },
    });
    expect(() => responseFactory.customError({ statusCode: 200 })).toThrow(/4xx or 5xx/);
  });

  it('shapes error bodies as Kibana does', () => {
    expect(toErrorBody(409, 'Version conflict')).toEqual({ statusCode: 409, error: 'Conflict', message: 'Version conflict' });
    expect(toErrorBody(400, { message: 'bad', attributes: { field: 'x' } })).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'bad',
      attributes: { field: 'x' },
    });
    expect(toErrorBody(403, undefined)).toEqual({ statusCode: 403, error: 'Forbidden', message: 'Forbidden' });
  });
});

describe('responses through the router', () => {
  const responses: Record<string, KibanaResponse> = {
    ok: responseFactory.ok({ body: { a: 1 }, headers: { 'x-custom': 'yes' } }),
    text: responseFactory.ok({ body: 'plain', headers: { 'content-type': 'text/plain; charset=utf-8' } }),
    noContent: responseFactory.noContent(),
    redirect: responseFactory.redirected({ headers: { location: '/app/cases' } }),
    conflict: responseFactory.conflict({ body: 'Version conflict' }),
    forbidden: responseFactory.forbidden({ body: { message: 'Unauthorized to access case' } }),
    custom: responseFactory.customError({ statusCode: 503, body: 'Try later', headers: { 'retry-after': '5' } }),
    cache: responseFactory.ok({ body: {}, headers: { 'cache-control': 'max-age=60' } }),
  };
  const { server } = createTestServer();
  server.createRouter().get({ path: '/api/respond/{kind}', validate: false }, async (_c, request) => {
    return responses[(request.params as { kind: string }).kind];
  });
  const inject = injectInto(server);
  afterAll(() => server.stop());

  it('writes status, headers and body', async () => {
    const ok = await inject({ url: '/api/respond/ok', headers: GOOD });
    expect([ok.statusCode, ok.headers['x-custom'], ok.json()]).toEqual([200, 'yes', { a: 1 }]);
    expect(ok.headers['content-type']).toMatch(/^application\/json/);
    const text = await inject({ url: '/api/respond/text', headers: GOOD });
    expect(text.body).toBe('plain');
    const empty = await inject({ url: '/api/respond/noContent', headers: GOOD });
    expect([empty.statusCode, empty.body]).toEqual([204, '']);
    const redirect = await inject({ url: '/api/respond/redirect', headers: GOOD });
    expect([redirect.statusCode, redirect.headers.location]).toEqual([302, '/app/cases']);
    const cache = await inject({ url: '/api/respond/cache', headers: GOOD });
    expect(cache.headers['cache-control']).toBe('max-age=60');
  });

  it('writes error responses as Kibana error bodies', async () => {
    expect((await inject({ url: '/api/respond/conflict', headers: GOOD })).json()).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'Version conflict',
    });
    expect((await inject({ url: '/api/respond/forbidden', headers: GOOD })).json()).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message: 'Unauthorized to access case',
    });
    const custom = await inject({ url: '/api/respond/custom', headers: GOOD });
    expect([custom.statusCode, custom.headers['retry-after'], custom.json().message]).toEqual([503, '5', 'Try later']);
  });
});

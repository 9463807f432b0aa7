import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { currentRequestId, inRequestContext, requestIdOf } from './request_context';

const raw = (headers: Record<string, string | string[]>) => ({ headers }) as unknown as IncomingMessage;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request id', () => {
  it("takes the trace id of a W3C traceparent", () => {
    expect(requestIdOf(raw({ traceparent: '00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01' }))).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it('takes a well-formed x-request-id when there is no traceparent', () => {
    expect(requestIdOf(raw({ 'x-request-id': 'lb-7f3a:42' }))).toBe('lb-7f3a:42');
  });

  it.each([
    ['nothing', {}],
    ['an all-zero traceparent', { traceparent: `00-${'0'.repeat(32)}-00f067aa0ba902b7-01` }],
    ['a malformed traceparent', { traceparent: 'not-a-trace' }],
    ['an id with spaces or quotes', { 'x-request-id': 'a "b" c' }],
    ['an id too long to log', { 'x-request-id': 'x'.repeat(129) }],
    ['a repeated header', { 'x-request-id': ['one', 'two'] }],
  ])('makes a fresh UUID for %s', (_what, headers) => {
    const id = requestIdOf(raw(headers));
    expect(id).toMatch(UUID);
    expect(requestIdOf(raw(headers))).not.toBe(id);
  });
});

describe('request context', () => {
  it("names the request across the step's awaits, and nothing outside it", async () => {
    const seen: Array<string | undefined> = [];
    const step = inRequestContext(async () => {
      seen.push(currentRequestId());
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push(currentRequestId());
    });
    await Promise.all([step({ id: 'a' } as FastifyRequest, {} as FastifyReply), step({ id: 'b' } as FastifyRequest, {} as FastifyReply)]);
    expect(seen.sort()).toEqual(['a', 'a', 'b', 'b']);
    expect(currentRequestId()).toBeUndefined();
  });
});

describe('request context through the HTTP server', () => {
  it('is the request id in the guard and in the handler, after the body is read', async () => {
    // Imported here so the unit tests above do not pay for a server.
    const { createTestServer, GOOD, XSRF } = await import('./__fixtures__/test_server');
    const { server } = createTestServer({}, 'silent');
    const seen: Array<string | undefined> = [];
    server.setAuthenticationHandler({
      async authenticate() {
        seen.push(currentRequestId());
        return (await import('./__fixtures__/test_server')).TEST_USER;
      },
    });
    server.createRouter().post({ path: '/api/echo', validate: false }, async (_c, _request, response) => {
      seen.push(currentRequestId());
      return response.ok({ body: { id: currentRequestId() } });
    });
    const { url } = await server.start();
    try {
      const res = await fetch(`${url}/api/echo`, {
        method: 'POST',
        headers: { ...GOOD, ...XSRF, 'content-type': 'application/json', 'x-request-id': 'client-id-1' },
        body: JSON.stringify({ big: 'x'.repeat(200_000) }),
      });
      expect(await res.json()).toEqual({ id: 'client-id-1' });
      expect(seen).toEqual(['client-id-1', 'client-id-1']);
    } finally {
      await server.stop();
    }
  });
});

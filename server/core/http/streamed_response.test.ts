/**
 * Handlers answering with bytes: a Buffer or a Readable goes out as is with the handler's
 * headers; a stream that fails before its first byte is a 500 in Kibana's body, one that fails
 * midway cuts the connection (never a body passed off as whole), and the server keeps serving.
 */
import { get } from 'node:http';
import { Readable } from 'node:stream';
import { createTestServer, GOOD } from './__fixtures__/test_server';
import type { HttpServer } from './http_server';

const BIG = Buffer.alloc(3 * 1024 * 1024, 'a');

function failingAfter(chunks: Buffer[]): Readable {
  return Readable.from(
    (async function* () {
      for (const chunk of chunks) yield chunk;
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw new Error('storage went away');
    })(),
  );
}

function registerRoutes(server: HttpServer) {
  const router = server.createRouter();
  router.get({ path: '/api/buffer', validate: false }, async (_c, _r, res) =>
    res.ok({ body: Buffer.from([0, 1, 2, 255]), headers: { 'content-disposition': 'attachment; filename="a.bin"' } }),
  );
  router.get({ path: '/api/stream', validate: false }, async (_c, _r, res) =>
    res.ok({ body: Readable.from([BIG.subarray(0, 1024 * 1024), BIG.subarray(1024 * 1024)]), headers: { 'content-type': 'image/png' } }),
  );
  router.get({ path: '/api/fails_at_once', validate: false }, async (_c, _r, res) => res.ok({ body: failingAfter([]) }));
  router.get({ path: '/api/fails_midway', validate: false }, async (_c, _r, res) =>
    res.ok({ body: failingAfter([Buffer.alloc(64 * 1024, 'b')]), headers: { 'content-length': String(10 * 64 * 1024) } }),
  );
}

describe('streamed responses', () => {
  let server: HttpServer;
  beforeAll(async () => {
    server = createTestServer({}, 'fatal').server;
    registerRoutes(server);
    await server.start();
  });
  afterAll(() => server.stop());

  it('sends a Buffer as bytes, binary by default, with the handler’s headers and nosniff', async () => {
    const res = await server.fastify.inject({ method: 'GET', url: '/api/buffer', headers: GOOD });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(Buffer.from([0, 1, 2, 255]))).toBe(true);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['content-disposition']).toBe('attachment; filename="a.bin"');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('streams a Readable whole with the type the handler named', async () => {
    const res = await server.fastify.inject({ method: 'GET', url: '/api/stream', headers: GOOD });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.equals(BIG)).toBe(true);
  });

  it('answers 500 in Kibana’s body when the stream fails before its first byte', async () => {
    const res = await server.fastify.inject({ method: 'GET', url: '/api/fails_at_once', headers: GOOD });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'An internal server error occurred.' });
  });

  it('cuts the connection when the stream fails midway, and keeps serving', async () => {
    const { port } = server.fastify.server.address() as { port: number };
    const outcome = await new Promise<{ received: number; error?: string }>((resolve) => {
      const req = get({ port, host: '127.0.0.1', path: '/api/fails_midway', headers: GOOD }, (res) => {
        let received = 0;
        res.on('data', (chunk: Buffer) => (received += chunk.length));
        res.on('error', (error) => resolve({ received, error: error.message }));
        res.on('end', () => resolve({ received }));
      });
      req.on('error', (error) => resolve({ received: -1, error: error.message }));
    });
    expect(outcome.error).toBeDefined();
    expect(outcome.received).toBeLessThan(10 * 64 * 1024);
    const after = await server.fastify.inject({ method: 'GET', url: '/api/buffer', headers: GOOD });
    expect(after.statusCode).toBe(200);
  });
});

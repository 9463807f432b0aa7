/**
 * Multipart routes end to end through Fastify: parts in order with the file streamed, the
 * content-type rules both ways, every limit, malformed bodies, and a client that goes away
 * mid-upload (over a real socket), none of which may crash the server.
 */
import { createHash, randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import * as t from 'io-ts';
import { strict } from '../../../common/core/codec';
import { createTestServer, GOOD, XSRF } from './__fixtures__/test_server';
import type { HttpServer } from './http_server';
import type { MultipartBody } from './types';

const BOUNDARY = 'XyZBoundary42';
const MULTIPART = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };

type FormPart = { name: string; value: string } | { name: string; filename: string; type: string; data: Buffer };

function formBody(parts: FormPart[], close = true): Buffer {
  const pieces: Buffer[] = [];
  for (const part of parts) {
    const head =
      'data' in part
        ? `Content-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.type}\r\n\r\n`
        : `Content-Disposition: form-data; name="${part.name}"\r\n\r\n`;
    pieces.push(Buffer.from(`--${BOUNDARY}\r\n${head}`), 'data' in part ? part.data : Buffer.from(part.value), Buffer.from('\r\n'));
  }
  if (close) pieces.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(pieces);
}

interface Seen {
  parts: unknown[];
  errors: string[];
  filesStarted: number;
}

function registerRoutes(server: HttpServer, seen: Seen) {
  const router = server.createRouter();
  router.post(
    { path: '/api/upload', validate: false, options: { maxBytes: 1000, body: { accepts: 'multipart/form-data' } } },
    async (_c, request, response) => {
      const out: unknown[] = [];
      for await (const part of (request.body as MultipartBody).parts()) {
        if (part.kind === 'field') {
          out.push(part);
          continue;
        }
        seen.filesStarted++;
        const hash = createHash('sha256');
        let size = 0;
        try {
          for await (const piece of part.content) {
            hash.update(piece as Buffer);
            size += (piece as Buffer).length;
          }
        } catch (error) {
          seen.errors.push((error as Error).message);
          throw error;
        }
        out.push({ kind: 'file', name: part.name, filename: part.filename, mimeType: part.mimeType, size, sha256: hash.digest('hex') });
      }
      seen.parts.push(...out);
      return response.ok({ body: { parts: out } });
    },
  );
  // Reads nothing: an early refusal (say, a case that does not exist) must not stall the socket.
  router.post({ path: '/api/upload_ignored', validate: false, options: { body: { accepts: 'multipart/form-data' } } }, async (_c, _r, res) =>
    res.notFound({ body: { message: 'no such case' } }),
  );
  // Awaits before reading the file part: a part the parser already cut at the limit must not throw out of the event loop meanwhile.
  router.post(
    { path: '/api/upload_late', validate: false, options: { maxBytes: 1000, body: { accepts: 'multipart/form-data' } } },
    async (_c, request, response) => {
      for await (const part of (request.body as MultipartBody).parts()) {
        if (part.kind !== 'file') continue;
        await new Promise((resolve) => setTimeout(resolve, 50));
        let size = 0;
        for await (const piece of part.content) size += (piece as Buffer).length;
        return response.ok({ body: { size } });
      }
      return response.ok({ body: {} });
    },
  );
  router.post({ path: '/api/json', validate: { body: strict({ a: t.string }) } }, async (_c, request, res) => res.ok({ body: request.body }));
}

describe('multipart routes', () => {
  let server: HttpServer;
  const seen: Seen = { parts: [], errors: [], filesStarted: 0 };
  const post = (url: string, payload: Buffer | string, headers: Record<string, string> = MULTIPART) =>
    server.fastify.inject({ method: 'POST', url, headers: { ...GOOD, ...XSRF, ...headers }, payload });

  beforeAll(async () => {
    server = createTestServer({}, 'fatal').server;
    registerRoutes(server, seen);
    await server.start();
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    seen.parts.length = 0;
    seen.errors.length = 0;
    seen.filesStarted = 0;
  });

  it('yields the fields and the file in the order sent, the file streamed whole', async () => {
    const data = randomBytes(900);
    const res = await post('/api/upload', formBody([{ name: 'filename', value: 'shot' }, { name: 'file', filename: 'a.png', type: 'image/png', data }]));
    expect(res.statusCode).toBe(200);
    expect(res.json().parts).toEqual([
      { kind: 'field', name: 'filename', value: 'shot' },
      { kind: 'file', name: 'file', filename: 'a.png', mimeType: 'image/png', size: 900, sha256: createHash('sha256').update(data).digest('hex') },
    ]);
  });

  it('accepts a file of exactly maxBytes and refuses one byte more with 413', async () => {
    const atLimit = await post('/api/upload', formBody([{ name: 'file', filename: 'a.bin', type: 'application/octet-stream', data: randomBytes(1000) }]));
    expect(atLimit.statusCode).toBe(200);
    const over = await post('/api/upload', formBody([{ name: 'file', filename: 'a.bin', type: 'application/octet-stream', data: randomBytes(1001) }]));
    expect(over.statusCode).toBe(413);
    expect(over.json()).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'The file is larger than the maximum of 1000 bytes' });
    expect(seen.errors).toEqual(['The file is larger than the maximum of 1000 bytes']);
  });

  it('answers 413 for a file cut at the limit before a handler that awaits first reads it, without an uncaught error', async () => {
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      const res = await post('/api/upload_late', formBody([{ name: 'file', filename: 'a.bin', type: 'application/octet-stream', data: randomBytes(5000) }]));
      expect(res.statusCode).toBe(413);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  });

  it('refuses a declared length far past the limit before reading the body', async () => {
    const res = await post('/api/upload', formBody([{ name: 'file', filename: 'a', type: 'text/plain', data: randomBytes(70_000) }]));
    expect(res.statusCode).toBe(413);
    expect(seen.parts).toEqual([]);
  });

  it('refuses a second file and an eleventh field with 400', async () => {
    const file = { name: 'file', filename: 'a', type: 'text/plain', data: Buffer.from('x') };
    const twoFiles = await post('/api/upload', formBody([file, { ...file, name: 'other' }]));
    expect(twoFiles.statusCode).toBe(400);
    expect(twoFiles.json().message).toBe('Only one file may be sent in a request');
    const fields = Array.from({ length: 11 }, (_, i) => ({ name: `f${i}`, value: 'v' }));
    const tooMany = await post('/api/upload', formBody(fields));
    expect(tooMany.statusCode).toBe(400);
  });

  it('refuses a field longer than 1 KiB with 400 instead of truncating it', async () => {
    const res = await post('/api/upload', formBody([{ name: 'filename', value: 'n'.repeat(1025) }]));
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('The form field [filename] is longer than 1024 bytes');
  });

  it.each([
    ['no boundary', 'multipart/form-data', formBody([{ name: 'a', value: 'b' }])],
    ['a truncated body', MULTIPART['content-type'], formBody([{ name: 'file', filename: 'a', type: 'text/plain', data: Buffer.from('abc') }], false)],
    ['garbage', MULTIPART['content-type'], Buffer.from('this is not multipart at all')],
  ])('answers %s with 400 in Kibana’s body', async (_label, contentType, payload) => {
    const res = await post('/api/upload', payload, { 'content-type': contentType });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('refuses any other content type on a multipart route with 415, before reading it', async () => {
    const res = await post('/api/upload', JSON.stringify({ a: 'b' }), { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toEqual({ statusCode: 415, error: 'Unsupported Media Type', message: 'Unsupported Media Type' });
  });

  it('still refuses a multipart body on a JSON route with 415, and JSON still works there', async () => {
    const res = await post('/api/json', formBody([{ name: 'a', value: 'b' }]));
    expect(res.statusCode).toBe(415);
    const json = await post('/api/json', JSON.stringify({ a: 'b' }), { 'content-type': 'application/json' });
    expect(json.json()).toEqual({ a: 'b' });
  });

  it('authenticates before judging the body', async () => {
    const res = await server.fastify.inject({ method: 'POST', url: '/api/upload', headers: { ...XSRF, 'content-type': 'text/plain' }, payload: 'x' });
    expect(res.statusCode).toBe(401);
  });

  it('answers a handler that reads nothing, and the connection serves the next request', async () => {
    const socket = await openSocket(server);
    const body = formBody([{ name: 'file', filename: 'a', type: 'text/plain', data: randomBytes(500_000) }]);
    const first = await exchange(socket, rawPost('/api/upload_ignored', body, 'keep-alive'));
    expect(first).toMatch(/^HTTP\/1\.1 404/);
    const second = await exchange(socket, rawPost('/api/upload', formBody([{ name: 'a', value: 'b' }]), 'close'));
    expect(second).toMatch(/^HTTP\/1\.1 200/);
    socket.destroy();
  });

  it('errors the file stream of an upload the client abandons, and keeps serving', async () => {
    const socket = await openSocket(server);
    const partial = formBody([{ name: 'file', filename: 'a', type: 'text/plain', data: randomBytes(600) }], false).subarray(0, 400);
    socket.write(rawPost('/api/upload', partial, 'keep-alive', 900));
    await until(() => seen.filesStarted > 0);
    socket.destroy();
    await until(() => seen.errors.length > 0);
    expect(seen.errors[0]).toMatch(/terminated early|closed|aborted|ended/i);
    const after = await post('/api/upload', formBody([{ name: 'a', value: 'b' }]));
    expect(after.statusCode).toBe(200);
  });
});

function rawPost(path: string, body: Buffer, connection: string, contentLength = body.length): Buffer {
  const head =
    `POST ${path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer good\r\nkbn-xsrf: true\r\n` +
    `Content-Type: ${MULTIPART['content-type']}\r\nContent-Length: ${contentLength}\r\nConnection: ${connection}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), body]);
}

async function openSocket(server: HttpServer): Promise<Socket> {
  const { port } = server.fastify.server.address() as { port: number };
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
  });
}

/** Writes a request and resolves with the response head once it has fully arrived. */
function exchange(socket: Socket, data: Buffer): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(text);
      if (end >= 0 && length && text.length >= end + 4 + Number(length[1])) {
        socket.off('data', onData);
        resolve(text);
      }
    };
    socket.on('data', onData);
    socket.write(data);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await sleep(20);
}

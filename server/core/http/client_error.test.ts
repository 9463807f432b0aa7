import { connect } from 'node:net';
import { createTestServer, GOOD } from './__fixtures__/test_server';
import type { HttpServer } from './http_server';

interface RawExchange {
  text: string;
  /** The server closed with a FIN (a clean end), not a reset. */
  ended: boolean;
  error?: string;
}

/** Writes raw bytes to the server and reads until it closes the connection. */
function exchange(port: number, chunks: string[]): Promise<RawExchange> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let text = '';
    let ended = false;
    let error: string | undefined;
    socket.on('data', (d) => (text += d.toString('latin1')));
    socket.on('end', () => (ended = true));
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code));
    socket.on('close', () => resolve({ text, ended, error }));
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk);
    });
  });
}

/** The last response on the connection: its status, headers (lower-cased) and JSON body. */
function lastResponse(text: string) {
  const start = text.lastIndexOf('HTTP/1.1 ');
  const [head, body] = text.slice(start).split('\r\n\r\n');
  const [statusLine, ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) as unknown };
}

const request = (path: string, extra = '') => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${GOOD.authorization}\r\n${extra}\r\n`;

// Issue 10, defect 5: these refusals closed the socket with no `Connection: close`.
describe('refusals at the parser', () => {
  let server: HttpServer;
  let port: number;

  beforeEach(async () => {
    ({ server } = createTestServer({}, 'info'));
    server.createRouter().get({ path: '/api/echo', validate: false }, async (_c, _r, response) => response.ok({ body: { ok: true } }));
    ({ port } = await server.start());
  });
  afterEach(() => server.stop());

  it('answers headers past 16 KB with 431, Connection: close and Kibana body, then a clean close', async () => {
    const result = await exchange(port, [request('/api/echo', `X-Big: ${'a'.repeat(20_000)}\r\n`)]);
    expect(result.error).toBeUndefined();
    expect(result.ended).toBe(true);
    const res = lastResponse(result.text);
    expect(res.status).toBe(431);
    expect(res.headers.connection).toBe('close');
    expect(res.body).toEqual({ statusCode: 431, error: 'Request Header Fields Too Large', message: 'Request header fields too large' });
  });

  it('answers a malformed request with 400 "Client Error" and Connection: close', async () => {
    const result = await exchange(port, ['GET /api/echo HTTP/1.1\r\nHost: x\r\nNot a header\r\n\r\n']);
    expect(result.error).toBeUndefined();
    const res = lastResponse(result.text);
    expect(res.status).toBe(400);
    expect(res.headers.connection).toBe('close');
    expect(res.headers['content-length']).toBe(String(JSON.stringify(res.body).length));
    expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', message: 'Client Error' });
  });

  it('answers the good request of a keep-alive connection first, then refuses the bad one', async () => {
    const result = await exchange(port, [request('/api/echo'), 'BROKEN\r\n\r\n']);
    expect(result.error).toBeUndefined();
    expect(result.text.startsWith('HTTP/1.1 200 OK')).toBe(true);
    expect(result.text).toContain('{"ok":true}');
    const res = lastResponse(result.text);
    expect(res.status).toBe(400);
    expect(res.headers.connection).toBe('close');
  });

  it('leaves the server serving other connections', async () => {
    await exchange(port, ['\x00\x01garbage\r\n\r\n']);
    const res = await fetch(`http://127.0.0.1:${port}/api/echo`, { headers: GOOD });
    expect(await res.json()).toEqual({ ok: true });
  });
});

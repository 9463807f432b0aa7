import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_ACTIONS_CONFIG, type ActionsConfig } from './config';
import { createEgressRules } from './egress';
import { ConnectorHttpError, EgressRefusedError } from './errors';
import { createHostSettingsResolver } from './host_settings';
import { createConnectorHttpClient, type ConnectorHttpClient } from './http_client';
import { createTestLogger } from '../mocks';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

let server: Server;
let base: string;
let handler: Handler;
const hits: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: string }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      hits.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const clients: ConnectorHttpClient[] = [];
afterEach(async () => {
  hits.length = 0;
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

function client(overrides: Partial<ActionsConfig> = {}) {
  const config = { ...DEFAULT_ACTIONS_CONFIG, ...overrides };
  const captured = createTestLogger();
  const egress = createEgressRules(config.allowedHosts);
  const created = createConnectorHttpClient({ config, egress, hostSettings: createHostSettingsResolver(config), logger: captured.logger });
  clients.push(created);
  const retries = () => captured.lines.filter((l) => l['event.action'] === 'connector-http-retry').length;
  return { http: created.bind(), retries, lines: captured.lines };
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

async function failure(promise: Promise<unknown>): Promise<ConnectorHttpError> {
  try {
    await promise;
  } catch (e) {
    return e as ConnectorHttpError;
  }
  throw new Error('expected the request to fail');
}

describe('ConnectorHttp: answers', () => {
  it('sends JSON with basic auth, and parses a JSON answer', async () => {
    handler = (_req, res) => json(res, 201, { id: 'INC-1' }, { 'X-Trace': 't1' });
    const answer = await client().http.request({ method: 'POST', url: `${base}/rest/issue?x=1`, body: { summary: 's' }, auth: { username: 'u', password: 'p' } });
    expect(answer).toEqual({ status: 201, statusText: 'Created', headers: expect.objectContaining({ 'x-trace': 't1' }), data: { id: 'INC-1' } });
    expect(hits[0]).toMatchObject({ method: 'POST', url: '/rest/issue?x=1', body: '{"summary":"s"}' });
    expect(hits[0].headers['content-type']).toBe('application/json');
    expect(hits[0].headers.authorization).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
  });

  it("rejects a 4xx with axios's words, the status and the parsed body", async () => {
    handler = (_req, res) => json(res, 400, { errorMessages: ['Field summary is required'] });
    const error = await failure(client().http.request({ method: 'POST', url: `${base}/x`, body: {} }));
    expect(error).toBeInstanceOf(ConnectorHttpError);
    expect(error.message).toBe('Request failed with status code 400');
    expect(error).toMatchObject({ status: 400, statusText: 'Bad Request', data: { errorMessages: ['Field summary is required'] } });
  });

  it('keeps a text body of an error as text', async () => {
    handler = (_req, res) => (res.writeHead(500, { 'content-type': 'text/plain' }), res.end('boom'));
    const error = await failure(client().http.request({ method: 'GET', url: `${base}/x` }));
    expect(error).toMatchObject({ message: 'Request failed with status code 500', status: 500, data: 'boom' });
    // 500 is not among the retried statuses, even for GET.
    expect(hits).toHaveLength(1);
  });

  it('refuses a URL outside the allowed hosts before sending anything', async () => {
    handler = (_req, res) => json(res, 200, {});
    const error = await failure(client({ allowedHosts: ['localhost'] }).http.request({ method: 'GET', url: `${base}/x` }));
    expect(error).toBeInstanceOf(EgressRefusedError);
    expect(error.message).toBe(`target url "${base}/x" is not added to the Kibana config xpack.actions.allowedHosts`);
    expect(hits).toHaveLength(0);
  });
});

describe('ConnectorHttp: RETRY_POLICY', () => {
  it('retries a GET on 503 and succeeds on the third attempt', async () => {
    handler = (_req, res) => (hits.length < 3 ? json(res, 503, { error: 'busy' }) : json(res, 200, { ok: true }));
    const { http, retries } = client();
    await expect(http.request({ method: 'GET', url: `${base}/x` })).resolves.toMatchObject({ data: { ok: true } });
    expect(hits).toHaveLength(3);
    expect(retries()).toBe(2);
  });

  it('stops after run.maxAttempts attempts of a PUT on 502', async () => {
    handler = (_req, res) => json(res, 502, {});
    const error = await failure(client({ run: { maxAttempts: 2 } }).http.request({ method: 'PUT', url: `${base}/x`, body: {} }));
    expect(error.status).toBe(502);
    expect(hits).toHaveLength(2);
  });

  it('never retries a POST or a PATCH once sent: a second create would duplicate the incident', async () => {
    handler = (_req, res) => json(res, 503, {});
    await failure(client().http.request({ method: 'POST', url: `${base}/x`, body: {} }));
    await failure(client().http.request({ method: 'PATCH', url: `${base}/x`, body: {} }));
    expect(hits).toHaveLength(2);
  });

  it('retries a reset connection for a GET, never for a POST', async () => {
    handler = (req) => req.socket.destroy();
    const get = await failure(client().http.request({ method: 'GET', url: `${base}/x` }));
    expect(get.code).toBe('ECONNRESET');
    expect(hits).toHaveLength(3);
    hits.length = 0;
    const post = await failure(client().http.request({ method: 'POST', url: `${base}/x`, body: {} }));
    expect(post.code).toBe('ECONNRESET');
    expect(hits).toHaveLength(1);
  });

  it('retries any method when the connection was refused (nothing was sent)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { http, retries } = client();
    const error = await failure(http.request({ method: 'POST', url: `http://127.0.0.1:${port}/x`, body: {} }));
    expect(error.code).toBe('ECONNREFUSED');
    expect(error.message).toContain('ECONNREFUSED');
    expect(retries()).toBe(2);
  });

  it('honours a short Retry-After and gives up on a long one', async () => {
    handler = (_req, res) => (hits.length < 2 ? json(res, 429, {}, { 'retry-after': '1' }) : json(res, 200, {}));
    const started = Date.now();
    await client().http.request({ method: 'GET', url: `${base}/x` });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(hits).toHaveLength(2);
    hits.length = 0;
    handler = (_req, res) => json(res, 429, {}, { 'retry-after': '30' });
    expect((await failure(client().http.request({ method: 'GET', url: `${base}/x` }))).status).toBe(429);
    expect(hits).toHaveLength(1);
  });
});

describe('ConnectorHttp: limits', () => {
  it('times out a hanging server with the larger of the request timeout and responseTimeout', async () => {
    handler = () => undefined;
    const error = await failure(client({ responseTimeout: 300 }).http.request({ method: 'GET', url: `${base}/hang` }));
    expect(error).toMatchObject({ message: 'timeout of 300ms exceeded', code: 'ECONNABORTED' });
    const longer = await failure(client({ responseTimeout: 300 }).http.request({ method: 'GET', url: `${base}/hang`, timeoutMs: 600 }));
    expect(longer.message).toBe('timeout of 600ms exceeded');
  });

  it('does not retry past the timeout budget', async () => {
    handler = (_req, res) => json(res, 503, {});
    await failure(client({ responseTimeout: 150, run: { maxAttempts: 10 } }).http.request({ method: 'GET', url: `${base}/x` }));
    expect(hits.length).toBeLessThan(3);
  });

  it('refuses an answer past maxResponseContentLength, declared or streamed', async () => {
    handler = (req, res) => {
      if (req.url === '/declared') return json(res, 200, { big: 'x'.repeat(2000) });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('y'.repeat(800));
      setTimeout(() => res.end('y'.repeat(800)), 20);
    };
    const { http } = client({ maxResponseContentLength: 1000 });
    expect((await failure(http.request({ method: 'GET', url: `${base}/declared` }))).message).toBe('maxContentLength size of 1000 exceeded');
    expect((await failure(http.request({ method: 'GET', url: `${base}/streamed` }))).message).toBe('maxContentLength size of 1000 exceeded');
    // Not retried: the same answer would come again.
    expect(hits).toHaveLength(2);
  });
});

describe('ConnectorHttp: redirects', () => {
  it('follows a redirect on the same host; a POST answered 302 continues as a GET', async () => {
    handler = (req, res) => (req.url === '/start' ? (res.writeHead(302, { location: '/final' }), res.end()) : json(res, 200, { at: req.url, method: req.method }));
    const answer = await client().http.request({ method: 'POST', url: `${base}/start`, body: { a: 1 } });
    expect(answer.data).toEqual({ at: '/final', method: 'GET' });
  });

  it('refuses a hop to a host outside the allowed hosts', async () => {
    handler = (_req, res) => (res.writeHead(307, { location: `http://localhost:1/elsewhere` }), res.end());
    const error = await failure(client({ allowedHosts: ['127.0.0.1'] }).http.request({ method: 'GET', url: `${base}/start` }));
    expect(error).toBeInstanceOf(EgressRefusedError);
    expect(error.message).toBe('target hostname "localhost" is not added to the Kibana config xpack.actions.allowedHosts');
    expect(hits).toHaveLength(1);
  });

  it('stops after 5 redirects', async () => {
    handler = (req, res) => (res.writeHead(302, { location: `/r${hits.length}` }), res.end());
    const error = await failure(client().http.request({ method: 'GET', url: `${base}/r` }));
    expect(error.message).toBe('Maximum number of redirects exceeded');
    expect(hits).toHaveLength(6);
  });
});

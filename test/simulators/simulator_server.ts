/**
 * The HTTP part every simulator shares: a node:http server on 127.0.0.1, the request log, the
 * fault queue and JSON helpers. A simulator supplies one handler that answers like its system.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedRequest, Simulator, SimulatorFault } from './types';

export interface SimulatorRequest extends RecordedRequest {
  /** The path without the query. */
  path: string;
  query: URLSearchParams;
}

export interface SimulatorReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Answers one request; `state` is the simulator's records and comments. */
export type SimulatorHandler = (request: SimulatorRequest, state: Pick<Simulator, 'records' | 'comments'>) => SimulatorReply | Promise<SimulatorReply>;

interface QueuedFault {
  match: { method?: string; path?: RegExp };
  fault: SimulatorFault;
  remaining: number;
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function startSimulatorServer(handler: SimulatorHandler): Promise<Simulator> {
  const requests: RecordedRequest[] = [];
  const records = new Map<string, Record<string, unknown>>();
  const comments = new Map<string, string[]>();
  let faults: QueuedFault[] = [];
  const hanging = new Set<ServerResponse>();

  const server = createServer((req, res) => {
    void readBody(req).then(
      async (text) => {
        const url = new URL(req.url ?? '/', 'http://simulator');
        const request: SimulatorRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body: parseBody(text, req.headers['content-type']), path: url.pathname, query: url.searchParams };
        requests.push({ method: request.method, url: request.url, headers: request.headers, body: request.body });
        const fault = takeFault(request);
        if (fault?.kind === 'hang') {
          hanging.add(res);
          return;
        }
        if (fault?.kind === 'close') {
          req.socket.destroy();
          return;
        }
        const reply = fault?.kind === 'error' ? { status: fault.status, body: fault.body } : await handler(request, { records, comments });
        send(res, reply);
      },
      () => send(res, { status: 413, body: { message: 'body too large' } }),
    );
  });

  function takeFault(request: SimulatorRequest): SimulatorFault | undefined {
    const queued = faults.find((f) => (f.match.method === undefined || f.match.method === request.method) && (f.match.path === undefined || f.match.path.test(request.path)));
    if (!queued) return undefined;
    queued.remaining -= 1;
    if (queued.remaining <= 0) faults = faults.filter((f) => f !== queued);
    return queued.fault;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    records,
    comments,
    failNext(match, fault, count = 1) {
      faults.push({ match, fault, remaining: count });
    },
    reset() {
      requests.length = 0;
      records.clear();
      comments.clear();
      faults = [];
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === '') return '';
  if (contentType?.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

function send(res: ServerResponse, { status, body, headers = {} }: SimulatorReply): void {
  if (res.destroyed) return;
  const isText = typeof body === 'string';
  const payload = body === undefined ? '' : isText ? body : JSON.stringify(body);
  res.writeHead(status, { ...(body === undefined ? {} : { 'content-type': isText ? 'text/plain' : 'application/json; charset=utf-8' }), ...headers });
  res.end(payload);
}

/** The Basic credentials of a request, or undefined. */
export function basicCredentials(request: RecordedRequest): { username: string; password: string } | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string' || !header.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

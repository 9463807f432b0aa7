/**
 * The one way a connector reaches the network (`ConnectorHttp`, on undici). Every request and
 * every redirect hop is checked against xpack.actions.allowedHosts; TLS follows the request's
 * own options over customHostSettings over xpack.actions.ssl; the timeout bounds all attempts
 * together; answers past maxResponseContentLength are refused; retries follow RETRY_POLICY
 * (retry_policy.ts). Failures carry axios's words, because Kibana's connector errors embed them.
 */
import { STATUS_CODES } from 'node:http';
import { Agent, request as undiciRequest, type Dispatcher } from 'undici';
import type { Logger } from '../logging/types';
import type { ActionsConfig } from './config';
import { ConnectorHttpError, EgressRefusedError } from './errors';
import type { HostSettingsResolver } from './host_settings';
import { retryDelay, type AttemptFailure } from './retry_policy';
import { agentKey, agentOptions, effectiveTls } from './tls_options';
import type { ConnectorHttp, ConnectorHttpRequest, ConnectorHttpResponse, EgressRules } from './types';

/** follow-redirects' (axios's) limit and message. */
export const MAX_REDIRECTS = 5;

export interface HttpClientDeps {
  config: Pick<ActionsConfig, 'responseTimeout' | 'maxResponseContentLength' | 'run'>;
  egress: EgressRules;
  hostSettings: HostSettingsResolver;
  logger: Logger;
}

export interface ConnectorHttpClient {
  /** A client whose requests also end when `signal` aborts (the caller's request went away). */
  bind(signal?: AbortSignal): ConnectorHttp;
  close(): Promise<void>;
}

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  data: unknown;
}

export function createConnectorHttpClient(deps: HttpClientDeps): ConnectorHttpClient {
  const agents = new Map<string, Agent>();
  const dispatcherFor = (url: string, request: ConnectorHttpRequest): Dispatcher => {
    const tls = effectiveTls(request.tls, deps.hostSettings(url));
    const key = agentKey(tls);
    let agent = agents.get(key);
    if (!agent) {
      agent = new Agent({ connect: agentOptions(tls) });
      agents.set(key, agent);
    }
    return agent;
  };

  async function send(request: ConnectorHttpRequest, callerSignal: AbortSignal | undefined): Promise<ConnectorHttpResponse> {
    deps.egress.assertUrlAllowed(request.url);
    const timeoutMs = Math.max(request.timeoutMs ?? 0, deps.config.responseTimeout);
    const deadline = Date.now() + timeoutMs;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onCallerAbort = () => controller.abort();
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const failed = (e: unknown) => asHttpError(e, { timedOut, timeoutMs, limit: deps.config.maxResponseContentLength });
    try {
      for (let attempt = 1; ; attempt++) {
        let answer: RawAnswer;
        try {
          answer = await followRedirects(request, controller.signal);
        } catch (e) {
          // A redirect out of the allowed hosts is refused as Kibana words it, never retried.
          if (e instanceof EgressRefusedError) throw e;
          const error = failed(e);
          const wait = !timedOut && !callerSignal?.aborted && error.code && !(e instanceof TooLargeError) ? retryDelay({ method: request.method, failure: { code: error.code }, attempt, maxAttempts: deps.config.run.maxAttempts }) : undefined;
          if (wait === undefined || Date.now() + wait >= deadline) throw error;
          await pause(wait, request, attempt, error.code ?? '', controller.signal).catch((abort: unknown) => Promise.reject(failed(abort)));
          continue;
        }
        if (answer.status >= 200 && answer.status < 300) return { ...answer, statusText: statusText(answer.status) };
        const failure: AttemptFailure = { status: answer.status, retryAfter: answer.headers['retry-after'] };
        const wait = retryDelay({ method: request.method, failure, attempt, maxAttempts: deps.config.run.maxAttempts });
        if (wait === undefined || Date.now() + wait >= deadline) {
          throw new ConnectorHttpError(`Request failed with status code ${answer.status}`, { status: answer.status, statusText: statusText(answer.status), data: answer.data });
        }
        await pause(wait, request, attempt, String(answer.status), controller.signal).catch((abort: unknown) => Promise.reject(failed(abort)));
      }
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }
  }

  async function pause(ms: number, request: ConnectorHttpRequest, attempt: number, reason: string, signal: AbortSignal): Promise<void> {
    deps.logger.debug({ 'event.action': 'connector-http-retry', 'http.request.method': request.method, 'url.path': pathOf(request.url) }, `Retrying after ${reason} (attempt ${attempt + 1} in ${ms} ms)`);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => (clearTimeout(timer), reject(new Error('aborted'))), { once: true });
    });
  }

  /** One attempt: the request and up to MAX_REDIRECTS hops, each hop's host checked. */
  async function followRedirects(request: ConnectorHttpRequest, signal: AbortSignal): Promise<RawAnswer> {
    let current = { ...request, headers: outgoingHeaders(request) };
    for (let hops = 0; ; hops++) {
      const answer = await undiciRequest(current.url, {
        method: current.method,
        headers: current.headers,
        body: encodeBody(current.body),
        signal,
        dispatcher: dispatcherFor(current.url, current),
      });
      const headers = flatHeaders(answer.headers);
      const location = headers.location;
      if (answer.statusCode >= 300 && answer.statusCode < 400 && location) {
        await answer.body.dump();
        if (hops >= MAX_REDIRECTS) throw new ConnectorHttpError('Maximum number of redirects exceeded', { code: 'ERR_FR_TOO_MANY_REDIRECTS' });
        current = redirected(current, answer.statusCode, new URL(location, current.url));
        continue;
      }
      const data = await readBody(answer.body, headers, deps.config.maxResponseContentLength);
      return { status: answer.statusCode, headers, data };
    }
  }

  function redirected<R extends ConnectorHttpRequest & { headers: Record<string, string> }>(previous: R, status: number, target: URL): R {
    // Kibana checks each hop's hostname (axios beforeRedirect): a redirect cannot leave the allowed hosts.
    deps.egress.assertHostAllowed(target.hostname);
    const headers = { ...previous.headers };
    // Credentials go only where they were meant to (follow-redirects drops them across hosts).
    if (target.host !== new URL(previous.url).host) delete headers.authorization;
    // 303, and 301/302 after a POST, become a GET without a body, as browsers and axios do.
    const toGet = status === 303 || ((status === 301 || status === 302) && previous.method === 'POST');
    if (toGet) delete headers['content-type'];
    return { ...previous, url: target.toString(), headers, method: toGet ? 'GET' : previous.method, body: toGet ? undefined : previous.body };
  }

  return {
    bind: (signal) => ({ request: (request) => send(request, signal) }),
    async close() {
      const all = [...agents.values()];
      agents.clear();
      await Promise.all(all.map((agent) => agent.close().catch(() => undefined)));
    },
  };
}

const statusText = (status: number): string => STATUS_CODES[status] ?? '';

/** The URL without query and credentials: queries may carry tokens, and logs must not. */
export const pathOf = (url: string): string => {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '[unparseable url]';
  }
};

function outgoingHeaders({ headers = {}, body, auth }: ConnectorHttpRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  if (auth) out.authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
  if (body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body) && !out['content-type']) out['content-type'] = 'application/json';
  return out;
}

function encodeBody(body: unknown): string | Buffer | undefined {
  if (body === undefined) return undefined;
  if (typeof body === 'string' || Buffer.isBuffer(body)) return body;
  return JSON.stringify(body);
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

class TooLargeError extends Error {}

/** Reads at most `limit` bytes: a hostile or broken server cannot fill the memory. */
async function readBody(body: Dispatcher.ResponseData['body'], headers: Record<string, string>, limit: number): Promise<unknown> {
  const tooLarge = () => new TooLargeError(`maxContentLength size of ${limit} exceeded`);
  if (Number(headers['content-length']) > limit) {
    body.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      body.destroy();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text !== '' && /json/i.test(headers['content-type'] ?? '')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

/** Node's and undici's failures in axios's words and codes. */
function asHttpError(e: unknown, ctx: { timedOut: boolean; timeoutMs: number; limit: number }): ConnectorHttpError {
  if (e instanceof ConnectorHttpError) return e;
  if (ctx.timedOut) return new ConnectorHttpError(`timeout of ${ctx.timeoutMs}ms exceeded`, { code: 'ECONNABORTED', cause: e });
  if (e instanceof TooLargeError) return new ConnectorHttpError(e.message, { code: 'ERR_BAD_RESPONSE' });
  const error = e as Error & { code?: string; cause?: Error & { code?: string } };
  if (error.name === 'AbortError' || error.code === 'UND_ERR_ABORTED' || error.message === 'aborted') return new ConnectorHttpError('canceled', { code: 'ERR_CANCELED', cause: e });
  const code = error.cause?.code ?? error.code;
  // undici names a dropped connection UND_ERR_SOCKET ("other side closed"); axios says ECONNRESET.
  if (code === 'UND_ERR_SOCKET') return new ConnectorHttpError('socket hang up', { code: 'ECONNRESET', cause: e });
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return new ConnectorHttpError(`timeout of ${ctx.timeoutMs}ms exceeded`, { code: 'ECONNABORTED', cause: e });
  const message = error.cause?.code ? error.cause.message : error.message;
  return new ConnectorHttpError(message, { code, cause: e });
}

import { type BrowserLocation } from './browser_location';
import { getSpaceBasePath } from './space_url';

/** Kibana's error body: every failed API call answers with it. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
}

export class HttpFetchError extends Error {
  constructor(
    message: string,
    public readonly statusCode: number,
    public readonly body?: ApiErrorBody | string,
  ) {
    super(message);
    this.name = 'HttpFetchError';
  }
}

export interface HttpRequestOptions {
  query?: Record<string, string | number | boolean | Array<string | number> | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * Space-scoped calls (the default) go to `/s/{spaceId}/...`. Platform calls that are the same
   * in every space (login, the spaces list) opt out.
   */
  spaceScoped?: boolean;
  /** Set to false where a 401 is an answer, not an expired session (the login form). */
  redirectOnUnauthorized?: boolean;
}

export interface HttpClient {
  readonly spaceId: string;
  fetch<T>(method: string, path: string, options?: HttpRequestOptions): Promise<T>;
  get<T>(path: string, options?: HttpRequestOptions): Promise<T>;
  post<T>(path: string, options?: HttpRequestOptions): Promise<T>;
  put<T>(path: string, options?: HttpRequestOptions): Promise<T>;
  patch<T>(path: string, options?: HttpRequestOptions): Promise<T>;
  delete<T>(path: string, options?: HttpRequestOptions): Promise<T>;
}

export interface HttpClientDeps {
  spaceId: string;
  location: BrowserLocation;
  fetchImpl?: typeof fetch;
  /** The app sends an expired session to the login page; the login page itself does not. */
  redirectOnUnauthorized?: boolean;
}

function buildQuery(query: HttpRequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

function toError(response: Response, body: unknown): HttpFetchError {
  if (body && typeof body === 'object' && typeof (body as ApiErrorBody).message === 'string') {
    const apiBody = body as ApiErrorBody;
    return new HttpFetchError(apiBody.message, response.status, apiBody);
  }
  const fallback = typeof body === 'string' && body.length < 500 && body ? body : response.statusText;
  return new HttpFetchError(fallback || `Request failed with status ${response.status}`, response.status, typeof body === 'string' ? body : undefined);
}

export function createHttpClient(deps: HttpClientDeps): HttpClient {
  const fetchImpl = deps.fetchImpl ?? ((...args: Parameters<typeof fetch>) => window.fetch(...args));

  async function request<T>(method: string, path: string, options: HttpRequestOptions = {}): Promise<T> {
    const { spaceScoped = true, body, signal } = options;
    const prefix = spaceScoped ? getSpaceBasePath(deps.spaceId) : '';
    const headers: Record<string, string> = { 'kbn-xsrf': 'true', ...options.headers };
    if (body !== undefined) headers['content-type'] = 'application/json';

    const response = await fetchImpl(`${prefix}${path}${buildQuery(options.query)}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
    const parsed = await readBody(response);
    if (response.ok) return parsed as T;

    const redirect = options.redirectOnUnauthorized ?? deps.redirectOnUnauthorized ?? true;
    if (response.status === 401 && redirect) {
      deps.location.assign(`/login?next=${encodeURIComponent(deps.location.getCurrentPath())}`);
    }
    throw toError(response, parsed);
  }

  return {
    spaceId: deps.spaceId,
    fetch: request,
    get: (path, options) => request('GET', path, options),
    post: (path, options) => request('POST', path, options),
    put: (path, options) => request('PUT', path, options),
    patch: (path, options) => request('PATCH', path, options),
    delete: (path, options) => request('DELETE', path, options),
  };
}

export function getErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

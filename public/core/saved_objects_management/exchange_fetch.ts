/**
 * The two exchange calls the JSON http client cannot make: `_export` answers NDJSON (a file to
 * save, not a value to parse) and the imports send multipart bodies. They keep the client's
 * conventions: the page's space prefix, `kbn-xsrf`, Kibana's error body as the error, and an
 * expired session sent to the login page.
 */
import { type BrowserLocation } from '../browser_location';
import { HttpFetchError, type ApiErrorBody, type HttpClient } from '../http_client';
import { getSpaceBasePath } from '../space_url';

export interface ExchangeCore {
  http: Pick<HttpClient, 'spaceId'>;
  location: BrowserLocation;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function send(core: ExchangeCore, path: string, query: Record<string, boolean> | undefined, init: RequestInit): Promise<string> {
  const search = query ? `?${new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)])).toString()}` : '';
  const response = await window.fetch(`${getSpaceBasePath(core.http.spaceId)}${path}${search}`, {
    ...init,
    method: 'POST',
    headers: { 'kbn-xsrf': 'true', ...(init.headers as Record<string, string> | undefined) },
    credentials: 'same-origin',
  });
  const text = await response.text();
  if (response.ok) return text;
  if (response.status === 401) core.location.assign(`/login?next=${encodeURIComponent(core.location.getCurrentPath())}`);
  const body = parseJson(text);
  if (body && typeof body === 'object' && typeof (body as ApiErrorBody).message === 'string') {
    throw new HttpFetchError((body as ApiErrorBody).message, response.status, body as ApiErrorBody);
  }
  throw new HttpFetchError(response.statusText || `Request failed with status ${response.status}`, response.status);
}

/** The NDJSON of an export, as the server wrote it. */
export function postForNdjson(core: ExchangeCore, path: string, body: unknown): Promise<string> {
  return send(core, path, undefined, { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** A multipart POST (the browser sets the boundary), answered with JSON. */
export async function postMultipart<T>(core: ExchangeCore, path: string, query: Record<string, boolean>, form: FormData): Promise<T> {
  const text = await send(core, path, query, { body: form });
  return parseJson(text) as T;
}

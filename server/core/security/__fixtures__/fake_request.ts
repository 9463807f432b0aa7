/** Test-only KibanaRequest objects. */
import type { KibanaRequest } from '../../http/types';

export interface FakeRequestInit<P = unknown, Q = unknown, B = unknown> {
  headers?: Record<string, string | string[] | undefined>;
  params?: P;
  query?: Q;
  body?: B;
  method?: string;
  path?: string;
  spaceId?: string;
  remoteAddress?: string;
}

export function fakeRequest<P = unknown, Q = unknown, B = unknown>(init: FakeRequestInit<P, Q, B> = {}): KibanaRequest<P, Q, B> {
  return {
    params: (init.params ?? {}) as P,
    query: (init.query ?? {}) as Q,
    body: init.body as B,
    headers: init.headers ?? {},
    method: init.method ?? 'GET',
    url: new URL(init.path ?? '/', 'http://localhost:5601'),
    spaceId: init.spaceId ?? 'default',
    remoteAddress: init.remoteAddress ?? '127.0.0.1',
    abortSignal: new AbortController().signal,
  };
}

export const basicAuth = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

/**
 * A fetch double that answers by "METHOD path" and records every call, so tests can assert on
 * what was sent as well as render what came back.
 */
export interface MockResponse {
  status?: number;
  body?: unknown;
}

type Handler = MockResponse | ((request: RecordedRequest) => MockResponse | Promise<MockResponse>);

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

export function jsonResponse({ status = 200, body }: MockResponse): Response {
  const text = body === undefined ? '' : JSON.stringify(body);
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: status === 200 ? 'OK' : `Status ${status}`,
    headers: { get: (name: string) => (name.toLowerCase() === 'content-type' && text ? 'application/json; charset=utf-8' : null) },
    text: async () => text,
  } as unknown as Response;
}

export function createMockFetch(routes: Record<string, Handler> = {}) {
  const calls: RecordedRequest[] = [];
  const table = { ...routes };
  const fetchImpl = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const method = (init.method ?? 'GET').toUpperCase();
    const request: RecordedRequest = {
      method,
      url,
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(request);
    const handler = table[`${method} ${url.split('?')[0]}`];
    if (!handler) return jsonResponse({ status: 404, body: { statusCode: 404, error: 'Not Found', message: `No mock for ${method} ${url}` } });
    return jsonResponse(typeof handler === 'function' ? await handler(request) : handler);
  });
  return {
    fetchImpl: fetchImpl as unknown as typeof fetch,
    calls,
    /** Adds or replaces the answer of one route mid-test. */
    route(key: string, handler: Handler) {
      table[key] = handler;
    },
  };
}

/**
 * A scripted Elasticsearch for unit tests: every request is recorded (method, decoded path,
 * querystring, body) so tests assert the exact calls, and answered by the first route whose
 * method and path match. Unrouted requests get a 404 that names them.
 */
import { Client, errors } from '@elastic/elasticsearch';
import Mock from '@elastic/elasticsearch-mock';
import type { SavedObjectsType, SavedObjectTypeRegistry } from '../../types';
import { createElasticsearchBackend } from '../elasticsearch_backend';

export interface RecordedRequest {
  method: string;
  path: string;
  querystring: Record<string, string>;
  body: unknown;
}

export type Reply = unknown | ((req: RecordedRequest) => unknown);

interface Route {
  method: string;
  path: string | RegExp;
  reply: Reply;
  once: boolean;
}

export const FIXED_NOW = '2024-05-01T10:00:00.000Z';

export function esError(statusCode: number, type: string, reason = type): InstanceType<typeof errors.ResponseError> {
  return new errors.ResponseError({
    body: { error: { type, reason, root_cause: [{ type, reason }] }, status: statusCode },
    statusCode,
    headers: {},
    warnings: null,
    meta: {} as never,
  });
}

/** `maxRetries` as the production client has it (3 by default) lets tests see transport resends. */
export function mockCluster(options: { maxRetries?: number } = {}) {
  const mock = new Mock();
  const requests: RecordedRequest[] = [];
  const routes: Route[] = [];
  mock.add({ method: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD'], path: '*' }, (params) => {
    const req: RecordedRequest = {
      method: String(params.method),
      path: decodeURIComponent(String(params.path)),
      querystring: (params.querystring ?? {}) as Record<string, string>,
      body: params.body ?? undefined,
    };
    requests.push(req);
    const index = routes.findIndex(
      (r) => r.method === req.method && (typeof r.path === 'string' ? r.path === req.path : r.path.test(req.path)),
    );
    if (index < 0) return esError(404, 'unrouted', `${req.method} ${req.path}`);
    const route = routes[index];
    if (route.once) routes.splice(index, 1);
    return (typeof route.reply === 'function' ? route.reply(req) : route.reply) as Record<string, unknown>;
  });
  const client = new Client({ node: 'http://localhost:9200', Connection: mock.getConnection(), maxRetries: options.maxRetries ?? 0 });
  return {
    client,
    requests,
    /** Routes added with `once` answer one request, then fall through to later routes. */
    on(method: string, path: string | RegExp, reply: Reply, once = false) {
      routes.push({ method, path, reply, once });
    },
    once(method: string, path: string | RegExp, reply: Reply) {
      routes.push({ method, path, reply, once: true });
    },
    /** The requests after the given count, e.g. everything a call made. */
    since(count: number) {
      return requests.slice(count);
    },
  };
}

export function testRegistry(types: SavedObjectsType[]): SavedObjectTypeRegistry {
  const byName = new Map(types.map((t) => [t.name, t]));
  return {
    registerType: (t) => void byName.set(t.name, t),
    getType: (name) => byName.get(name),
    getAllTypes: () => [...byName.values()],
    isNamespaceAgnostic: (name) => byName.get(name)?.namespaceType === 'agnostic',
  };
}

export const CASE_TYPE: SavedObjectsType = {
  name: 'cases',
  namespaceType: 'single',
  mappings: {
    dynamic: false,
    properties: {
      title: { type: 'text', fields: { keyword: { type: 'keyword' } } },
      description: { type: 'text' },
      status: { type: 'keyword' },
      severity_rank: { type: 'short' },
      closed: { type: 'boolean' },
      opened_at: { type: 'date' },
      counter: { type: 'long' },
      assignees: { properties: { uid: { type: 'keyword' } } },
      observables: { type: 'nested', properties: { value: { type: 'keyword' } } },
      settings: { properties: { sync: { type: 'boolean' } } },
    },
  },
};

export const COMMENT_TYPE: SavedObjectsType = {
  name: 'cases-comments',
  namespaceType: 'single',
  mappings: { properties: { comment: { type: 'text' }, status: { type: 'keyword' } } },
};

export const SPACE_TYPE: SavedObjectsType = {
  name: 'space',
  namespaceType: 'agnostic',
  mappings: { dynamic: 'strict', properties: { name: { type: 'text' } } },
};

export const ALIAS = 'test-alias';

/** A backend over a mock cluster with the three test types, a fixed clock and ids `id-1`, `id-2`, ... */
export function mockBackend(types: SavedObjectsType[] = [CASE_TYPE, COMMENT_TYPE, SPACE_TYPE], options: { maxRetries?: number } = {}) {
  const cluster = mockCluster(options);
  let next = 0;
  const registry = testRegistry(types);
  const backend = createElasticsearchBackend({
    client: cluster.client,
    index: ALIAS,
    registry,
    now: () => FIXED_NOW,
    generateId: () => `id-${++next}`,
  });
  return { cluster, backend, registry, repo: backend.repository };
}

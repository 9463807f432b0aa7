/**
 * An in-memory Elasticsearch, on @elastic/elasticsearch-mock, that answers the calls the blob
 * backend makes: index create/exists/refresh, create/update/get by id, search and
 * bulk deletes, and search with term, range and bool filters. Enough for the blob contract; it
 * rejects anything else loudly so the backend cannot drift from it unnoticed.
 */
import { Client, errors } from '@elastic/elasticsearch';
import Mock from '@elastic/elasticsearch-mock';

type Source = Record<string, unknown>;
type Query = Record<string, unknown>;

function esError(statusCode: number, type: string): InstanceType<typeof errors.ResponseError> {
  return new errors.ResponseError({
    body: { error: { type, reason: type, root_cause: [{ type, reason: type }] }, status: statusCode },
    statusCode,
    headers: {},
    warnings: null,
    meta: {} as never,
  });
}

function matches(source: Source, query: Query | undefined): boolean {
  if (!query) return true;
  const [kind, spec] = Object.entries(query)[0] as [string, Record<string, unknown>];
  const [field, value] = Object.entries(spec)[0] ?? [];
  switch (kind) {
    case 'term':
      return source[field] === value;
    case 'terms':
      return (value as unknown[]).includes(source[field]);
    case 'range': {
      const { lte } = value as { lte: string };
      return typeof source[field] === 'string' && (source[field] as string) <= lte;
    }
    case 'bool':
      return ((spec.filter ?? []) as Query[]).every((q) => matches(source, q));
    default:
      throw new Error(`fake cluster: unsupported query ${kind}`);
  }
}

/** A client over a fresh in-memory cluster, and its documents by index for assertions. */
export function fakeBlobCluster(): { client: Client; indices: Map<string, Map<string, Source>> } {
  const indices = new Map<string, Map<string, Source>>();
  const mock = new Mock();
  const docsOf = (index: string) => {
    const docs = indices.get(index);
    if (!docs) throw esError(404, 'index_not_found_exception');
    return docs;
  };
  mock.add({ method: 'PUT', path: '/:index' }, (params) => {
    const index = String(params.path).slice(1);
    if (indices.has(index)) return esError(400, 'resource_already_exists_exception');
    indices.set(index, new Map());
    return { acknowledged: true, index };
  });
  mock.add({ method: 'PUT', path: '/:index/_mapping' }, () => ({ acknowledged: true }));
  mock.add({ method: 'HEAD', path: '/:index' }, (params) => (indices.has(String(params.path).slice(1)) ? '' : esError(404, 'not_found')));
  mock.add({ method: ['GET', 'POST'], path: '/:index/_refresh' }, () => ({ _shards: { total: 1, successful: 1, failed: 0 } }));
  mock.add({ method: 'PUT', path: '/:index/_create/:id' }, (params) => {
    const [, index, , id] = decodeURIComponent(String(params.path)).split('/');
    const docs = indices.get(index) ?? new Map<string, Source>();
    indices.set(index, docs);
    if (docs.has(id)) return esError(409, 'version_conflict_engine_exception');
    docs.set(id, params.body as Source);
    return { _index: index, _id: id, result: 'created' };
  });
  mock.add({ method: 'POST', path: '/:index/_update/:id' }, (params) => {
    const [, index, , id] = decodeURIComponent(String(params.path)).split('/');
    const docs = docsOf(index);
    const current = docs.get(id);
    if (!current) return esError(404, 'document_missing_exception');
    docs.set(id, { ...current, ...(params.body as { doc: Source }).doc });
    return { _index: index, _id: id, result: 'updated' };
  });
  mock.add({ method: 'GET', path: '/:index/_doc/:id' }, (params) => {
    const [, index, , id] = decodeURIComponent(String(params.path)).split('/');
    const source = indices.get(index)?.get(id);
    return source ? { _index: index, _id: id, found: true, _source: source } : esError(404, 'not_found');
  });
  mock.add({ method: 'POST', path: '/:index/_search' }, (params) => {
    const index = String(params.path).split('/')[1];
    const { query } = params.body as { query?: Query };
    const hits = [...docsOf(index)].filter(([, s]) => matches(s, query)).map(([id, s]) => ({ _index: index, _id: id, _source: s }));
    return { hits: { total: { value: hits.length, relation: 'eq' }, hits } };
  });
  mock.add({ method: 'POST', path: '/_bulk' }, (params) => {
    const body = params.body as unknown;
    const lines = (typeof body === 'string' ? body.split('\n').filter(Boolean).map((line) => JSON.parse(line) as unknown) : body) as Array<{
      delete: { _index: string; _id: string };
    }>;
    const items = lines.map(({ delete: { _index, _id } }) => ({ delete: { _index, _id, status: indices.get(_index)?.delete(_id) ? 200 : 404 } }));
    return { errors: items.some((item) => item.delete.status !== 200), items };
  });
  const client = new Client({ node: 'http://localhost:9200', Connection: mock.getConnection(), maxRetries: 0 });
  return { client, indices };
}

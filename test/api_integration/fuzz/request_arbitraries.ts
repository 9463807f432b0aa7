/**
 * Random and malformed requests for one registered route, as fast-check arbitraries: path
 * parameters (known ids, unknown, huge, unicode, `..`, broken escapes), query strings
 * (repeated keys, arrays, JSON, out-of-range dates, huge values), bodies (random JSON of any
 * depth, deep nesting, key soups of the API's own field names, malformed JSON, wrong content
 * types, empty, oversized), with and without kbn-xsrf, credentials and a space prefix.
 */
import fc from 'fast-check';
import type { RegisteredRoute } from '../../../server/core';
import type { RawRequest } from './raw_client';
import { routeVocabulary } from './route_vocabulary';

/** Ids that exist, by path parameter name, so some requests get past the 404s. */
export type KnownIds = (param: string) => string[];

export interface FuzzContext {
  knownIds: KnownIds;
  authorization: string;
  knownSpace: string;
}

const enc = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '?'));
  }
};

// Sent verbatim: traversal, NUL, broken and overlong escapes.
const RAW_SEGMENTS = ['..', '.', '%2e%2e', '..%2f..%2fetc%2fpasswd', '%00', '%ZZ', '%', '%C3%28', '%F0%9F%98%80', '%E3%80%82', '*', '_find'];

const paramValue = (known: string[]) =>
  fc.oneof(
    { arbitrary: known.length ? fc.constantFrom(...known).map(enc) : fc.constant('none'), weight: 5 },
    { arbitrary: fc.constantFrom('does-not-exist', '00000000-0000-0000-0000-000000000000', 'x', ''), weight: 2 },
    { arbitrary: fc.constantFrom(...RAW_SEGMENTS), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }).map(enc), weight: 2 },
    { arbitrary: fc.integer({ min: 200, max: 10_000 }).map((n) => 'a'.repeat(n)), weight: 1 },
  );

function pathArbitrary(route: RegisteredRoute, ctx: FuzzContext): fc.Arbitrary<string> {
  const parts = route.path.split(/(\{[^}]+\})/).filter((p) => p !== '');
  const pieces = parts.map((part) => {
    const param = /^\{([^}*]+)\*?\}$/.exec(part)?.[1];
    return param ? paramValue(ctx.knownIds(param)) : fc.constant(part);
  });
  return fc.tuple(...pieces).map((values) => values.join(''));
}

const spacePrefix = (ctx: FuzzContext) =>
  fc.oneof(
    { arbitrary: fc.constant(''), weight: 6 },
    { arbitrary: fc.constant(`/s/${ctx.knownSpace}`), weight: 2 },
    { arbitrary: fc.constantFrom('/s/no-such-space', '/s/%ZZ', '/s/', `/s/${'s'.repeat(300)}`), weight: 1 },
  );

const QUERY_KEYS = [
  'page', 'perPage', 'sortField', 'sortOrder', 'search', 'searchFields', 'defaultSearchOperator', 'from', 'to',
  'owner', 'status', 'severity', 'tags', 'reporters', 'assignees', 'category', 'fields', 'ids', 'types',
  'include_authorized_purposes', 'purpose', 'next', 'features', 'uids', 'msg', 'rootSearchFields', 'size', 'name',
];
const DATES = ['9007199254740992', '8640000000000001', '-8640000000000001', 'now-1000000000y', 'now+1000000000y', 'now-15m', 'now/d', '+275760-09-13T00:00:00.001Z', '2024-13-45', '1e400', 'NaN', ''];
const ODD_VALUES = ['/\u3002evil.example', '/\u00e9', '//evil.example', '/a/..//evil.example', 'true', '-1', '0', '1.5', '99999999999999999999', 'null', '[]', '{}', '*', 'a* b* c* d* e*', '"', '\\', '%', '../..'];

// Rarely huge: past 16 KB the request line itself is refused at the parser (431).
const queryValue = fc.oneof(
  { arbitrary: fc.constantFrom(...DATES, ...ODD_VALUES), weight: 12 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 9 },
  // Path-like values, for the parameters that name where to go (`next`).
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }).map((v) => `/${v}`), weight: 6 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'), weight: 6 },
  { arbitrary: fc.integer({ min: 2_000, max: 30_000 }).map((n) => 'q'.repeat(n)), weight: 1 },
);
/** The route's own parameter names most of the time, so requests reach its handler. */
const queryKey = (own: string[]) =>
  fc.oneof(
    { arbitrary: own.length ? fc.constantFrom(...own) : fc.constantFrom(...QUERY_KEYS), weight: 8 },
    { arbitrary: fc.constantFrom(...QUERY_KEYS), weight: 2 },
    { arbitrary: fc.constantFrom(...own, ...QUERY_KEYS).map((k) => `${k}[]`), weight: 1 },
    { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  );
// Several values for one key make the repeated keys Kibana's query parser turns into arrays.
const queryPairs = (own: string[]) =>
  fc.array(
    fc.tuple(queryKey(own), fc.oneof({ arbitrary: queryValue.map((v) => [v]), weight: 4 }, { arbitrary: fc.array(queryValue, { minLength: 2, maxLength: 3 }), weight: 1 })).map(([key, values]) => values.map((v) => `${enc(key)}=${enc(v)}`)),
    { maxLength: 5 },
  );
const queryString = (own: string[]) =>
  fc.oneof(
    { arbitrary: fc.constant(''), weight: 3 },
    { arbitrary: queryPairs(own).map((pairs) => pairs.flat().join('&')), weight: 6 },
    { arbitrary: fc.constantFrom('%', 'a=%ZZ', '&&&=', '=', 'a[b][c][d]=1', '__proto__[x]=1', 'constructor[prototype][x]=1'), weight: 1 },
  );

const BODY_KEYS = [
  'title', 'description', 'tags', 'owner', 'settings', 'connector', 'severity', 'status', 'assignees', 'category',
  'customFields', 'cases', 'id', 'version', 'type', 'comment', 'alertId', 'index', 'rule', 'ids', 'name', 'color',
  'disabledFeatures', 'initials', 'password', 'newPassword', 'roles', 'full_name', 'email', 'expiration', 'apiKeys',
  'isAdmin', 'uids', 'dataPath', 'searchTerm', 'size', 'fields', 'metadata', 'enabled', '__proto__', 'constructor',
];

const nested = (depth: number, inner: string) => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const MALFORMED = ['{', '{"title":', '[1,]', 'nul', '{"a":1}{"b":2}', '\u0000', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', '"just a string"', '1e999', '[]', 'null'];

const keySoup = (own: string[]) =>
  fc
    .dictionary(fc.oneof({ arbitrary: fc.constantFrom(...own, ...BODY_KEYS), weight: 1 }, { arbitrary: own.length ? fc.constantFrom(...own) : fc.constant('title'), weight: 3 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 6 })
    .map((o) => JSON.stringify(o));

const jsonBody = (own: string[]) => fc.oneof(
  { arbitrary: keySoup(own), weight: 30 },
  { arbitrary: fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v) ?? 'null'), weight: 15 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...BODY_KEYS), fc.integer({ min: 64, max: 6_000 }), fc.boolean())
      .map(([key, depth, array]) => `{"${key}":${array ? nested(depth, '"x"') : deepObject(depth)}}`),
    weight: 10,
  },
  { arbitrary: fc.constantFrom(...MALFORMED), weight: 10 },
  { arbitrary: fc.constant(''), weight: 5 },
  // Past the 1 MB default body limit.
  { arbitrary: fc.constant(`{"title":"${'t'.repeat(1_100_000)}"}`), weight: 1 },
);

const CONTENT_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', 'application/xml', '*/*', ';;'];

const NO_BODY = { text: undefined as string | undefined, type: undefined as string | undefined };
const bodyArbitrary = (own: string[]) =>
  fc.oneof(
    { arbitrary: jsonBody(own).map((text) => ({ text, type: 'application/json' as string | undefined })), weight: 8 },
    { arbitrary: fc.tuple(jsonBody(own), fc.constantFrom(...CONTENT_TYPES)).map(([text, type]) => ({ text, type })), weight: 1 },
    { arbitrary: fc.constant(NO_BODY), weight: 1 },
  );

export function requestArbitrary(route: RegisteredRoute, ctx: FuzzContext): fc.Arbitrary<RawRequest> {
  const { queryKeys, bodyKeys } = routeVocabulary(route);
  const body = bodyArbitrary(bodyKeys);
  return fc
    .record({
      prefix: spacePrefix(ctx),
      path: pathArbitrary(route, ctx),
      query: queryString(queryKeys),
      body: route.method === 'GET' ? fc.oneof({ arbitrary: fc.constant(NO_BODY), weight: 9 }, { arbitrary: body, weight: 1 }) : body,
      withXsrf: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < 0.85),
      withAuth: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < 0.9),
    })
    .map(({ prefix, path, query, body: b, withXsrf, withAuth }) => {
      const headers: Record<string, string> = {};
      if (withAuth) headers.authorization = ctx.authorization;
      if (withXsrf) headers['kbn-xsrf'] = 'fuzz';
      if (b.type) headers['content-type'] = b.type;
      return { method: route.method, path: `${prefix}${path}${query ? `?${query}` : ''}`, headers, body: b.text };
    });
}

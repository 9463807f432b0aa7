/**
 * Test-only: fast-check arbitraries for what an attacker sends. Random JSON on its own rarely
 * gets past the first unknown key, so objects also draw their keys from the API's own field
 * names, and leaves include the values that break naive code: deep nesting, long and odd
 * unicode strings, 1e308, -0, number-like and date-like strings.
 */
import fc from 'fast-check';
import { MAX_JSON_DEPTH } from '../json_depth';

/** Field names of the API's bodies and queries (and a few near misses). */
export const API_KEYS = [
  'action', 'alertId', 'assignees', 'cases', 'category', 'comment', 'connector', 'customFields', 'defaultSearchOperator',
  'description', 'features', 'fields', 'from', 'id', 'ids', 'includeComments', 'index', 'key', 'name', 'owner', 'owners',
  'page', 'perPage', 'persistableStateAttachmentState', 'persistableStateAttachmentTypeId', 'externalReferenceAttachmentTypeId',
  'externalReferenceId', 'externalReferenceMetadata', 'externalReferenceStorage', 'reporters', 'rule', 'search', 'searchFields',
  'settings', 'severity', 'size', 'sortField', 'sortOrder', 'status', 'syncAlerts', 'tags', 'title', 'to', 'type', 'types',
  'uid', 'value', 'version', 'username', 'full_name', 'email', 'fields', '__proto__', 'constructor', 'toString', '',
] as const;

const oddStrings = fc.constantFrom(
  '', ' ', '\u0000', '\u202e', '\ud800', '💥'.repeat(50), 'now-1000000000y', 'now+1000000000M', '9007199254740992',
  '8640000000000001', '1e308', '-0', 'NaN', 'Infinity', 'true', 'null', '[]', '{}', '[[[[[[', 'a* b* c* d* e* f* g*',
  '2024-01-01', '0000-01-01T00:00:00.000Z', '../../etc/passwd', '<script>alert(1)</script>', 'securitySolution', 'cases',
  'open', 'closed', 'in-progress', 'low', 'critical', 'user', 'alert', 'asc', 'desc', 'none', '.none', 'x'.repeat(300),
);

const oddNumbers = fc.constantFrom(1e308, -1e308, -0, 0, 1, -1, 0.5, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 2 ** 53, 10_001);

export const leaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 2000 }),
  oddStrings,
  oddNumbers,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);

/** JSON whose object keys are mostly the API's own, nested a few levels. */
export const shapedJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...API_KEYS), fc.string({ maxLength: 10 })), tie('value'), { maxKeys: 6 }),
  ),
})).value;

/** A value nested `levels` deep in arrays or objects, built without recursion. */
export function nestedValue(levels: number, kind: 'array' | 'object', inner: unknown = 'x'): unknown {
  let value = inner;
  for (let i = 0; i < levels; i++) value = kind === 'array' ? [value] : { title: value };
  return value;
}

/** Deep enough to overflow JSON.stringify (a few thousand levels), or just around the body limit. */
export const deepValue: fc.Arbitrary<unknown> = fc
  .tuple(fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 5_000, max: 20_000 })), fc.constantFrom('array' as const, 'object' as const), leaf)
  .map(([levels, kind, inner]) => nestedValue(levels, kind, inner));

/** Everything above, plus fast-check's own anything (null prototypes, sparse arrays, odd keys). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  shapedJson,
  fc.jsonValue({ maxDepth: 6 }),
  fc.anything({ maxDepth: 4, withNullPrototype: true, withSparseArray: true, withBigInt: true, withObjectString: true }),
  deepValue,
  fc.dictionary(fc.constantFrom(...API_KEYS), fc.oneof(deepValue, leaf), { maxKeys: 4 }),
);

/** A query string as the parser hands it over: strings, repeated keys as arrays. */
export const hostileQuery: fc.Arbitrary<Record<string, string | string[]>> = fc.dictionary(
  fc.oneof(fc.constantFrom(...API_KEYS), fc.string({ maxLength: 10 })),
  fc.oneof(
    fc.oneof(oddStrings, fc.string({ maxLength: 60 }), fc.integer().map(String), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v))),
    fc.array(fc.oneof(oddStrings, fc.string({ maxLength: 30 })), { maxLength: 4 }),
  ),
  { maxKeys: 5 },
);

/**
 * What a JSON body parser hands a route: JSON only (no undefined, no -0 once serialised) and
 * never deeper than MAX_JSON_DEPTH, which the parser refuses before decoding.
 */
export const parsedBody: fc.Arbitrary<unknown> = fc
  .oneof(
    shapedJson,
    fc.jsonValue({ maxDepth: 6 }),
    fc.tuple(fc.integer({ min: 1, max: MAX_JSON_DEPTH - 2 }), fc.constantFrom('array' as const, 'object' as const), leaf).map(([levels, kind, inner]) =>
      ({ title: nestedValue(levels, kind, inner) }),
    ),
  )
  .map((value) => JSON.parse(JSON.stringify(value) ?? 'null') as unknown);

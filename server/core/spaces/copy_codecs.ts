/**
 * Request bodies of Kibana's copy to space (`_copy_saved_objects`,
 * `_resolve_copy_saved_objects_errors`), with Kibana's defaults (`createNewCopies` is true here,
 * unlike `_import`) and its refusals: bad or repeated space ids, repeated objects, options that
 * exclude each other. Decoded values carry every default, so the routes never guess.
 */
import * as t from 'io-ts';
import { isLeft } from 'fp-ts/lib/Either';
import { limitedArray, limitedString, strict, strictWithOptional } from '../../../common/core/codec';
import { SPACE_ID_PATTERN } from './space_codecs';
import { MAX_SPACES } from './space_type';

/** Objects named in one copy; the exporter bounds what they bring with them. */
export const MAX_COPY_OBJECTS = 10_000;
/** Kibana's bound on retries of one import. */
export const MAX_COPY_RETRIES = 10_000;
const MAX_ID_LENGTH = 1024;

const spaceId = new t.Type<string, string, unknown>(
  'spaceId',
  (u): u is string => typeof u === 'string' && SPACE_ID_PATTERN.test(u),
  (u, ctx) => (typeof u === 'string' && SPACE_ID_PATTERN.test(u) ? t.success(u) : t.failure(u, ctx, 'lower case, a-z, 0-9, "_", and "-" are allowed')),
  t.identity,
);

const objectRef = strict({ type: limitedString('type', { min: 1, max: 256 }), id: limitedString('id', { min: 1, max: MAX_ID_LENGTH }) });

/** A list whose entries must differ by `keyOf`, refused with `message` otherwise. */
const unique = <C extends t.Mixed>(codec: t.Type<Array<t.TypeOf<C>>, unknown, unknown>, keyOf: (value: t.TypeOf<C>) => string, message: string) =>
  new t.Type<Array<t.TypeOf<C>>, unknown, unknown>(
    codec.name,
    codec.is,
    (u, ctx) => {
      const decoded = codec.validate(u, ctx);
      if (isLeft(decoded)) return decoded;
      const keys = decoded.right.map(keyOf);
      return new Set(keys).size === keys.length ? decoded : t.failure(u, ctx, message);
    },
    t.identity,
  );

const objectsList = unique(
  limitedArray(objectRef, 'objects', { max: MAX_COPY_OBJECTS }),
  (o: { type: string; id: string }) => `${o.type}:${o.id}`,
  'duplicate objects are not allowed',
);

/** A body whose decoded value is checked once more as a whole (options that exclude each other). */
const refined = <C extends t.Mixed, A>(codec: C, finish: (value: t.TypeOf<C>) => A | string) =>
  new t.Type<A, unknown, unknown>(
    codec.name,
    (u): u is A => codec.is(u),
    (u, ctx) => {
      const decoded = codec.validate(u, ctx);
      if (isLeft(decoded)) return decoded;
      const result = finish(decoded.right);
      return typeof result === 'string' ? t.failure(u, ctx, result) : t.success(result);
    },
    t.identity,
  );

export interface CopyOptions {
  objects: Array<{ type: string; id: string }>;
  includeReferences: boolean;
  createNewCopies: boolean;
  compatibilityMode: boolean;
}

export interface CopyBody extends CopyOptions {
  spaces: string[];
  overwrite: boolean;
}

export const copyBody = refined(
  strictWithOptional(
    {
      spaces: unique(limitedArray(spaceId, 'spaces', { max: MAX_SPACES }), (s: string) => s, 'duplicate space ids are not allowed'),
      objects: objectsList,
    },
    { includeReferences: t.boolean, overwrite: t.boolean, createNewCopies: t.boolean, compatibilityMode: t.boolean },
  ),
  (body): CopyBody | string => {
    const decoded: CopyBody = {
      spaces: body.spaces,
      objects: body.objects,
      includeReferences: body.includeReferences ?? false,
      overwrite: body.overwrite ?? false,
      createNewCopies: body.createNewCopies ?? true,
      compatibilityMode: body.compatibilityMode ?? false,
    };
    if (decoded.overwrite && decoded.createNewCopies) return 'cannot use [overwrite] with [createNewCopies]';
    if (decoded.compatibilityMode && decoded.createNewCopies) return 'cannot use [compatibilityMode] with [createNewCopies]';
    return decoded;
  },
);

const retry = strictWithOptional(
  { type: limitedString('type', { min: 1, max: 256 }), id: limitedString('id', { min: 1, max: MAX_ID_LENGTH }) },
  {
    overwrite: t.boolean,
    destinationId: limitedString('destinationId', { min: 1, max: MAX_ID_LENGTH }),
    createNewCopy: t.boolean,
    ignoreMissingReferences: t.boolean,
  },
);

export type CopyRetry = t.TypeOf<typeof retry>;

/** `{ [spaceId]: retries }`: a key that is no space id says so, in Kibana's words. */
const retriesBySpace = new t.Type<Record<string, CopyRetry[]>, unknown, unknown>(
  'retries',
  (u): u is Record<string, CopyRetry[]> => typeof u === 'object' && u !== null && !Array.isArray(u),
  (u, ctx) => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return t.failure(u, ctx, '[retries]: expected an object keyed by space id');
    const entries = Object.entries(u as Record<string, unknown>);
    if (entries.length > MAX_SPACES) return t.failure(u, ctx, `[retries]: at most ${MAX_SPACES} spaces`);
    const out: Record<string, CopyRetry[]> = {};
    for (const [key, value] of entries) {
      if (!SPACE_ID_PATTERN.test(key)) return t.failure(u, ctx, `Invalid space id: ${key.slice(0, 100)}`);
      const decoded = limitedArray(retry, `retries.${key}`, { max: MAX_COPY_RETRIES }).validate(value, [...ctx, { key, type: retry, actual: value }]);
      if (isLeft(decoded)) return decoded;
      out[key] = decoded.right;
    }
    return t.success(out);
  },
  t.identity,
);

export interface ResolveCopyBody extends CopyOptions {
  retries: Record<string, CopyRetry[]>;
}

export const resolveCopyBody = refined(
  strictWithOptional(
    { retries: retriesBySpace, objects: objectsList },
    { includeReferences: t.boolean, createNewCopies: t.boolean, compatibilityMode: t.boolean },
  ),
  (body): ResolveCopyBody | string => {
    const decoded: ResolveCopyBody = {
      retries: body.retries,
      objects: body.objects,
      includeReferences: body.includeReferences ?? false,
      createNewCopies: body.createNewCopies ?? true,
      compatibilityMode: body.compatibilityMode ?? false,
    };
    if (decoded.compatibilityMode && decoded.createNewCopies) return 'cannot use [createNewCopies] with [compatibilityMode]';
    return decoded;
  },
);

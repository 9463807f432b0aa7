/**
 * Building blocks of the request codecs: Kibana's wording for empty and over-long strings, and
 * query-string values (which arrive as strings, once or repeated) decoded to numbers, booleans
 * and arrays.
 */
import * as t from 'io-ts';
import { isLeft } from 'fp-ts/lib/Either';
import { limitedArray, limitedString, previewValue } from '../../core/codec';
import { MAX_JSON_DEPTH, jsonDepthExceeds } from '../../core/json_depth';
import { MAX_DOCS_PER_PAGE } from '../../constants';

/** A non-blank string of at most `max` characters; blank says "cannot be an empty string" as Kibana does. */
export const nonEmptyString = (field: string, max: number) => {
  const limited = limitedString(field, { min: 1, max });
  return new t.Type<string, string, unknown>(
    field,
    limited.is,
    (u, ctx) =>
      typeof u === 'string' && u.trim().length === 0
        ? t.failure(u, ctx, `The ${field} field cannot be an empty string.`)
        : limited.validate(u, ctx),
    t.identity,
  );
};

/** An id in a path or body: non-empty, bounded. */
export const idString = (field: string, max: number) =>
  new t.Type<string, string, unknown>(
    field,
    (u): u is string => typeof u === 'string' && u.length > 0 && u.length <= max,
    (u, ctx) => (typeof u === 'string' && u.length > 0 && u.length <= max ? t.success(u) : t.failure(u, ctx)),
    t.identity,
  );

/** A number given as a query-string value (or a JSON number); anything else names the field. */
export const numberFromQuery = (field: string) =>
  new t.Type<number, number, unknown>(
    field,
    (u): u is number => typeof u === 'number',
    (u, ctx) => {
      const n = typeof u === 'number' ? u : typeof u === 'string' && u.trim() !== '' ? Number(u) : NaN;
      return Number.isFinite(n) ? t.success(n) : t.failure(u, ctx, `Invalid value ${previewValue(u)} supplied to "${field}",cannot parse to a number`);
    },
    t.identity,
  );

export const booleanFromQuery = (field: string) =>
  new t.Type<boolean, boolean, unknown>(
    field,
    (u): u is boolean => typeof u === 'boolean',
    (u, ctx) => {
      if (typeof u === 'boolean') return t.success(u);
      if (u === 'true' || u === 'false') return t.success(u === 'true');
      return t.failure(u, ctx);
    },
    t.identity,
  );

/**
 * One value or several: `tags=a`, `tags=a&tags=b`, and (as Kibana's query parser also allows)
 * a JSON array `tags=["a","b"]`. Decodes to an array, at most `max` long.
 */
export const oneOrMany = <C extends t.Mixed>(codec: C, field: string, { min = 0, max }: { min?: number; max: number }) => {
  const many = limitedArray(codec, field, { min, max });
  return new t.Type<Array<t.TypeOf<C>>, Array<t.OutputOf<C>>, unknown>(
    field,
    many.is,
    (u, ctx) => {
      let value: unknown = u;
      if (typeof u === 'string' && u.trim().startsWith('[')) {
        // The query string is the one place a request parses JSON outside the body parser.
        if (jsonDepthExceeds(u, MAX_JSON_DEPTH)) {
          return t.failure(u, ctx, `The ${field} value is nested deeper than the limit of ${MAX_JSON_DEPTH} levels.`);
        }
        try {
          value = JSON.parse(u);
        } catch {
          value = u;
        }
      }
      return many.validate(Array.isArray(value) ? value : [value], ctx);
    },
    many.encode,
  );
};

export const SortOrderRt = t.keyof({ asc: null, desc: null }, 'sortOrder');

export interface Pagination {
  page?: number;
  perPage?: number;
}

/**
 * Adds Kibana's paging rules to a query codec: perPage at most `maxPerPage`, and no page
 * reaching past the 10,000th document.
 */
export const withPagination = <C extends t.Type<Pagination & object, unknown, unknown>>(codec: C, maxPerPage: number) =>
  new t.Type<t.TypeOf<C>, unknown, unknown>(
    codec.name,
    codec.is,
    (u, ctx) => {
      const decoded = codec.validate(u, ctx);
      if (isLeft(decoded)) return decoded;
      const { page = 0, perPage = 0 } = decoded.right;
      if (perPage > maxPerPage) {
        return t.failure(u, ctx, `The provided perPage value is too high. The maximum allowed perPage value is ${maxPerPage}.`);
      }
      if (Math.max(page, page * perPage) > MAX_DOCS_PER_PAGE) {
        return t.failure(u, ctx, `The number of documents is too high. Paginating through more than ${MAX_DOCS_PER_PAGE} documents is not possible.`);
      }
      const given = decoded.right;
      if (given.page !== undefined && (given.page < 1 || !Number.isInteger(given.page))) {
        return t.failure(u, ctx, `Invalid value ${JSON.stringify(given.page)} supplied to "page": must be a whole number of at least 1.`);
      }
      if (given.perPage !== undefined && (given.perPage < 0 || !Number.isInteger(given.perPage))) {
        return t.failure(u, ctx, `Invalid value ${JSON.stringify(given.perPage)} supplied to "perPage": must be a whole number of at least 0.`);
      }
      return decoded;
    },
    codec.encode,
  );

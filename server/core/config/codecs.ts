/**
 * Decoders for setting values, shared by the flat settings table and the platform slices
 * (xpack.actions) that decode nested maps: each accepts the YAML value and the string an
 * environment variable or a flag gives.
 */
import * as t from 'io-ts';
import { parseDuration } from '../../../common/core/duration';

/** Milliseconds, written as `30s`, `8h`, `30d` or a number of milliseconds. */
export const duration = new t.Type<number, unknown, unknown>(
  'a duration such as 30s, 90m, 8h or 30d',
  (u): u is number => typeof u === 'number' && u > 0,
  (u, c) => {
    const ms = typeof u === 'string' || typeof u === 'number' ? parseDuration(u) : undefined;
    return ms === undefined ? t.failure(u, c) : t.success(ms);
  },
  t.identity,
);

export const bool = new t.Type<boolean, unknown, unknown>(
  'true or false',
  (u): u is boolean => typeof u === 'boolean',
  (u, c) => {
    if (typeof u === 'boolean') return t.success(u);
    if (u === 'true') return t.success(true);
    if (u === 'false') return t.success(false);
    return t.failure(u, c);
  },
  t.identity,
);

export const nonEmptyString = new t.Type<string, unknown, unknown>(
  'a non-empty string',
  (u): u is string => typeof u === 'string' && u.length > 0,
  (u, c) => (typeof u === 'string' && u.length > 0 ? t.success(u) : t.failure(u, c)),
  t.identity,
);

/** A list: a YAML sequence, or a comma-separated string from an environment variable or a flag. */
export const stringList = new t.Type<string[], unknown, unknown>(
  'a list of strings',
  (u): u is string[] => Array.isArray(u) && u.every((s) => typeof s === 'string'),
  (u, c) => {
    const items = typeof u === 'string' ? u.split(',').map((s) => s.trim()).filter(Boolean) : u;
    return Array.isArray(items) && items.every((s) => typeof s === 'string' && s.length > 0)
      ? t.success(items as string[])
      : t.failure(u, c);
  },
  t.identity,
);

export const BYTE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** Bytes, written as a number or with a unit as Kibana's sizes are: `512kb`, `10mb`, `1gb`. */
export const byteSize = new t.Type<number, unknown, unknown>(
  'a size such as 10mb, 512kb or a number of bytes',
  (u): u is number => typeof u === 'number' && Number.isSafeInteger(u) && u > 0,
  (u, c) => {
    const match = typeof u === 'number' ? [String(u), String(u), 'b'] : typeof u === 'string' ? /^(\d+)\s*(b|kb|mb|gb)?$/i.exec(u.trim()) : null;
    const bytes = match ? Number(match[1]) * BYTE_UNITS[(match[2] ?? 'b').toLowerCase()] : NaN;
    return Number.isSafeInteger(bytes) && bytes > 0 ? t.success(bytes) : t.failure(u, c);
  },
  t.identity,
);

export const oneOf = <V extends string>(values: readonly V[]) =>
  new t.Type<V, unknown, unknown>(
    `one of ${values.join(', ')}`,
    (u): u is V => typeof u === 'string' && (values as readonly string[]).includes(u),
    (u, c) => (typeof u === 'string' && (values as readonly string[]).includes(u) ? t.success(u as V) : t.failure(u, c)),
    t.identity,
  );

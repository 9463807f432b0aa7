/**
 * Strict decoding for every input that crosses the API edge.
 *
 * io-ts `type` ignores unknown keys and `exact` strips them silently; Kibana's Cases API rejects
 * them, so `strict` here reports each unknown key as an error, naming its path. `decodeOrThrow`
 * turns a failed decode into one readable message; the caller maps it to a 400.
 */
import * as t from 'io-ts';
import { isLeft } from 'fp-ts/lib/Either';

/** An object codec that rejects keys it does not declare. */
export const strict = <P extends t.Props>(props: P, name?: string) => exactStrict(t.type(props), name);

/** A strict object whose keys are all optional. */
export const strictPartial = <P extends t.Props>(props: P, name?: string) =>
  exactStrict(t.partial(props), name);

/** Required and optional keys together, unknown keys rejected. */
export const strictWithOptional = <R extends t.Props, O extends t.Props>(required: R, optional: O, name?: string) =>
  exactStrict(t.intersection([t.type(required), t.partial(optional)]), name, { ...required, ...optional });

type HasProps = t.Mixed & { props?: t.Props; types?: t.Mixed[] };

function keysOf(codec: HasProps): string[] {
  if (codec.props) return Object.keys(codec.props);
  if (codec.types) return codec.types.flatMap((c) => keysOf(c as HasProps));
  return [];
}

function exactStrict<C extends t.Mixed>(codec: C, name?: string, allProps?: t.Props) {
  const known = new Set(allProps ? Object.keys(allProps) : keysOf(codec as HasProps));
  return new t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown>(
    name ?? codec.name,
    (u): u is t.TypeOf<C> => codec.is(u) && Object.keys(u as object).every((k) => known.has(k)),
    (u, ctx) => {
      const inner = codec.validate(u, ctx);
      if (u === null || typeof u !== 'object' || Array.isArray(u)) return inner;
      const unknownKeys = Object.keys(u).filter((k) => !known.has(k));
      if (unknownKeys.length === 0) return inner;
      // Name where a nested object sits (`assignees.0`), and keep the object's other failures
      // (a missing `uid` beside an unknown `name`) so one answer says everything that is wrong.
      const where = pathOf(ctx);
      const unknown = unknownKeys.map((k) => ({
        value: (u as Record<string, unknown>)[k],
        context: [...ctx, { key: k, type: t.never, actual: (u as Record<string, unknown>)[k] }],
        message: where ? `invalid keys "${k}" in "${where}"` : `invalid keys "${k}"`,
      }));
      return t.failures([...unknown, ...(isLeft(inner) ? inner.left : [])]);
    },
    codec.encode,
  );
}

/** A string whose length lies between `min` and `max`, after trimming for the minimum. */
export const limitedString = (field: string, { min = 0, max }: { min?: number; max: number }) =>
  new t.Type<string, string, unknown>(
    `${field}`,
    (u): u is string => typeof u === 'string' && u.trim().length >= min && u.length <= max,
    (u, ctx) => {
      if (typeof u !== 'string') return t.failure(u, ctx);
      if (u.trim().length < min) {
        return t.failure(u, ctx, `The length of the ${field} is too short. The minimum length is ${min}.`);
      }
      if (u.length > max) {
        return t.failure(u, ctx, `The length of the ${field} is too long. The maximum length is ${max}.`);
      }
      return t.success(u);
    },
    t.identity,
  );

/** Kibana's words for an array past its bound; the configured caps checked by clients say the same. */
export const arrayTooLongMessage = (field: string, max: number): string =>
  `The length of the field ${field} is too long. Array must be of length <= ${max}.`;

/** An array whose length is at most `max` (and at least `min`). */
export const limitedArray = <C extends t.Mixed>(
  codec: C,
  field: string,
  { min = 0, max }: { min?: number; max: number },
) =>
  new t.Type<Array<t.TypeOf<C>>, Array<t.OutputOf<C>>, unknown>(
    `${field}`,
    (u): u is Array<t.TypeOf<C>> => Array.isArray(u) && u.length >= min && u.length <= max && u.every(codec.is),
    (u, ctx) => {
      if (!Array.isArray(u)) return t.failure(u, ctx);
      if (u.length < min) {
        return t.failure(u, ctx, `The length of the field ${field} is too short. Array must be of length >= ${min}.`);
      }
      if (u.length > max) {
        return t.failure(u, ctx, arrayTooLongMessage(field, max));
      }
      return t.array(codec).validate(u, ctx);
    },
    (a) => a.map(codec.encode),
  );

/** The keys a user wrote: members of intersections and unions add index keys of their own. */
const pathOf = (context: t.Context): string =>
  context
    // A member of an intersection or union is handed the same value as its parent.
    .filter((entry, i) => entry.key !== '' && !(i > 0 && entry.actual === context[i - 1].actual))
    .map((entry) => entry.key)
    .join('.');

/** Kibana renders io-ts failures as `Invalid value "x" supplied to "path"`; we do the same, cut to a readable size. */
export function formatErrors(errors: t.Errors): string {
  const messages = new Set<string>();
  for (const e of errors) {
    const message = messageOf(e);
    if (messages.has(message)) continue;
    if (messages.size >= MAX_ERROR_MESSAGES) return `${[...messages].join(', ')}, and more`;
    messages.add(message);
  }
  return [...messages].join(', ');
}

function messageOf(e: t.ValidationError): string {
  if (e.message) return cut(e.message, MAX_MESSAGE_LENGTH);
  const path = cut(pathOf(e.context) || e.context[0]?.type.name || 'input', MAX_PATH_LENGTH);
  return `Invalid value ${previewValue(e.value)} supplied to "${path}"`;
}

/** One answer names this many failures at most: a body of 100,000 unknown keys gets a short 400. */
const MAX_ERROR_MESSAGES = 20;
const MAX_PATH_LENGTH = 200;
const MAX_MESSAGE_LENGTH = 500;
const PREVIEW_LENGTH = 100;
/** Deeper levels print as `[...]` / `{...}`: the preview never walks a hostile value further. */
const PREVIEW_DEPTH = 3;

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 3)}...` : s);

/**
 * A JSON-like rendering of a refused value for an error message. JSON.stringify walks the
 * whole value (and overflows the stack on deep nesting); this stops at PREVIEW_DEPTH levels
 * and once PREVIEW_LENGTH characters are written, so its cost is bounded whatever arrives.
 */
export function previewValue(value: unknown): string {
  const out: string[] = [];
  let length = 0;
  const write = (s: string) => {
    out.push(s);
    length += s.length;
  };
  const full = () => length > PREVIEW_LENGTH;
  const visit = (v: unknown, depth: number): void => {
    if (v === null || typeof v !== 'object') return write(previewScalar(v));
    const isArray = Array.isArray(v);
    if (depth >= PREVIEW_DEPTH) return write(isArray ? '[...]' : '{...}');
    write(isArray ? '[' : '{');
    let first = true;
    // for...in stops early, where Object.keys would list a million keys before the first is shown.
    for (const key in v) {
      if (full()) break;
      if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
      if (!first) write(',');
      first = false;
      if (!isArray) write(`${JSON.stringify(key.slice(0, PREVIEW_LENGTH))}:`);
      visit((v as Record<string, unknown>)[key], depth + 1);
    }
    write(isArray ? ']' : '}');
  };
  visit(value, 0);
  return cut(out.join(''), PREVIEW_LENGTH);
}

function previewScalar(v: unknown): string {
  switch (typeof v) {
    case 'string':
      // Cut before quoting, so a megabyte string costs no more than a short one.
      return JSON.stringify(v.length > PREVIEW_LENGTH ? v.slice(0, PREVIEW_LENGTH) : v);
    case 'number':
      return Number.isFinite(v) ? String(v) : 'null';
    case 'undefined':
      return 'undefined';
    case 'function':
      return 'function';
    default:
      // booleans, bigints, symbols, null
      return String(v);
  }
}

export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

/** Decodes or throws a DecodeError whose message names every failing field. */
export function decodeOrThrow<A, O>(codec: t.Type<A, O, unknown>, input: unknown): A {
  const result = codec.decode(input);
  if (isLeft(result)) throw new DecodeError(formatErrors(result.left));
  return result.right;
}

/**
 * A union picked by a string field (`type`, say): the value is checked against the member its
 * field names, so a refusal speaks of that member alone. A plain union reports every member's
 * failure, which reads as noise ("…the maximum length is 50, Invalid value "toggle" supplied
 * to type").
 */
export const discriminated = <K extends string, C extends t.Mixed>(field: K, members: Record<string, C>, name: string) =>
  new t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown>(
    name,
    (u): u is t.TypeOf<C> => memberOf(u, field, members)?.is(u) ?? false,
    (u, ctx) => {
      const member = memberOf(u, field, members);
      if (member) return member.validate(u, ctx);
      const given = u !== null && typeof u === 'object' ? (u as Record<string, unknown>)[field] : undefined;
      return t.failure(given, [...ctx, { key: field, type: t.string, actual: given }], `Invalid value ${previewValue(given)} supplied to "${[pathOf(ctx), field].filter(Boolean).join('.')}": expected one of ${Object.keys(members).join(', ')}`);
    },
    (a) => (memberOf(a, field, members) as C).encode(a),
  );

function memberOf<C extends t.Mixed>(u: unknown, field: string, members: Record<string, C>): C | undefined {
  if (u === null || typeof u !== 'object' || Array.isArray(u)) return undefined;
  const key = (u as Record<string, unknown>)[field];
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(members, key) ? members[key] : undefined;
}

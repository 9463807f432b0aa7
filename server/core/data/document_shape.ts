/**
 * Documents arrive nested or with dotted keys (Kibana writes alerts as `"kibana.alert.uuid": ...`).
 * The embedded store keeps one form only, nested, so that a mapped path has one JSON path to
 * index and every read returns `_source` nested whatever form was written. Two spellings of
 * one field (`a.b` and `a: { b }`) are merged; a value that is both a scalar and an object is
 * refused rather than one of them silently dropped.
 */
import { HttpError } from '../errors';

export type JsonObject = Record<string, unknown>;

const isPlainObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function toNestedDocument(document: unknown): JsonObject {
  if (!isPlainObject(document)) throw new HttpError(400, 'A document must be a JSON object');
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(document)) {
    const labels = key.split('.');
    if (labels.some((label) => label === '')) throw new HttpError(400, `Field name [${key}] has an empty label`);
    assignAt(out, labels, isPlainObject(value) ? toNestedDocument(value) : normaliseValue(value), key);
  }
  return out;
}

/** Objects inside arrays are normalised too, so `related[0]."user.name"` reads as nested. */
function normaliseValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (isPlainObject(item) ? toNestedDocument(item) : normaliseValue(item)));
  return value;
}

function assignAt(target: JsonObject, labels: string[], value: unknown, key: string): void {
  let node = target;
  for (const label of labels.slice(0, -1)) {
    const next = node[label];
    if (next === undefined) node = node[label] = {};
    else if (isPlainObject(next)) node = next;
    else throw new HttpError(400, `Field [${key}] conflicts with a value at [${label}]`);
  }
  const last = labels[labels.length - 1];
  const existing = node[last];
  if (existing === undefined) node[last] = value;
  else if (isPlainObject(existing) && isPlainObject(value)) mergeInto(existing, value, key);
  else throw new HttpError(400, `Field [${key}] is given twice`);
}

function mergeInto(target: JsonObject, source: JsonObject, key: string): void {
  for (const [label, value] of Object.entries(source)) assignAt(target, [label], value, `${key}.${label}`);
}

/** The value at a dotted path of a nested document (no array traversal: ids are scalars). */
export function readPath(document: JsonObject, path: string): unknown {
  let current: unknown = document;
  for (const label of path.split('.')) {
    if (!isPlainObject(current)) return undefined;
    current = current[label];
  }
  return current;
}

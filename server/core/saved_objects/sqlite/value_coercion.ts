/**
 * Filter values take the stored form of the field's mapping type, as Elasticsearch coerces
 * query values: numbers stay numbers, booleans are 0/1 (what json_extract returns), dates
 * given as epoch milliseconds become ISO strings.
 */
import { HttpError } from '../../errors';
import type { FieldInfo } from '../mapping_fields';
import type { FilterValue } from '../types';
import type { StoredValue } from './derived_values';

const NUMERIC = new Set(['long', 'integer', 'short', 'float', 'double']);

export const isNumericType = (type: FieldInfo['type']): boolean => NUMERIC.has(type);

/** `type`: the stored value's mapping type (see FieldAccess.valueType). */
export function coerceValue(info: FieldInfo, value: FilterValue, type: FieldInfo['type'] = info.type): StoredValue {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new HttpError(400, `Invalid value for field [${info.path}]`);
  }
  if (NUMERIC.has(type)) {
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (!Number.isFinite(n)) throw new HttpError(400, `Field [${info.path}] expects a number, got [${String(value)}]`);
    return n;
  }
  if (type === 'boolean') {
    if (value === true || value === 'true') return 1;
    if (value === false || value === 'false') return 0;
    throw new HttpError(400, `Field [${info.path}] expects a boolean, got [${String(value)}]`);
  }
  if (type === 'date' && typeof value === 'number') {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) throw new HttpError(400, `Field [${info.path}] expects a date`);
    return date.toISOString();
  }
  return String(value);
}

/** The smallest string greater than every string that starts with the prefix. */
export const prefixUpperBound = (prefix: string): string => `${prefix}\u{10FFFF}`;

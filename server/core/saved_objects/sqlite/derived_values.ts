/**
 * What an object's attributes contribute to the side structures: flattened exact values
 * (Elasticsearch-style: arrays and arrays of objects flatten) and the text of each FTS column.
 */
import { valuesAt } from '../mapping_fields';
import type { TypeSchema } from './type_schema';

export type StoredValue = string | number;

export interface ExactShape {
  /** True when an array sits anywhere on the path: the field then lives in the values table. */
  multi: boolean;
  values: StoredValue[];
}

/** Booleans become 0/1 because that is what json_extract returns for JSON true/false. */
export function toStoredValue(value: unknown): StoredValue | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}

export function exactShape(attributes: unknown, sourcePath: string): ExactShape {
  let multi = false;
  let current: unknown = attributes;
  for (const key of sourcePath.split('.')) {
    if (Array.isArray(current)) {
      multi = true;
      break;
    }
    if (current === null || typeof current !== 'object') {
      current = undefined;
      break;
    }
    current = (current as Record<string, unknown>)[key];
  }
  if (Array.isArray(current)) multi = true;
  if (!multi) {
    const single = toStoredValue(current);
    return { multi, values: single === undefined ? [] : [single] };
  }
  const values = valuesAt(attributes, sourcePath)
    .map(toStoredValue)
    .filter((v): v is StoredValue => v !== undefined);
  return { multi, values };
}

/** One string per FTS column, or undefined when the object has no text at all. */
export function ftsTexts(schema: TypeSchema, attributes: unknown): string[] | undefined {
  let any = false;
  const texts = schema.textColumns.map((col) => {
    const text = valuesAt(attributes, col.sourcePath)
      .filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      .map(String)
      .join('\n');
    if (text) any = true;
    return text;
  });
  return any ? texts : undefined;
}

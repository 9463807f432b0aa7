/**
 * Sorting several types by a bare attribute name (`status` of cases and of comments). Each
 * type keeps that attribute under its own name, so no single index field holds the key; a
 * script picks the right field per document instead, which interleaves the types as the
 * SQLite backend's union does. Missing values sort last in both directions, as field sorts do.
 */
import type { estypes } from '@elastic/elasticsearch';
import { isHttpError } from '../../errors';
import { invalidQuery } from '../errors';
import type { LeafFieldType } from '../mapping_fields';
import type { SavedObjectsType, SortClause } from '../types';
import { esFieldFor } from './field_paths';

type SortKind = 'string' | 'number' | 'date' | 'boolean';

function kindOf(type: LeafFieldType): SortKind {
  if (type === 'keyword' || type === 'text') return 'string';
  if (type === 'date') return 'date';
  if (type === 'boolean') return 'boolean';
  return 'number';
}

// Doc values are sorted, so the first value is the smallest and the last the largest: a
// multi-valued field sorts by its minimum ascending and its maximum descending.
const VALUE_OF: Record<SortKind, string> = {
  string: 'v',
  number: 'v',
  date: 'v.toInstant().toEpochMilli()',
  boolean: 'v ? 1 : 0',
};

export function scriptSource(kind: SortKind): string {
  return [
    "String f = params.fields[doc['type'].value];",
    'if (f == null || doc[f].size() == 0) { return params.missing; }',
    'def v = params.asc ? doc[f].get(0) : doc[f].get(doc[f].size() - 1);',
    `return ${VALUE_OF[kind]};`,
  ].join(' ');
}

/** Above any UTF-8 keyword (ascending) or below any (descending), so missing values come last. */
function missingValue(kind: SortKind, asc: boolean): string | number {
  if (kind === 'string') return asc ? '\u{10FFFF}'.repeat(4) : '';
  return asc ? Number.MAX_VALUE : -Number.MAX_VALUE;
}

function fieldsByType(types: SavedObjectsType[], path: string): { fields: Record<string, string>; kind: SortKind } {
  const fields: Record<string, string> = {};
  const kinds = new Set<SortKind>();
  let firstError: unknown;
  for (const type of types) {
    let target;
    try {
      target = esFieldFor(type, path, 'sort');
    } catch (e) {
      // A type without the field has no key: its objects sort as missing values.
      if (!isHttpError(e)) throw e;
      firstError ??= e;
      continue;
    }
    if (target.nestedPath) throw invalidQuery(`Cannot sort several types by [${path}]: it is inside a nested mapping`);
    fields[type.name] = target.field;
    kinds.add(kindOf(target.info.type));
  }
  if (kinds.size === 0) throw firstError;
  if (kinds.size > 1) throw invalidQuery(`Cannot sort several types by [${path}]: its type differs between them`);
  return { fields, kind: [...kinds][0] };
}

export function multiTypeSort(types: SavedObjectsType[], clause: SortClause): estypes.SortCombinations {
  const { fields, kind } = fieldsByType(types, clause.field);
  const asc = clause.order === 'asc';
  return {
    _script: {
      type: kind === 'string' ? 'string' : 'number',
      order: clause.order,
      script: { source: scriptSource(kind), lang: 'painless', params: { fields, asc, missing: missingValue(kind, asc) } },
    },
  };
}

/**
 * How one registered type is laid out in SQLite, derived from its mappings:
 * - `main`: one row per object; attributes as JSONB; UNIQUE(namespace, id);
 * - `values`: flattened values of fields that hold arrays (tags, assignees.uid), WITHOUT ROWID
 *   keyed (field, value, rid) so a filter on one value is an index seek;
 * - `refs`: references keyed (ref_type, ref_id, rid) for hasReference;
 * - `fts`: a contentless FTS5 table, one column per text field;
 * - `facets`: when the type declares facets, the rows of `values` again with the object's
 *   namespace and facet values beside them (facet_rows.ts).
 * Scalar exact fields are not copied anywhere: expression indexes on the JSONB serve them.
 */
import { collectFields, type FieldInfo } from '../mapping_fields';
import type { SavedObjectsType } from '../types';
import { isSafeKey, quoteIdent } from './sql_text';

/** Agnostic objects all live under this namespace value; no space id can take it. */
export const AGNOSTIC_NAMESPACE = '*';

export interface TextColumn {
  /** FTS5 column name (`c0`...): field paths contain dots, which FTS5 column filters reject. */
  column: string;
  path: string;
  sourcePath: string;
}

export interface TypeSchema {
  type: SavedObjectsType;
  agnostic: boolean;
  fields: Map<string, FieldInfo>;
  /** Raw table names (for sqlite_master) and their quoted forms (for SQL). */
  names: { main: string; values: string; refs: string; fts: string; facets: string };
  main: string;
  values: string;
  refs: string;
  fts: string;
  facetsTable: string;
  /** Distinct source paths of exact fields: each gets an expression index or side-table rows. */
  exactSources: string[];
  /** The exact sources that get an expression index while scalar: all but the `unindexed` hint. */
  indexedSources: string[];
  /** The mapping type of each exact source path (a multi-field reads its parent's value). */
  sourceTypes: Map<string, FieldInfo['type']>;
  textColumns: TextColumn[];
  /** Declared facet fields, in order; column `f<i>` of the facets table holds facet i. */
  facets: string[];
  /** Array fields whose values get no facets rows (the type's `unfaceted` hint). */
  unfaceted: string[];
}

export const expressionIndexName = (typeName: string, sourcePath: string): string =>
  `so:${typeName}:ix:${sourcePath}`;

export function buildTypeSchema(type: SavedObjectsType): TypeSchema {
  const fields = collectFields(type);
  for (const path of fields.keys()) {
    for (const key of path.split('.')) {
      if (!isSafeKey(key)) throw new Error(`Type [${type.name}] maps field [${path}]: keys must match [A-Za-z0-9_@-]`);
    }
  }
  const sourceTypes = new Map<string, FieldInfo['type']>();
  for (const info of fields.values()) {
    // The parent's own type wins over its multi-fields (`title` text + `title.keyword`).
    if (info.exact && (!sourceTypes.has(info.sourcePath) || info.path === info.sourcePath)) {
      sourceTypes.set(info.sourcePath, info.type);
    }
  }
  const textColumns = [...fields.values()]
    .filter((info) => info.text)
    .map((info, i) => ({ column: `c${i}`, path: info.path, sourcePath: info.sourcePath }));
  const names = {
    main: `so:${type.name}`,
    values: `so:${type.name}:values`,
    refs: `so:${type.name}:refs`,
    fts: `so:${type.name}:fts`,
    facets: `so:${type.name}:facets`,
  };
  const facets = type.facets ?? [];
  for (const facet of facets) {
    const info = fields.get(facet);
    if (!info || !info.exact || info.path !== info.sourcePath || info.type !== 'keyword') {
      throw new Error(`Type [${type.name}] declares facet [${facet}]: facets must be mapped keyword fields`);
    }
  }
  const unindexed = new Set(type.unindexed ?? []);
  for (const path of unindexed) {
    if (!sourceTypes.has(path) || facets.includes(path)) {
      throw new Error(`Type [${type.name}] declares [${path}] unindexed: it must be a mapped exact field and no facet`);
    }
  }
  const unfaceted = type.unfaceted ?? [];
  for (const path of unfaceted) {
    if (!sourceTypes.has(path) || facets.includes(path)) {
      throw new Error(`Type [${type.name}] declares [${path}] unfaceted: it must be a mapped exact field and no facet`);
    }
  }
  return {
    type,
    agnostic: type.namespaceType === 'agnostic',
    fields,
    names,
    main: quoteIdent(names.main),
    values: quoteIdent(names.values),
    refs: quoteIdent(names.refs),
    fts: quoteIdent(names.fts),
    facetsTable: quoteIdent(names.facets),
    exactSources: [...sourceTypes.keys()],
    indexedSources: [...sourceTypes.keys()].filter((path) => !unindexed.has(path)),
    sourceTypes,
    textColumns,
    facets,
    unfaceted,
  };
}

export const namespaceFor = (schema: TypeSchema, namespace: string | undefined): string =>
  schema.agnostic ? AGNOSTIC_NAMESPACE : (namespace ?? 'default');

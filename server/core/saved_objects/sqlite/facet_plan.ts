/**
 * When a find's filter is a conjunction of term(s) filters on facet fields and on at most one
 * array field (and nothing else: no search, no references), the facets table answers it
 * alone: `field = tags AND value IN (…) AND namespace = ? AND f<i> IN (…)` is one range of
 * its index (without an array filter, the range of the objects' own rows). The find then selects its objects by `rid IN (that range)`, counts the range,
 * and a terms aggregation on a facet groups the range, without reading an object row.
 * Any other filter takes the general path; both give the same answers.
 */
import type { FilterNode } from '../types';
import { accessField, type FieldAccess, type QueryScope } from './field_access';
import { facetColumn, hasFacets, OBJECT_ROW_FIELD } from './facet_rows';
import { valueCondition } from './filter_sql';
import { joinSql, sql, type SqlFragment } from './sql_text';

export interface FacetRange {
  /** Conditions on `f`, a row of the facets table. */
  where: SqlFragment;
  /** The array filter names several values: one object may own several rows of the range. */
  distinct: boolean;
  /**
   * An array value narrows the range: pages select `rid IN` it. A range of facets alone may
   * span most objects; a page then walks its sort index instead, and only counts use it.
   */
  narrow: boolean;
}

type TermsLeaf = Extract<FilterNode, { op: 'term' | 'terms' }>;

function conjuncts(node: FilterNode, into: FilterNode[]): void {
  if (node.op === 'and' && Array.isArray(node.nodes)) for (const child of node.nodes) conjuncts(child, into);
  else into.push(node);
}

const isTermsLeaf = (node: FilterNode): node is TermsLeaf =>
  (node.op === 'term' || node.op === 'terms') && typeof node.field === 'string' && (node.op === 'term' || Array.isArray(node.values));

export function facetIndexOf(scope: QueryScope, access: FieldAccess): number {
  return access.kind === 'scalar' && access.info.path === access.info.sourcePath ? scope.schema.facets.indexOf(access.info.path) : -1;
}

export function facetRange(scope: QueryScope, filter: FilterNode | undefined, namespace: string): FacetRange | undefined {
  if (!hasFacets(scope.schema) || !filter || typeof filter !== 'object') return undefined;
  const leaves: FilterNode[] = [];
  conjuncts(filter, leaves);
  let arrayLeaf: { leaf: TermsLeaf; access: FieldAccess } | undefined;
  const facetConditions: SqlFragment[] = [];
  for (const leaf of leaves) {
    if (!isTermsLeaf(leaf) || (leaf.op === 'terms' && leaf.values.length === 0)) return undefined;
    const access = accessField(scope, leaf.field, 'filter');
    if (!access) return undefined;
    if (access.kind === 'multi') {
      if (arrayLeaf) return undefined;
      arrayLeaf = { leaf, access };
      continue;
    }
    const index = facetIndexOf(scope, access);
    if (index < 0) return undefined;
    const condition = valueCondition(leaf, access);
    if (!condition) return undefined;
    facetConditions.push(sql(condition.sql.split('{v}').join(`f.${facetColumn(index)}`), condition.params));
  }
  const rows = arrayLeaf ? arrayRows(arrayLeaf.leaf, arrayLeaf.access) : sql(`f.field = '${OBJECT_ROW_FIELD}' AND f.value = ''`);
  if (!rows) return undefined;
  const where = joinSql([rows, sql('f.namespace = ?', [namespace]), ...facetConditions], ' AND ');
  const distinct = arrayLeaf?.leaf.op === 'terms' && arrayLeaf.leaf.values.length > 1;
  return { where, distinct, narrow: arrayLeaf !== undefined };
}

/** The rows of the array values the filter names. */
function arrayRows(leaf: TermsLeaf, access: FieldAccess): SqlFragment | undefined {
  const condition = valueCondition(leaf, access);
  if (!condition || access.kind !== 'multi') return undefined;
  return joinSql([sql('f.field = ?', [access.source]), sql(condition.sql.split('{v}').join('f.value'), condition.params)], ' AND ');
}

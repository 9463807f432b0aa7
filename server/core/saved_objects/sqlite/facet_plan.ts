/**
 * When a find's filter is a conjunction of term(s) filters on facet fields and on array
 * fields (and nothing else: no search, no references), the facets table answers it alone.
 * One array filter with the facets, `field = tags AND value IN (…) AND namespace = ? AND
 * f<i> IN (…)`, is one range of its index (without an array filter, the range of the objects'
 * own rows). Several array filters (a tag and a toggle) walk the range of one of them and
 * probe the index once per entry for each of the others (facet_probes.ts). The find then
 * selects its objects by `rid IN (that range)`, counts the range, and a terms aggregation on
 * a facet groups the range, without reading an object row.
 * Any other filter takes the general path; all give the same answers.
 */
import type { FilterNode } from '../types';
import { accessField, type FieldAccess, type QueryScope } from './field_access';
import { facetColumn, hasFacets, OBJECT_ROW_FIELD } from './facet_rows';
import { probeOtherRows, walkedRange, type RangeSize } from './facet_probes';
import { valueCondition } from './filter_sql';
import { joinSql, sql, type SqlFragment } from './sql_text';

export type { RangeSize } from './facet_probes';

export interface FacetRange {
  /** Conditions on `f`, a row of the facets table. */
  where: SqlFragment;
  /** The walked array filter names several values: one object may own several rows of the range. */
  distinct: boolean;
  /**
   * An array value narrows the range: pages select `rid IN` it. A range of facets alone may
   * span most objects; a page then walks its sort index instead, and only counts use it.
   */
  narrow: boolean;
}

type TermsLeaf = Extract<FilterNode, { op: 'term' | 'terms' }>;

/** An array filter: its rows in the facets table under `alias`, and how many values it names. */
interface ArrayFilter {
  rows: (alias: string) => SqlFragment;
  values: number;
}

function conjuncts(node: FilterNode, into: FilterNode[]): void {
  if (node.op === 'and' && Array.isArray(node.nodes)) for (const child of node.nodes) conjuncts(child, into);
  else into.push(node);
}

const isTermsLeaf = (node: FilterNode): node is TermsLeaf =>
  (node.op === 'term' || node.op === 'terms') && typeof node.field === 'string' && (node.op === 'term' || Array.isArray(node.values));

export function facetIndexOf(scope: QueryScope, access: FieldAccess): number {
  return access.kind === 'scalar' && access.info.path === access.info.sourcePath ? scope.schema.facets.indexOf(access.info.path) : -1;
}

/**
 * `rangeSize` counts a candidate range up to a limit; with several array filters it picks the
 * one to walk (the smallest), and is not called otherwise.
 */
export function facetRange(scope: QueryScope, filter: FilterNode | undefined, namespace: string, rangeSize?: RangeSize): FacetRange | undefined {
  if (!hasFacets(scope.schema) || !filter || typeof filter !== 'object') return undefined;
  const leaves: FilterNode[] = [];
  conjuncts(filter, leaves);
  const arrays: ArrayFilter[] = [];
  const facetConditions: SqlFragment[] = [sql('f.namespace = ?', [namespace])];
  for (const leaf of leaves) {
    if (!isTermsLeaf(leaf) || (leaf.op === 'terms' && leaf.values.length === 0)) return undefined;
    const access = accessField(scope, leaf.field, 'filter');
    if (!access) return undefined;
    if (access.kind === 'multi') {
      // Values kept out of the facets table (the type's unfaceted hint) are not there to range over.
      if (scope.schema.unfaceted.includes(access.source)) return undefined;
      const array = arrayFilter(leaf, access);
      if (!array) return undefined;
      arrays.push(array);
      continue;
    }
    const index = facetIndexOf(scope, access);
    if (index < 0) return undefined;
    const condition = valueCondition(leaf, access);
    if (!condition) return undefined;
    facetConditions.push(sql(condition.sql.split('{v}').join(`f.${facetColumn(index)}`), condition.params));
  }
  if (arrays.length === 0) {
    const where = joinSql([sql(`f.field = '${OBJECT_ROW_FIELD}' AND f.value = ''`), ...facetConditions], ' AND ');
    return { where, distinct: false, narrow: false };
  }
  const ranges = arrays.map((array) => joinSql([array.rows('f'), ...facetConditions], ' AND '));
  const walked = walkedRange(ranges, rangeSize);
  const probes = arrays.filter((_, i) => i !== walked).map((array) => probeOtherRows(scope.schema, array.rows('g')));
  return { where: joinSql([ranges[walked], ...probes], ' AND '), distinct: arrays[walked].values > 1, narrow: true };
}

/** The rows of the array values the filter names. */
function arrayFilter(leaf: TermsLeaf, access: FieldAccess): ArrayFilter | undefined {
  const condition = valueCondition(leaf, access);
  if (!condition || access.kind !== 'multi') return undefined;
  const values = leaf.op === 'terms' ? leaf.values.length : 1;
  const rows = (alias: string) =>
    joinSql([sql(`${alias}.field = ?`, [access.source]), sql(condition.sql.split('{v}').join(`${alias}.value`), condition.params)], ' AND ');
  return { rows, values };
}

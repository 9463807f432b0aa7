/**
 * Full-text search: the user's words become an FTS5 query in which every word is a quoted
 * phrase of its tokens, so no input can reach FTS5 syntax (`"foo OR (` is three words).
 * A trailing `*` makes a prefix query. Keyword fields named in searchFields match whole
 * values (or prefixes), as Elasticsearch's simple_query_string does on keyword fields.
 */
import { invalidQuery } from '../errors';
import { applyToField } from './filter_sql';
import { accessFor, resolveInScope, type FieldAccess, type QueryScope } from './field_access';
import { FALSE_SQL, joinSql, sql, type SqlFragment } from './sql_text';
import { isNumericType, prefixUpperBound } from './value_coercion';

export interface SearchTerm {
  /** The word as typed (without the trailing `*`), for keyword fields. */
  raw: string;
  /** Tokens as FTS5's unicode61 tokenizer would cut them. */
  tokens: string[];
  prefix: boolean;
}

const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/** Words separated by spaces; a double-quoted run is one phrase. */
export function parseSearch(search: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const match of search.matchAll(/"([^"]*)"|(\S+)/g)) {
    const phrase = match[1] !== undefined;
    let raw = phrase ? match[1] : match[2];
    const prefix = !phrase && raw.endsWith('*');
    if (prefix) raw = raw.replace(/\*+$/, '');
    const tokens = raw.match(TOKEN) ?? [];
    if (tokens.length > 0) terms.push({ raw, tokens, prefix });
  }
  return terms;
}

export const ftsPhrase = (term: SearchTerm): string => `"${term.tokens.join(' ').replace(/"/g, '""')}"${term.prefix ? '*' : ''}`;

export interface CompiledSearch {
  /** The condition on `t`. */
  filter: SqlFragment;
  /** FROM-clause join exposing `s.rank` (bm25: lower is better) for relevance order. */
  rankJoin?: SqlFragment;
  /** The join is an inner join on the same query: with it, `filter` is redundant. */
  rankJoinFilters?: boolean;
}

interface SearchTargets {
  columns: string[];
  allColumns: boolean;
  keywords: FieldAccess[];
}

function targets(scope: QueryScope, searchFields: string[] | undefined): SearchTargets {
  const { schema } = scope;
  if (!searchFields || searchFields.length === 0) {
    return { columns: schema.textColumns.map((c) => c.column), allColumns: true, keywords: [] };
  }
  const columns = new Set<string>();
  const keywords: FieldAccess[] = [];
  for (const raw of searchFields) {
    // Kibana callers may boost a field (`title^2`); relevance here is unweighted.
    const info = resolveInScope(scope, raw.replace(/\^[\d.]+$/, ''), 'search');
    if (!info) continue;
    if (info.text) {
      const column = schema.textColumns.find((c) => c.path === info.path);
      if (column) columns.add(column.column);
    } else {
      keywords.push(accessFor(scope, info));
    }
  }
  return { columns: [...columns], allColumns: columns.size === schema.textColumns.length, keywords };
}

export function compileSearch(
  scope: QueryScope,
  search: string,
  searchFields: string[] | undefined,
  operator: 'AND' | 'OR' = 'OR',
): CompiledSearch | undefined {
  if (operator !== 'AND' && operator !== 'OR') throw invalidQuery(`Invalid defaultSearchOperator [${String(operator)}]`);
  const terms = parseSearch(search);
  // Nothing searchable (empty, `*`, punctuation only): no constraint, as Kibana treats `*`.
  if (terms.length === 0) return undefined;
  const target = targets(scope, searchFields);
  const { fts } = scope.schema;
  const match = (ts: SearchTerm[]): string => {
    const body = ts.map(ftsPhrase).join(` ${operator} `);
    return target.allColumns ? body : `{${target.columns.join(' ')}} : (${body})`;
  };
  const hasFts = target.columns.length > 0;
  const ftsIn = (ts: SearchTerm[]) => sql(`t.rid IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ?)`, [match(ts)]);
  const keywordsFor = (term: SearchTerm) =>
    target.keywords.map((access) => applyToField(access, keywordCondition(term, access), scope.schema.values));

  let filter: SqlFragment;
  if (target.keywords.length === 0) {
    filter = hasFts ? ftsIn(terms) : FALSE_SQL;
  } else if (operator === 'OR') {
    filter = anyOf([...(hasFts ? [ftsIn(terms)] : []), ...terms.flatMap(keywordsFor)]);
  } else {
    const perTerm = terms.map((term) => anyOf([...(hasFts ? [ftsIn([term])] : []), ...keywordsFor(term)]));
    filter = joinSql(perTerm, ' AND ');
  }
  if (!hasFts) return { filter };
  // Relevance ranks on the whole query; OR keeps keyword-only matches in the join (rank 0).
  const rankQuery = target.keywords.length === 0 ? match(terms) : matchAny(terms, target);
  const rankJoin = sql(
    `${target.keywords.length === 0 ? 'JOIN' : 'LEFT JOIN'} (SELECT rowid AS rid, bm25(${fts}) AS rank FROM ${fts} WHERE ${fts} MATCH ?) s ON s.rid = t.rid`,
    [rankQuery],
  );
  return { filter, rankJoin, rankJoinFilters: target.keywords.length === 0 };
}

function matchAny(terms: SearchTerm[], target: SearchTargets): string {
  const body = terms.map(ftsPhrase).join(' OR ');
  return target.allColumns ? body : `{${target.columns.join(' ')}} : (${body})`;
}

/** A keyword view of a number (`incremental_id.text`) compares numbers, or their text for a prefix. */
function keywordCondition(term: SearchTerm, access: FieldAccess): SqlFragment {
  const numeric = isNumericType(access.valueType);
  if (term.prefix) {
    const v = numeric ? 'CAST({v} AS TEXT)' : '{v}';
    return sql(`(${v} >= ? AND ${v} < ?)`, [term.raw, prefixUpperBound(term.raw)]);
  }
  if (!numeric) return sql('{v} = ?', [term.raw]);
  const n = term.raw.trim() === '' ? NaN : Number(term.raw);
  return Number.isFinite(n) ? sql('{v} = ?', [n]) : FALSE_SQL;
}

/** A word that cannot match a field (text against a number) drops out rather than reading `OR 0`. */
function anyOf(all: SqlFragment[]): SqlFragment {
  const parts = all.filter((part) => part !== FALSE_SQL);
  if (parts.length === 0) return FALSE_SQL;
  const joined = joinSql(parts, ' OR ');
  return sql(`(${joined.sql})`, joined.params);
}

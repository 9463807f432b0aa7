/**
 * Pieces of SQL text that cannot be bound parameters: identifiers and the JSON paths baked
 * into expression indexes. A query must spell an indexed expression exactly as the index
 * does for SQLite to use the index, so both are built here and nowhere else.
 */

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

export const sql = (text: string, params: unknown[] = []): SqlFragment => ({ sql: text, params });

export const TRUE_SQL: SqlFragment = sql('1');
export const FALSE_SQL: SqlFragment = sql('0');

/** Joins fragments with a separator, keeping parameters in textual order. */
export function joinSql(parts: SqlFragment[], separator: string): SqlFragment {
  return { sql: parts.map((p) => p.sql).join(separator), params: parts.flatMap((p) => p.params) };
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export const quoteLiteral = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** Mapping keys become JSON path labels; anything outside this set is refused at start. */
const SAFE_KEY = /^[A-Za-z0-9_@-]+$/;

export const isSafeKey = (key: string): boolean => SAFE_KEY.test(key);

/** `assignees.uid` → `'$."assignees"."uid"'` as a SQL literal. */
export function jsonPathLiteral(dottedPath: string): string {
  const labels = dottedPath.split('.').map((key) => {
    if (!isSafeKey(key)) throw new Error(`Field name [${dottedPath}] cannot be stored: use [A-Za-z0-9_@-] keys`);
    return `."${key}"`;
  });
  return quoteLiteral(`$${labels.join('')}`);
}

/** The expression an attribute's scalar value is read, filtered, sorted and indexed by. */
export const attributeExpr = (sourcePath: string, alias = 't'): string =>
  `json_extract(${alias ? `${alias}.` : ''}attributes, ${jsonPathLiteral(sourcePath)})`;

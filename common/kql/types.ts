/**
 * The KQL subset a visualization's query and column filters speak, as a syntax tree. The
 * parser (parse_kql.ts) knows no fields; the server turns a tree into the stores' filter AST
 * against a source's fields (server/client/visualizations/query_filter.ts) and the editor
 * checks a query as it is typed. Positions are 0-based offsets into the query text.
 *
 * The subset: `field:value`, `field:"a phrase"`, `field:(a or b)`, `field:val*` (a trailing
 * wildcard), `field:*` (exists), `field > 5` (`>`, `>=`, `<`, `<=`), bare words (full text),
 * `and`, `or`, `not` (any case) and parentheses, with `and` binding tighter than `or`.
 */
export type KqlNode =
  | { type: 'and'; nodes: KqlNode[] }
  | { type: 'or'; nodes: KqlNode[] }
  | { type: 'not'; node: KqlNode }
  /** `field:value`; an unquoted value may end in `*` (a prefix), a quoted one is literal. */
  | { type: 'match'; field: string; value: string; quoted: boolean; position: number }
  /** `field:*`. */
  | { type: 'exists'; field: string; position: number }
  | { type: 'range'; field: string; operator: 'gt' | 'gte' | 'lt' | 'lte'; value: string; position: number }
  /** A value with no field: a full-text search over the source's text fields. */
  | { type: 'text'; value: string; quoted: boolean; position: number };

/** A query that does not parse: the message names what was expected and where. */
export class KqlSyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based offset of the offending character. */
    readonly position: number,
  ) {
    super(message);
    this.name = 'KqlSyntaxError';
  }
}

/** EXPLAIN QUERY PLAN of what a find runs, so tests and benchmarks can check index use. */
import type { FindOptions } from '../types';
import { planFind } from './find_plan';
import { countQuery, pageQuery } from './find_rows';
import type { SqliteContext } from './sqlite_context';
import type { SqlFragment } from './sql_text';

export function explainFind(ctx: SqliteContext, options: FindOptions): string[] {
  const plan = planFind(ctx, options);
  if (!plan) return [];
  const explain = (label: string, query: SqlFragment, extra: unknown[] = []) => {
    const rows = ctx.db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params, ...extra) as Array<{ detail: string }>;
    return rows.map((row) => `${label}: ${row.detail}`);
  };
  const page = pageQuery(plan);
  return [
    ...plan.parts.flatMap((part) => explain('count', countQuery(part))),
    ...explain('page', { sql: `${page.sql} LIMIT ? OFFSET ?`, params: page.params }, [options.perPage ?? 20, 0]),
  ];
}

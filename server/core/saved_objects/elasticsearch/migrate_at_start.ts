/**
 * Rewrites documents of an older model version at the latest one when the backend starts,
 * so that filters, sorts and searches on mapped fields see today's values (reads migrate
 * anyway, but the index holds what was written). Only when cheap: above `limit` documents of
 * a type they are left to be migrated on read and rewritten by their next update, and the log
 * says so. Every write is guarded by the sequence numbers it read, so processes starting
 * together, or a user's write in between, never lose an update: the loser of a race skips.
 */
import type { estypes } from '@elastic/elasticsearch';
import { DEFAULT_BULK_MIGRATION_LIMIT, latestModelVersion, type StartMigrationReport } from '../model_versions';
import { MAX_RESULT_WINDOW, type SavedObjectsType } from '../types';
import { call, WRITE_THROUGH_ALIAS, type EsContext } from './context';
import { upToDate, type RawSource } from './raw_document';


type Query = estypes.QueryDslQueryContainer;

/** Documents from before model versions carry no `model_version`: they are at version 1. */
export const olderThan = (type: SavedObjectsType, latest: number): Query => ({
  bool: {
    filter: [{ term: { type: type.name } }],
    should: [{ range: { model_version: { lt: latest } } }, { bool: { must_not: { exists: { field: 'model_version' } } } }],
    minimum_should_match: 1,
  },
});

const newerThan = (type: SavedObjectsType, latest: number): Query => ({
  bool: { filter: [{ term: { type: type.name } }, { range: { model_version: { gt: latest } } }] },
});

export async function migrateAtStart(ctx: EsContext, limit = DEFAULT_BULK_MIGRATION_LIMIT): Promise<StartMigrationReport[]> {
  const reports: StartMigrationReport[] = [];
  // Types at version 1 have nothing to migrate, and cost no request.
  for (const type of ctx.registry.getAllTypes().filter((t) => latestModelVersion(t) > 1)) {
    reports.push(await migrateType(ctx, type, Math.min(limit, MAX_RESULT_WINDOW)));
  }
  return reports;
}

async function migrateType(ctx: EsContext, type: SavedObjectsType, limit: number): Promise<StartMigrationReport> {
  const latest = latestModelVersion(type);
  const count = async (query: Query) => (await call(ctx, () => ctx.client.count({ index: ctx.index, query }))).count;
  const older = await count(olderThan(type, latest));
  const report: StartMigrationReport = { type: type.name, migrated: 0, failed: 0, deferred: 0, newer: await count(newerThan(type, latest)) };
  if (report.newer > 0) {
    ctx.logger?.warn(`saved objects: ${report.newer} [${type.name}] documents are at a model version newer than ${latest}; reads of them are refused`);
  }
  if (older > limit) {
    report.deferred = older;
    ctx.logger?.info(
      `saved objects: ${older} [${type.name}] documents are older than model version ${latest}, more than ${limit} to migrate at start; ` +
        'they are migrated as they are read and rewritten when next updated',
    );
    return report;
  }
  if (older > 0) {
    await rewriteOlder(ctx, type, latest, older, report);
    ctx.logger?.info(`saved objects: migrated ${report.migrated} [${type.name}] documents to model version ${latest}`);
  }
  return report;
}

async function rewriteOlder(ctx: EsContext, type: SavedObjectsType, latest: number, size: number, report: StartMigrationReport): Promise<void> {
  const res = await call(ctx, () =>
    ctx.client.search<RawSource>({ index: ctx.index, query: olderThan(type, latest), size, seq_no_primary_term: true }),
  );
  const operations: unknown[] = [];
  for (const hit of res.hits.hits) {
    if (!hit._source) continue;
    try {
      const source = upToDate(hit._source, type);
      operations.push({ index: { _id: hit._id as string, if_seq_no: hit._seq_no, if_primary_term: hit._primary_term } }, source);
    } catch (error) {
      // Left as stored: reading it reports the same failure, with the document named.
      report.failed++;
      ctx.logger?.error({ err: error }, `saved objects: could not migrate [${type.name}/${hit._source.id}] at start`);
    }
  }
  if (operations.length === 0) return;
  const written = await call(ctx, () => ctx.client.bulk({ index: ctx.index, operations, refresh: 'wait_for', ...WRITE_THROUGH_ALIAS }));
  for (const item of written.items) {
    const outcome = item.index;
    if (!outcome?.error) report.migrated++;
    // 409: someone wrote it since it was read, and a write stamps the latest version itself.
    else if (outcome.status !== 409) {
      report.failed++;
      ctx.logger?.warn(`saved objects: could not write migrated [${type.name}] document ${outcome._id}: ${outcome.error.reason ?? outcome.error.type}`);
    }
  }
}

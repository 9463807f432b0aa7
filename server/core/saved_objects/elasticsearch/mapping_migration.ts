/**
 * Applies a mapping plan (mapping_diff.ts) while holding the migration lock:
 *
 * - compatible: PUT _mapping, then `_update_by_query` over the affected types only, so the
 *   documents already stored get indexed under the new fields (PUT _mapping alone applies to
 *   later writes, and a new filter or sort would silently miss every existing object);
 * - incompatible: a new index `<alias>_N+1` created with the full mappings, a `_reindex` into
 *   it, and one atomic `_aliases` call that moves the alias (and its write index) over. The old
 *   index first gets a write block, so a write from a process still running the previous
 *   build fails loudly instead of landing after the copy and vanishing with the swap. The old
 *   index is kept, as Kibana keeps it, for a rollback; the log names it.
 */
import type { estypes } from '@elastic/elasticsearch';
import { HttpError } from '../../errors';
import { call, type EsContext } from './context';
import { taskIdOf, waitForTask } from './es_tasks';
import { INDEX_SETTINGS } from './index_mappings';
import type { MappingPlan } from './mapping_diff';
import { isAlreadyExists, statusOf, type HeldLock } from './migration_lock';
import type { MigrationSettings } from './migration_settings';

type Properties = Record<string, estypes.MappingProperty>;

export interface MigrationStep {
  ctx: EsContext;
  plan: MappingPlan;
  /** The concrete index behind the alias. */
  current: string;
  /** Every desired property: the new index of a reindex gets them all. */
  desired: Properties;
  settings: MigrationSettings;
  lock: HeldLock;
}

const taskWait = (step: MigrationStep) => ({
  sleep: step.settings.sleep,
  pollIntervalMs: step.settings.pollIntervalMs,
  maxPolls: step.settings.maxTaskPolls,
  onPoll: () => step.lock.renew(),
});

export async function applyCompatible(step: MigrationStep): Promise<void> {
  const { ctx, plan } = step;
  await call(ctx, () => ctx.client.indices.putMapping({ index: ctx.index, properties: plan.put }));
  if (plan.reindexTypes !== 'all' && plan.reindexTypes.length === 0) return;
  const query: estypes.QueryDslQueryContainer | undefined =
    plan.reindexTypes === 'all' ? undefined : { terms: { type: plan.reindexTypes } };
  const what = `re-indexing the stored [${plan.reindexTypes === 'all' ? 'all types' : plan.reindexTypes.join(', ')}] documents`;
  ctx.logger?.info(`saved objects: ${what} for new mappings (${plan.changes.join('; ')})`);
  const started = await call(ctx, () =>
    // conflicts: proceed, since a document written meanwhile was indexed with the new mappings by its writer.
    ctx.client.updateByQuery({ index: ctx.index, query, conflicts: 'proceed', refresh: true, wait_for_completion: false }),
  );
  const result = await waitForTask(ctx, taskIdOf(started, what), what, taskWait(step));
  ctx.logger?.info(`saved objects: re-indexed ${result.updated ?? 0} documents in place`);
}

/** `<alias>_7` -> `<alias>_8`; any other name behind the alias was not made by us. */
export function nextIndexName(alias: string, current: string): string {
  const match = new RegExp(`^${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}_(\\d+)$`).exec(current);
  if (!match) {
    throw new HttpError(500, `The alias [${alias}] points to [${current}], not to an index named [${alias}_<n>]: cannot choose the next index to migrate into`);
  }
  return `${alias}_${Number(match[1]) + 1}`;
}

/** A target left by a reindex that crashed before the swap is not behind the alias: start it over. */
async function createTarget(ctx: EsContext, target: string, desired: Properties): Promise<void> {
  const create = () =>
    ctx.client.indices.create({ index: target, mappings: { dynamic: 'strict', properties: desired }, settings: INDEX_SETTINGS });
  try {
    await create();
  } catch (e) {
    if (!isAlreadyExists(e)) throw new HttpError(statusOf(e) ?? 500, `Could not create [${target}]: ${(e as Error).message}`);
    ctx.logger?.warn(`saved objects: [${target}] is left from an interrupted migration; recreating it`);
    await call(ctx, () => ctx.client.indices.delete({ index: target }));
    await call(ctx, create);
  }
}

export async function reindexIntoNext(step: MigrationStep): Promise<void> {
  const { ctx, current, plan } = step;
  const target = nextIndexName(ctx.index, current);
  ctx.logger?.info(`saved objects: mappings changed incompatibly (${plan.changes.join('; ')}); reindexing [${current}] into [${target}]`);
  await call(ctx, () => ctx.client.indices.addBlock({ index: current, block: 'write' }));
  await createTarget(ctx, target, step.desired);
  const what = `reindexing [${current}] into [${target}]`;
  const started = await call(ctx, () =>
    ctx.client.reindex({ source: { index: current }, dest: { index: target }, refresh: true, wait_for_completion: false }),
  );
  const result = await waitForTask(ctx, taskIdOf(started, what), what, taskWait(step));
  await step.lock.renew();
  // One request: readers and writers see either the old index or the new one, never neither.
  await call(ctx, () =>
    ctx.client.indices.updateAliases({
      actions: [
        { remove: { index: current, alias: ctx.index, must_exist: true } },
        { add: { index: target, alias: ctx.index, is_write_index: true } },
      ],
    }),
  );
  ctx.logger?.info(
    `saved objects: copied ${result.created ?? result.total ?? 0} documents into [${target}], now behind [${ctx.index}]; ` +
      `[${current}] is kept read-only for a rollback: delete it once the new build is settled`,
  );
}

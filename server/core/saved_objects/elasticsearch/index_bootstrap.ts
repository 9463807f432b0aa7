/**
 * Makes the alias usable. On first start it creates the concrete index `<alias>_1` with
 * explicit mappings and points the alias at it. On later starts it compares the mappings the
 * registered types want with the live ones (mapping_diff.ts) and migrates: new types are simply
 * added; new or changed fields of stored types are added and their documents re-indexed in
 * place; incompatible changes reindex into `<alias>_N+1` behind the same alias
 * (mapping_migration.ts). Whatever touches stored documents runs under the migration lock
 * (migration_lock.ts), so processes starting together migrate once.
 */
import { errors, type estypes } from '@elastic/elasticsearch';
import { HttpError } from '../../errors';
import { call, type EsContext } from './context';
import { toHttpError } from './es_errors';
import { allProperties, concreteIndexName, INDEX_SETTINGS, indexMappings, rootFieldNames } from './index_mappings';
import { diffMappings, type MappingPlan } from './mapping_diff';
import { applyCompatible, reindexIntoNext } from './mapping_migration';
import { acquireOrWait, isAlreadyExists, type HeldLock } from './migration_lock';
import { migrationSettings, type MigrationSettings } from './migration_settings';

export { concreteIndexName, INDEX_SETTINGS };

type Properties = Record<string, estypes.MappingProperty>;

/** A waiter re-checks after each holder it waited for; a few rounds cover a holder that failed. */
const MAX_ROUNDS = 3;

export async function ensureIndex(ctx: EsContext, settings: MigrationSettings = migrationSettings()): Promise<void> {
  const types = ctx.registry.getAllTypes();
  const desired = allProperties(types);
  const exists = await call(ctx, () => ctx.client.indices.existsAlias({ name: ctx.index }));
  if (!exists) {
    await refuseConcreteIndexAtAlias(ctx);
    if (await createIndex(ctx, indexMappings(types))) return;
  }
  await migrateMappings(ctx, desired, settings);
}

/**
 * A write that reached the cluster while the alias was missing made Elasticsearch create a
 * concrete index under the alias's name, with mappings guessed from one document. Starting on
 * it would break space filters and every later start, so the start stops and says what to do.
 */
async function refuseConcreteIndexAtAlias(ctx: EsContext): Promise<void> {
  const named = await call(ctx, () => ctx.client.indices.exists({ index: ctx.index }));
  // The name also resolves once another process has just created the alias: not a squatter.
  if (!named || (await call(ctx, () => ctx.client.indices.existsAlias({ name: ctx.index })))) return;
  throw new HttpError(
    500,
    `Elasticsearch has a concrete index named [${ctx.index}] where the saved objects' alias belongs, most likely created by a ` +
      'write that arrived while the alias was missing, with mappings guessed from that document. Refusing to start on it. ' +
      `If it holds nothing to keep, delete it; otherwise reindex it into a backup index, delete it, start once so that ` +
      `[${concreteIndexName(ctx.index)}] is created behind the alias, then reindex the backup into [${ctx.index}].`,
  );
}

/** False when another process created the index first; the mappings are then checked as on any start. */
async function createIndex(ctx: EsContext, mappings: estypes.MappingTypeMapping): Promise<boolean> {
  try {
    await ctx.client.indices.create({
      index: concreteIndexName(ctx.index),
      mappings,
      settings: INDEX_SETTINGS,
      aliases: { [ctx.index]: { is_write_index: true } },
    });
    return true;
  } catch (e) {
    if (e instanceof errors.ResponseError && isAlreadyExists(e)) return false;
    throw toHttpError(e, undefined, ctx.logger);
  }
}

interface LiveMappings {
  index: string;
  properties: Properties;
}

async function liveMappings(ctx: EsContext): Promise<LiveMappings> {
  const live = await call(ctx, () => ctx.client.indices.getMapping({ index: ctx.index }));
  const entries = Object.entries(live);
  if (entries.length !== 1) {
    throw new HttpError(500, `The alias [${ctx.index}] points to ${entries.length} indices (${Object.keys(live).join(', ')}); it must point to one`);
  }
  return { index: entries[0][0], properties: entries[0][1].mappings.properties ?? {} };
}

const touchesDocuments = (plan: MappingPlan): boolean => plan.kind === 'incompatible' || plan.reindexTypes === 'all' || plan.reindexTypes.length > 0;

async function migrateMappings(ctx: EsContext, desired: Properties, settings: MigrationSettings): Promise<void> {
  const diff = (live: LiveMappings) => diffMappings(desired, live.properties, rootFieldNames());
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const plan = diff(await liveMappings(ctx));
    if (plan.kind === 'none') return;
    if (!touchesDocuments(plan)) {
      // Only types no stored document has yet: PUT _mapping merges, so processes racing here agree.
      ctx.logger?.info({ types: Object.keys(plan.put) }, 'Adding saved-object mappings to Elasticsearch');
      await call(ctx, () => ctx.client.indices.putMapping({ index: ctx.index, properties: plan.put }));
      return;
    }
    const lock = await acquireOrWait(ctx, settings);
    // Null: another process held the lock and has released it; see what it left to do.
    if (lock) return migrateHoldingLock(ctx, desired, settings, lock, diff);
  }
  throw new HttpError(503, `The saved-object mappings of [${ctx.index}] still differ after ${MAX_ROUNDS} migration attempts; see the log`);
}

async function migrateHoldingLock(
  ctx: EsContext,
  desired: Properties,
  settings: MigrationSettings,
  lock: HeldLock,
  diff: (live: LiveMappings) => MappingPlan,
): Promise<void> {
  try {
    // Read again under the lock: the previous holder may have finished between our read and our lock.
    const live = await liveMappings(ctx);
    const plan = diff(live);
    const step = { ctx, plan, current: live.index, desired, settings, lock };
    if (plan.kind === 'incompatible') await reindexIntoNext(step);
    else if (plan.kind === 'compatible') await applyCompatible(step);
  } catch (e) {
    // The first error is the one to report; a failed release only delays the others until expiry.
    await lock.release().catch((releaseError) => ctx.logger?.warn({ err: releaseError }, 'saved objects: could not release the migration lock'));
    throw e;
  }
  await lock.release();
}

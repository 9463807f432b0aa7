/**
 * Makes the alias usable: on first start it creates the concrete index `<alias>_1` with
 * explicit mappings and points the alias at it (the suffix leaves room for a later reindex
 * behind the same alias); on later starts it only adds the mappings of types registered since.
 */
import { errors, type estypes } from '@elastic/elasticsearch';
import { call, type EsContext } from './context';
import { toHttpError } from './es_errors';
import { allProperties, indexMappings, missingProperties } from './index_mappings';

/** One shard is plenty for saved objects; replicas when the cluster has a second node. */
export const INDEX_SETTINGS: estypes.IndicesIndexSettings = {
  number_of_shards: 1,
  auto_expand_replicas: '0-1',
};

export const concreteIndexName = (alias: string): string => `${alias}_1`;

export async function ensureIndex(ctx: EsContext): Promise<void> {
  const types = ctx.registry.getAllTypes();
  const exists = await call(ctx, () => ctx.client.indices.existsAlias({ name: ctx.index }));
  if (!exists && (await createIndex(ctx, indexMappings(types)))) return;
  await putMissingMappings(ctx, allProperties(types));
}

/** False when another process created the index first; its mappings are then topped up. */
async function createIndex(ctx: EsContext, mappings: estypes.MappingTypeMapping): Promise<boolean> {
  try {
    await ctx.client.indices.create({
      index: concreteIndexName(ctx.index),
      mappings,
      settings: INDEX_SETTINGS,
      aliases: { [ctx.index]: {} },
    });
    return true;
  } catch (e) {
    if (e instanceof errors.ResponseError && isAlreadyExists(e)) return false;
    throw toHttpError(e, undefined, ctx.logger);
  }
}

function isAlreadyExists(e: InstanceType<typeof errors.ResponseError>): boolean {
  const body = e.meta.body as { error?: { type?: string } } | undefined;
  return e.meta.statusCode === 400 && body?.error?.type === 'resource_already_exists_exception';
}

async function putMissingMappings(ctx: EsContext, desired: Record<string, estypes.MappingProperty>): Promise<void> {
  const live = await call(ctx, () => ctx.client.indices.getMapping({ index: ctx.index }));
  const existing = Object.values(live)[0]?.mappings.properties ?? {};
  const missing = missingProperties(desired, existing);
  if (Object.keys(missing).length === 0) return;
  ctx.logger?.info({ types: Object.keys(missing) }, 'Adding saved-object mappings to Elasticsearch');
  await call(ctx, () => ctx.client.indices.putMapping({ index: ctx.index, properties: missing }));
}

/**
 * The index of a space is created on the first write that finds none, never changed after.
 * On an Elastic Security deployment `.alerts-security.alerts-{space}` is an alias Kibana owns
 * (over `.internal.alerts-security.alerts-{space}-00000N`): its mappings and settings are
 * Kibana's, and `indices.exists` answers true for the alias, so nothing here touches it.
 *
 * A created index follows Kibana's alert indices: `dynamic: false`, so every other ECS field is
 * kept in `_source` and returned, but indexes nothing (no mapping explosion, no document
 * refused because a field came as an object in one alert and a string in another);
 * `ignore_malformed`, so a badly typed value is skipped rather than the whole document lost.
 */
import { errors, type Client, type estypes } from '@elastic/elasticsearch';
import type { Logger } from '../../logging/types';
import { esCall, toHttpError } from '../../saved_objects/elasticsearch/es_errors';
import { typeProperty } from '../../saved_objects/elasticsearch/index_mappings';
import type { DocumentIndexDefinition } from '../types';
import { documentType } from './document_type';

/** Another writer (a second Cases process, or Kibana installing its alias) got there first. */
function createdMeanwhile(e: unknown): boolean {
  if (!(e instanceof errors.ResponseError)) return false;
  const cause = (e.meta.body as { error?: { type?: string; reason?: string } } | undefined)?.error;
  if (cause?.type === 'resource_already_exists_exception') return true;
  return cause?.type === 'invalid_index_name_exception' && /already exists as alias/.test(cause.reason ?? '');
}

export function indexBody(definition: DocumentIndexDefinition, index: string): estypes.IndicesCreateRequest {
  const { properties } = typeProperty(documentType(definition)) as { properties: Record<string, estypes.MappingProperty> };
  return {
    index,
    settings: {
      number_of_shards: 1,
      auto_expand_replicas: '0-1',
      'mapping.ignore_malformed': true,
      // A dot-prefixed name is reserved for hidden and system indices, as Kibana's alert indices are.
      ...(index.startsWith('.') ? { hidden: true } : {}),
    },
    mappings: { dynamic: false, properties },
  };
}

export async function ensureIndex(client: Client, definition: DocumentIndexDefinition, index: string, logger?: Logger): Promise<void> {
  const exists = await esCall(() => client.indices.exists({ index }), undefined, logger);
  if (exists) return;
  try {
    await client.indices.create(indexBody(definition, index));
    logger?.info(`Created index [${index}] for documents of [${definition.name}]`);
  } catch (e) {
    if (createdMeanwhile(e)) return;
    throw toHttpError(e, undefined, logger);
  }
}

/**
 * One check per index and process: a write awaits the first check, later writes go straight
 * through. A failed check is forgotten so the next write tries again.
 */
export function indexEnsurer(client: Client, definition: DocumentIndexDefinition, index: string, logger?: Logger) {
  let ensured: Promise<void> | undefined;
  return (): Promise<void> => {
    ensured ??= ensureIndex(client, definition, index, logger).catch((e: unknown) => {
      ensured = undefined;
      throw e;
    });
    return ensured;
  };
}

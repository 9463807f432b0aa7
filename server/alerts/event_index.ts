/**
 * The `events` family: raw ECS events (process starts, connections, DNS queries, file writes)
 * that a case can hold beside its alerts. Searched by their message and command lines.
 */
import type { DocumentIndexDefinition } from '../core';
import type { ResolvedCasesConfig } from '../config';
import { ECS_MAPPED_FIELDS, ECS_UNINDEXED_FIELDS } from './ecs_fields';
import { nestedMappings } from './nested_mappings';

export const EVENTS_FAMILY = 'events';
export const EVENT_ID_FIELD = 'event.id';

export const eventIndexDefinition = (config: ResolvedCasesConfig): DocumentIndexDefinition => ({
  name: EVENTS_FAMILY,
  pattern: config.events.index,
  idField: EVENT_ID_FIELD,
  mappings: nestedMappings({ ...ECS_MAPPED_FIELDS, message: { type: 'text' }, 'process.command_line': { type: 'text' } }),
  // The Events page sorts by event.category, event.action and process.name: those stay indexed.
  unindexed: ECS_UNINDEXED_FIELDS,
});

/**
 * The values Kibana's cases store differently from ours, both ways. Kibana persists status and
 * severity as numbers (since 8.7), keeps a connector's fields as a key/value list, and keeps
 * connector ids in references rather than in the attributes. Cases, comments and user actions
 * all convert through these, so an export of ours reads as Kibana's and Kibana's as ours.
 */
import type { CaseConnector } from '../../../common/types/domain/connector';
import type { User } from '../../../common/types/domain/user';
import { NONE_CONNECTOR_ID, type CaseSeverity, type CaseStage } from '../../../common/constants';
import { ImportDocumentError, type SavedObjectReference } from '../../core';

/** Kibana's CasePersistedStatus (custom statuses, issue 20, travel as their stage plus their key). */
export const KIBANA_STATUS: Readonly<Record<CaseStage, number>> = { open: 0, 'in-progress': 10, closed: 20 };
/** Kibana's CasePersistedSeverity. */
export const KIBANA_SEVERITY: Readonly<Record<CaseSeverity, number>> = { low: 0, medium: 10, high: 20, critical: 30 };

const invert = <K extends string>(table: Readonly<Record<K, number>>): ReadonlyMap<number, K> =>
  new Map(Object.entries(table).map(([key, value]) => [value as number, key as K]));
const STATUS_OF = invert(KIBANA_STATUS);
const SEVERITY_OF = invert(KIBANA_SEVERITY);

/** A stored status or severity from an export: Kibana's number, or the string older exports (and hand-written ones) carry. */
export function statusFromKibana(value: unknown): CaseStage {
  if (typeof value === 'number' && STATUS_OF.has(value)) return STATUS_OF.get(value)!;
  if (typeof value === 'string' && value in KIBANA_STATUS) return value as CaseStage;
  throw new ImportDocumentError(`status [${String(value)}] is not a case status`);
}

export function severityFromKibana(value: unknown): CaseSeverity {
  if (value === undefined || value === null) return 'low';
  if (typeof value === 'number' && SEVERITY_OF.has(value)) return SEVERITY_OF.get(value)!;
  if (typeof value === 'string' && value in KIBANA_SEVERITY) return value as CaseSeverity;
  throw new ImportDocumentError(`severity [${String(value)}] is not a case severity`);
}

/**
 * Kibana's persisted connector of a case (and of a configuration): no id (it is a reference),
 * fields as a key/value list. Kibana writes `[]` for a connector without fields (the none
 * connector included) and reads an empty list back as `null`; exports of 7.10 to 7.14 may
 * still hold `null`.
 */
export interface KibanaPersistedConnector {
  name: string;
  type: string;
  fields: Array<{ key: string; value: unknown }> | null;
}

export const NONE_CONNECTOR: CaseConnector = { id: NONE_CONNECTOR_ID, name: 'none', type: '.none', fields: null } as CaseConnector;

export function connectorToKibana(connector: CaseConnector): KibanaPersistedConnector {
  const fields = connector.fields as Record<string, unknown> | null;
  return {
    name: connector.name,
    type: connector.type,
    fields: fields === null || fields === undefined ? [] : Object.entries(fields).map(([key, value]) => ({ key, value })),
  };
}

/**
 * Ours from Kibana's: the id from the reference the caller found (none without one), the fields
 * from their list. A `.none` connector always reads as the none connector, whatever it held.
 */
export function connectorFromKibana(persisted: unknown, id: string | undefined): CaseConnector {
  if (persisted === undefined || persisted === null) return NONE_CONNECTOR;
  if (typeof persisted !== 'object') throw new ImportDocumentError('connector must be an object');
  const { name, type, fields } = persisted as Partial<KibanaPersistedConnector>;
  if (type === '.none' || id === undefined || id === NONE_CONNECTOR_ID) return NONE_CONNECTOR;
  if (typeof type !== 'string' || typeof name !== 'string') throw new ImportDocumentError('connector needs a name and a type');
  const asObject = Array.isArray(fields)
    ? fields.length === 0
      ? null
      : Object.fromEntries(fields.map((field) => [String((field as { key: unknown }).key), (field as { value: unknown }).value ?? null]))
    : fields === undefined || fields === null
      ? null
      : (fields as unknown as Record<string, unknown>);
  return { id, name, type, fields: asObject } as CaseConnector;
}

/**
 * A user of Kibana's (`created_by`, `closed_by`, `pushed_by`…) as ours. Kibana keeps
 * `profile_uid: null` (or no key) for users without a profile, and exports of 7.x may lack a
 * name field; ours keeps the three names (null when unknown) and a profile uid only when there
 * is one.
 */
export function userFromKibana(value: unknown, field: string): User {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ImportDocumentError(`${field} must be a user object`);
  const { email, full_name: fullName, username, profile_uid: profileUid } = value as Record<string, unknown>;
  const name = (of: unknown, key: string): string | null => {
    if (of === undefined || of === null) return null;
    if (typeof of !== 'string') throw new ImportDocumentError(`${field}.${key} must be a string`);
    return of;
  };
  return {
    email: name(email, 'email'),
    full_name: name(fullName, 'full_name'),
    username: name(username, 'username'),
    ...(typeof profileUid === 'string' && profileUid !== '' ? { profile_uid: profileUid } : {}),
  };
}

/** The id of the reference of that name (and type, when given): where Kibana keeps the ids we keep in attributes. */
export const findReferenceId = (references: readonly SavedObjectReference[] | undefined, name: string, type?: string): string | undefined =>
  (references ?? []).find((reference) => reference.name === name && (type === undefined || reference.type === type))?.id;

export const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

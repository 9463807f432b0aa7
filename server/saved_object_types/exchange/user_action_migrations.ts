/**
 * Kibana's migrations of `cases-user-actions`, as import runs them on documents stamped older
 * than each. Until 8.1 a user action was `action_field` (the case fields it touched) with
 * `new_value`/`old_value` as JSON strings, stamped by `action_at`/`action_by`; 8.1 turned that
 * into today's `type` + `payload`. Connector ids left the JSON for references in 7.16, so by
 * 8.1 the payload's connectors have none. Written from what each version changed.
 */
import { NONE_CONNECTOR_ID } from '../../../common/constants';
import { USER_ACTION_TYPES } from '../../../common/types/domain/user_action';
import { type ExchangeDocument, type ExchangeMigration, type SavedObjectReference, ACTION_SAVED_OBJECT_TYPE } from '../../core';
import { LEGACY_OWNER } from './comment_migrations';
import { isRecord } from './kibana_values';
import { CONNECTOR_ID_REFERENCE_NAME, PUSH_CONNECTOR_ID_REFERENCE_NAME } from '../../services/cases_service';

/** 7.16's names for the connector of `old_value`; 8.1 dropped them with `old_value`. */
const OLD_CONNECTOR_ID_REF_NAME = 'oldConnectorId';
const OLD_PUSH_CONNECTOR_ID_REF_NAME = 'oldPushConnectorId';
const NONE_CONNECTOR_WITHOUT_ID = { name: 'none', type: '.none', fields: null };

type Attributes = Record<string, unknown>;

const fieldsOf = (attributes: Attributes): string[] =>
  Array.isArray(attributes.action_field) ? attributes.action_field.filter((f): f is string => typeof f === 'string') : [];

const parseJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

const withAttributes = (document: ExchangeDocument, attributes: Attributes, references = document.references ?? []): ExchangeDocument => ({
  ...document,
  attributes,
  references,
});

const validConnectorId = (id: unknown): id is string => typeof id === 'string' && id !== '' && id !== NONE_CONNECTOR_ID;

// ---------------------------------------------------------------------------------------------
// 7.16.0: connector ids into references
// ---------------------------------------------------------------------------------------------

type ValueSide = 'new' | 'old';
const CONNECTOR_REF: Record<ValueSide, string> = { new: CONNECTOR_ID_REFERENCE_NAME, old: OLD_CONNECTOR_ID_REF_NAME };
const PUSH_REF: Record<ValueSide, string> = { new: PUSH_CONNECTOR_ID_REFERENCE_NAME, old: OLD_PUSH_CONNECTOR_ID_REF_NAME };

const looksLikeConnector = (value: unknown): value is Attributes => isRecord(value) && typeof value.type === 'string' && typeof value.name === 'string';

/** A connector without its id (none-shaped when the id was not a real connector's), and the reference to it. */
function detachConnector(connector: Attributes, name: string): { connector: Attributes; references: SavedObjectReference[] } {
  const { id, ...rest } = connector;
  return validConnectorId(id) ? { connector: rest, references: [{ type: ACTION_SAVED_OBJECT_TYPE, name, id }] } : { connector: { ...NONE_CONNECTOR_WITHOUT_ID }, references: [] };
}

/** One side's JSON with its connector id moved out; anything unreadable stays as it was. */
function connectorIdsOut(action: unknown, fields: string[], json: unknown, side: ValueSide): { json: unknown; references: SavedObjectReference[] } {
  const value = parseJson(json);
  if (json === null || json === undefined || !isRecord(value)) return { json, references: [] };
  if (action === 'create' && fields.includes('connector') && looksLikeConnector(value.connector)) {
    const { connector, references } = detachConnector(value.connector, CONNECTOR_REF[side]);
    return { json: JSON.stringify({ ...value, connector }), references };
  }
  if (action === 'update' && fields.includes('connector') && looksLikeConnector(value)) {
    const { connector, references } = detachConnector(value, CONNECTOR_REF[side]);
    return { json: JSON.stringify(connector), references };
  }
  if (action === 'push-to-service' && fields.includes('pushed')) {
    const { connector_id: id, ...externalService } = value;
    return { json: JSON.stringify(externalService), references: validConnectorId(id) ? [{ type: ACTION_SAVED_OBJECT_TYPE, name: PUSH_REF[side], id }] : [] };
  }
  return { json, references: [] };
}

const connectorIdsToReferences: ExchangeMigration = (document) => {
  const attributes = document.attributes;
  const fields = fieldsOf(attributes);
  const next = connectorIdsOut(attributes.action, fields, attributes.new_value, 'new');
  const old = connectorIdsOut(attributes.action, fields, attributes.old_value, 'old');
  return withAttributes(document, { ...attributes, new_value: next.json, old_value: old.json }, [...(document.references ?? []), ...next.references, ...old.references]);
};

// ---------------------------------------------------------------------------------------------
// 8.1.0: action_field/new_value/old_value → type/payload
// ---------------------------------------------------------------------------------------------

const KNOWN_TYPES = new Set<string>(USER_ACTION_TYPES);

function userActionTypeOf(fields: string[], action: unknown): string {
  if (fields.length > 1 && action === 'create') return 'create_case';
  if (fields.length > 1 && action === 'delete') return 'delete_case';
  // An unknown field yields no type, which import then refuses, naming it.
  return fields[0] !== undefined && KNOWN_TYPES.has(fields[0]) ? fields[0] : (fields[0] ?? '');
}

/** What one legacy field contributes to the payload, from the decoded value (the field's part, or the whole value). */
function fieldPayload(field: string, value: unknown, owner: unknown): Attributes {
  switch (field) {
    case 'title':
    case 'status':
    case 'description':
      return { [field]: typeof value === 'string' ? value : '' };
    case 'owner':
      return { owner: typeof value === 'string' ? value : owner };
    case 'settings':
    case 'connector':
      return { [field]: isRecord(value) ? value : {} };
    case 'pushed':
      return { externalService: isRecord(value) ? value : {} };
    case 'tags':
      // Tag changes were once stored as "a, b".
      return { tags: typeof value === 'string' ? value.split(',').map((tag) => tag.trim()) : Array.isArray(value) ? value : [] };
    case 'comment':
      // Until 7.10 a comment action's value was the bare text of a user comment.
      return {
        comment: isRecord(value) ? { ...value, ...(value.owner === undefined || value.owner === null ? { owner } : {}) } : { comment: typeof value === 'string' ? value : '', type: 'user', owner },
      };
    default:
      return {};
  }
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (isRecord(value) && Object.keys(value).length === 0);

function payloadOf(type: string, fields: string[], newValue: unknown, oldValue: unknown, owner: unknown): Attributes {
  const raw = newValue ?? oldValue ?? null;
  const decoded = raw === null ? null : parseJson(raw);
  const payload: Attributes = {};
  if (decoded !== null) {
    for (const field of fields) Object.assign(payload, fieldPayload(field, isRecord(decoded) && decoded[field] !== undefined ? decoded[field] : decoded, owner));
  }
  // Create actions of 7.x lack what later cases always have: give them the defaults a case had.
  if ((type === 'create_case' || type === 'connector') && (payload.connector === undefined || payload.connector === null)) payload.connector = { ...NONE_CONNECTOR_WITHOUT_ID };
  if (type === 'create_case') {
    if (isEmpty(payload.status)) payload.status = 'open';
    if (isEmpty(payload.owner)) payload.owner = owner;
    if (isEmpty(payload.settings)) payload.settings = { syncAlerts: true };
  }
  return payload;
}

const toTypeAndPayload: ExchangeMigration = (document) => {
  // An unstamped document already in today's shape (hand-written, or exported without stamps).
  if (document.attributes.action_field === undefined && document.attributes.payload !== undefined) return document;
  const { action_field: _fields, new_value: newValue, old_value: oldValue, action_at: actionAt, action_by: actionBy, action, ...rest } = document.attributes;
  const fields = fieldsOf(document.attributes);
  const type = userActionTypeOf(fields, action);
  const references = (document.references ?? []).filter((r) => r.name !== OLD_CONNECTOR_ID_REF_NAME && r.name !== OLD_PUSH_CONNECTOR_ID_REF_NAME);
  return withAttributes(
    document,
    {
      ...rest,
      action: action === 'push-to-service' ? 'push_to_service' : action,
      created_at: actionAt ?? rest.created_at,
      created_by: actionBy ?? rest.created_by,
      type,
      payload: payloadOf(type, fields, newValue, oldValue, rest.owner),
    },
    references,
  );
};

// ---------------------------------------------------------------------------------------------
// The map
// ---------------------------------------------------------------------------------------------

const onCreateCasePayload =
  (change: (payload: Attributes) => Attributes): ExchangeMigration =>
  (document) =>
    document.attributes.type === 'create_case' && isRecord(document.attributes.payload)
      ? withAttributes(document, { ...document.attributes, payload: change(document.attributes.payload) })
      : document;

/** 8.0: alert comments' rule ids point at rules that 8.0 re-created under new ids. */
const clearAlertRule = (json: unknown): unknown => {
  const value = parseJson(json);
  if (!isRecord(value) || (value.type !== 'alert' && value.type !== 'generated_alert')) return json;
  return JSON.stringify({ ...value, rule: { id: null, name: null } });
};

export const userActionMigrations: Record<string, ExchangeMigration> = {
  // 7.10: the case's `connector_id` became a `connector`; its user actions followed.
  '7.10.0': (document) => {
    const attributes = document.attributes;
    if (fieldsOf(attributes)[0] !== 'connector_id') return withAttributes(document, attributes);
    const wrap = (id: unknown) => (id === null || id === undefined ? id : JSON.stringify({ id, ...NONE_CONNECTOR_WITHOUT_ID }));
    return withAttributes(document, { ...attributes, action_field: ['connector'], new_value: wrap(attributes.new_value), old_value: wrap(attributes.old_value) });
  },
  '7.14.0': (document) => withAttributes(document, { ...document.attributes, owner: document.attributes.owner ?? LEGACY_OWNER }),
  '7.16.0': connectorIdsToReferences,
  '8.0.0': (document) => {
    const attributes = document.attributes;
    if (!fieldsOf(attributes).includes('comment')) return document;
    return withAttributes(document, { ...attributes, new_value: clearAlertRule(attributes.new_value), old_value: clearAlertRule(attributes.old_value) });
  },
  '8.1.0': toTypeAndPayload,
  '8.3.0': onCreateCasePayload((payload) => ({ ...payload, severity: payload.severity ?? 'low' })),
  '8.5.0': onCreateCasePayload((payload) => ({ ...payload, assignees: payload.assignees ?? [] })),
  // Kibana's model versions: 1 is the baseline, 2 adds an optional `source` (who acted: an agent,
  // a workflow), 3 a mapping. None changes what was there.
  '10.1.0': (document) => document,
  '10.2.0': (document) => document,
  '10.3.0': (document) => document,
};

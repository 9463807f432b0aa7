/**
 * A user action's payload as Kibana persists it and as we store it. Kibana keeps connector ids
 * in references: a `create_case` or `connector` payload's connector has no id (the `connectorId`
 * reference holds it; the none connector has none), a `pushed` payload's external service has no
 * `connector_id` (the `pushConnectorId` reference holds it), and a comment's saved-object
 * attachment keeps its object's id in an `externalReferenceId` reference. Status and severity
 * in payloads are strings in both. `syncedAlerts` on status and settings actions is ours alone.
 */
import { NONE_CONNECTOR_ID } from '../../../common/constants';
import type { CaseConnector } from '../../../common/types/domain/connector';
import { type SavedObjectReference, ACTION_SAVED_OBJECT_TYPE } from '../../core';
import { attachmentPayloadFromKibana, attachmentPayloadToKibana } from './comment_attachment';
import { connectorReference } from './comment_references';
import { findReferenceId, isRecord, connectorFromKibana, severityFromKibana, statusFromKibana } from './kibana_values';
import { CONNECTOR_ID_REFERENCE_NAME, PUSH_CONNECTOR_ID_REFERENCE_NAME } from '../../services/cases_service';

type Payload = Record<string, unknown>;

/** Kibana's user-action connector: ours without the id; its fields stay an object (cases' are a list). */
const connectorWithoutId = (connector: unknown): unknown => {
  if (!isRecord(connector)) return connector;
  const { id: _id, ...rest } = connector;
  return rest;
};

const withoutSyncedAlerts = (payload: Payload): Payload => {
  const { syncedAlerts: _ours, ...rest } = payload;
  return rest;
};

export function userActionPayloadToKibana(type: string, payload: Payload): { payload: Payload; references: SavedObjectReference[] } {
  switch (type) {
    case 'create_case':
    case 'connector': {
      const connector = payload.connector as Partial<CaseConnector> | undefined;
      return { payload: { ...payload, connector: connectorWithoutId(connector) }, references: connectorReference(CONNECTOR_ID_REFERENCE_NAME, connector?.id) };
    }
    case 'pushed': {
      if (!isRecord(payload.externalService)) return { payload, references: [] };
      const { connector_id: connectorId, ...externalService } = payload.externalService;
      return { payload: { ...payload, externalService }, references: connectorReference(PUSH_CONNECTOR_ID_REFERENCE_NAME, connectorId) };
    }
    case 'comment': {
      if (!isRecord(payload.comment)) return { payload, references: [] };
      const converted = attachmentPayloadToKibana(payload.comment);
      return { payload: { ...payload, comment: converted.payload }, references: converted.references };
    }
    case 'status':
    case 'settings':
      return { payload: withoutSyncedAlerts(payload), references: [] };
    default:
      return { payload, references: [] };
  }
}

/** Kibana's persisted stage or severity; an 8.7+ number when hand-converted, a string otherwise. */
const statusOf = (value: unknown) => (typeof value === 'number' ? statusFromKibana(value) : value);
const severityOf = (value: unknown) => (typeof value === 'string' || typeof value === 'number' || value === undefined || value === null ? severityFromKibana(value) : value);

/** What a `create_case` payload holds here; Kibana's older fields (`type: individual`) and newer ones we do not keep are left out. */
function createCasePayload(payload: Payload, connectorId: string | undefined): Payload {
  return {
    title: payload.title,
    description: payload.description,
    tags: payload.tags ?? [],
    connector: connectorFromKibana(payload.connector, connectorId),
    settings: payload.settings ?? { syncAlerts: true },
    owner: payload.owner,
    severity: severityOf(payload.severity),
    assignees: payload.assignees ?? [],
    category: payload.category ?? null,
    customFields: payload.customFields ?? [],
    status: statusOf(payload.status ?? 'open'),
  };
}

export function userActionPayloadFromKibana(type: string, payload: Payload, references: readonly SavedObjectReference[]): Payload {
  switch (type) {
    case 'create_case':
      return createCasePayload(payload, findReferenceId(references, CONNECTOR_ID_REFERENCE_NAME, ACTION_SAVED_OBJECT_TYPE));
    case 'connector':
      return { ...payload, connector: connectorFromKibana(payload.connector, findReferenceId(references, CONNECTOR_ID_REFERENCE_NAME, ACTION_SAVED_OBJECT_TYPE)) };
    case 'pushed':
      // Kibana reads a push without its connector reference as pushed to the none connector.
      return isRecord(payload.externalService)
        ? { ...payload, externalService: { ...payload.externalService, connector_id: findReferenceId(references, PUSH_CONNECTOR_ID_REFERENCE_NAME, ACTION_SAVED_OBJECT_TYPE) ?? NONE_CONNECTOR_ID } }
        : payload;
    case 'comment':
      return isRecord(payload.comment) ? { ...payload, comment: attachmentPayloadFromKibana(payload.comment, references, { required: false }) } : payload;
    case 'delete_case':
      // Kibana's legacy delete actions kept the deleted fields' names; the action itself is the record.
      return {};
    case 'status':
      return { ...payload, status: statusOf(payload.status) };
    case 'severity':
      return { ...payload, severity: severityOf(payload.severity) };
    default:
      return payload;
  }
}

/**
 * Kibana's migrations of its `cases` documents, 7.10 to model version 9, as the import runs them
 * on a document stamped older (a document stamped with nothing runs them all, as in Kibana: an
 * unstamped hand-written modern case then has its settings reset by 7.11 and a connector kept
 * only if a 7.10-style `connector_id` says so). Written from what each of Kibana's migrations
 * does to the stored shape; the result is Kibana's shape at the export version, which
 * case_import.ts turns into ours.
 */
import type { ExchangeDocument, ExchangeMigration } from '../../core';
import { CONNECTOR_ID_REFERENCE_NAME, PUSH_CONNECTOR_ID_REFERENCE_NAME, ACTION_SAVED_OBJECT_TYPE } from '../../services/cases_service';
import { isRecord as isObject, KIBANA_SEVERITY, KIBANA_STATUS } from './kibana_values';

type Attributes = Record<string, unknown>;

const withAttributes = (document: ExchangeDocument, change: (attributes: Attributes) => Attributes): ExchangeDocument => ({
  ...document,
  attributes: change({ ...document.attributes }),
});


/** Kibana's test for a connector id worth a reference: present and not the none connector's. */
const isRealConnectorId = (id: unknown): id is string => typeof id === 'string' && id !== '' && id !== 'none';

/** 7.10: the case's `connector_id` becomes a `connector` object (of the none type; the id is all 7.9 knew). */
const connectorObject: ExchangeMigration = (document) =>
  withAttributes(document, ({ connector_id: connectorId, ...attributes }) => ({
    ...attributes,
    connector: { id: isRealConnectorId(connectorId) ? connectorId : 'none', name: 'none', type: '.none', fields: null },
  }));

/** 7.11: cases gain settings; every case is set to sync its alerts (unconditionally, as Kibana). */
const settings: ExchangeMigration = (document) =>
  withAttributes(document, (attributes) => ({ ...attributes, settings: { syncAlerts: true, extractObservables: true } }));

/**
 * 7.12: cases gain a type (sub-cases, removed again in 8.1), and a ServiceNow ITSM connector's
 * fields gain the category and subcategory that connector started to take.
 */
const typeAndServiceNowFields: ExchangeMigration = (document) =>
  withAttributes(document, (attributes) => {
    const connector = attributes.connector;
    const withCategories =
      isObject(connector) && connector.type === '.servicenow' && Array.isArray(connector.fields) && connector.fields.length > 0
        ? { ...connector, fields: [...connector.fields, { key: 'category', value: null }, { key: 'subcategory', value: null }] }
        : connector;
    return { ...attributes, type: 'individual', connector: withCategories };
  });

/** 7.14: owners arrive; every earlier case was Security's. */
const owner: ExchangeMigration = (document) =>
  withAttributes(document, (attributes) => ({ ...attributes, owner: typeof attributes.owner === 'string' ? attributes.owner : 'securitySolution' }));

/**
 * 7.15: connector ids leave the attributes for references: the case's connector as
 * `connectorId`, the connector of the last push as `pushConnectorId`. An id that is the none
 * connector's, or none, makes no reference, and the connector is then the none connector.
 */
const connectorReferences: ExchangeMigration = (document) => {
  const attributes = { ...document.attributes };
  const references = document.references.filter((r) => r.name !== CONNECTOR_ID_REFERENCE_NAME && r.name !== PUSH_CONNECTOR_ID_REFERENCE_NAME);
  const connector = attributes.connector;
  if (isObject(connector)) {
    const { id, ...rest } = connector;
    if (isRealConnectorId(id)) {
      attributes.connector = rest;
      references.push({ type: ACTION_SAVED_OBJECT_TYPE, name: CONNECTOR_ID_REFERENCE_NAME, id });
    } else {
      attributes.connector = { name: 'none', type: '.none', fields: null };
    }
  }
  const pushed = attributes.external_service;
  if (isObject(pushed)) {
    const { connector_id: pushConnectorId, ...rest } = pushed;
    attributes.external_service = rest;
    if (isRealConnectorId(pushConnectorId)) references.push({ type: ACTION_SAVED_OBJECT_TYPE, name: PUSH_CONNECTOR_ID_REFERENCE_NAME, id: pushConnectorId });
  }
  return { ...document, attributes, references };
};

/** 8.1: sub-cases are gone, and with them the case's type. */
const removeType: ExchangeMigration = (document) => withAttributes(document, ({ type: _type, ...attributes }) => attributes);

/** Seconds from creation to closing, when both dates read and closing came after; null otherwise. */
function durationOf(createdAt: unknown, closedAt: unknown): number | null {
  if (typeof createdAt !== 'string' || typeof closedAt !== 'string') return null;
  const [created, closed] = [Date.parse(createdAt), Date.parse(closedAt)];
  if (Number.isNaN(created) || Number.isNaN(closed) || closed < created) return null;
  return Math.floor((closed - created) / 1000);
}

/** 8.3: cases gain a duration (computed for closed cases) and a severity (low unless set). */
const durationAndSeverity: ExchangeMigration = (document) =>
  withAttributes(document, (attributes) => ({
    ...attributes,
    duration: durationOf(attributes.created_at, attributes.closed_at),
    severity: attributes.severity ?? 'low',
  }));

/** 8.5: cases gain assignees. */
const assignees: ExchangeMigration = (document) =>
  withAttributes(document, (attributes) => ({ ...attributes, assignees: Array.isArray(attributes.assignees) ? attributes.assignees : [] }));

/**
 * 8.7: status and severity are stored as numbers (so they sort in lifecycle order), and the
 * attachment counts appear as -1, "not computed yet". Kibana maps an unknown string to open / low;
 * a value already numeric (a hand-written unstamped modern document) is left as it is.
 */
const persistedNumbers: ExchangeMigration = (document) =>
  withAttributes(document, (attributes) => {
    const { status, severity } = attributes;
    return {
      ...attributes,
      status: typeof status === 'number' ? status : (KIBANA_STATUS[status as keyof typeof KIBANA_STATUS] ?? KIBANA_STATUS.open),
      severity: typeof severity === 'number' ? severity : (KIBANA_SEVERITY[severity as keyof typeof KIBANA_SEVERITY] ?? KIBANA_SEVERITY.low),
      total_alerts: -1,
      total_comments: -1,
    };
  });

/** A model version that only added mappings: the document is unchanged. */
const mappingsOnly: ExchangeMigration = (document) => document;

/**
 * Model version 5: `total_events` and `settings.extractObservables` appear, backfilled to 0 and
 * false. Kibana's backfill replaces the settings object's flag whatever it held.
 */
const eventsAndExtraction: ExchangeMigration = (document) =>
  withAttributes(document, (attributes) => ({
    ...attributes,
    total_events: 0,
    settings: { ...(isObject(attributes.settings) ? attributes.settings : {}), extractObservables: false },
  }));

/** Model version 6: `total_events` backfilled to 0 again. */
const events: ExchangeMigration = (document) => withAttributes(document, (attributes) => ({ ...attributes, total_events: 0 }));

/** Model version 8: Kibana stores the number of observables. */
const observablesCount: ExchangeMigration = (document) =>
  withAttributes(document, (attributes) => ({
    ...attributes,
    total_observables: Array.isArray(attributes.observables) ? attributes.observables.length : 0,
  }));

/**
 * Keyed by the version that introduced each; model version N is `10.N.0`. Model version 9
 * (templates, extended fields) only added mappings: a document of Kibana's current shape imports
 * after it, and what it adds is left behind by case_import.ts.
 */
export const CASE_MIGRATIONS: Readonly<Record<string, ExchangeMigration>> = {
  '7.10.0': connectorObject,
  '7.11.0': settings,
  '7.12.0': typeAndServiceNowFields,
  '7.14.0': owner,
  '7.15.0': connectorReferences,
  '8.1.0': removeType,
  '8.3.0': durationAndSeverity,
  '8.5.0': assignees,
  '8.7.0': persistedNumbers,
  '10.1.0': mappingsOnly,
  '10.2.0': mappingsOnly,
  '10.3.0': mappingsOnly,
  '10.4.0': mappingsOnly,
  '10.5.0': eventsAndExtraction,
  '10.6.0': events,
  '10.7.0': mappingsOnly,
  '10.8.0': observablesCount,
  '10.9.0': mappingsOnly,
};

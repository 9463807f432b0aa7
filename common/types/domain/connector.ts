/**
 * The external system a case can be pushed to, as Kibana describes each connector type. Only
 * `.none` does anything today; the others are accepted and stored as data so that cases
 * exported from Kibana keep their connector.
 */
import * as t from 'io-ts';
import { strict, strictWithOptional } from '../../codec';

const nullableString = t.union([t.string, t.null]);

const JiraFieldsRt = strictWithOptional({ issueType: nullableString, priority: nullableString, parent: nullableString }, {}, 'fields');
const ResilientFieldsRt = strict({ incidentTypes: t.union([t.array(t.string), t.null]), severityCode: nullableString }, 'fields');
const ServiceNowFieldsRt = strictWithOptional(
  { impact: nullableString, severity: nullableString, urgency: nullableString, category: nullableString, subcategory: nullableString },
  { additionalFields: nullableString },
  'fields',
);
const ServiceNowSIRFieldsRt = strictWithOptional(
  {
    category: nullableString,
    destIp: t.union([t.boolean, t.null]),
    malwareHash: t.union([t.boolean, t.null]),
    malwareUrl: t.union([t.boolean, t.null]),
    priority: nullableString,
    sourceIp: t.union([t.boolean, t.null]),
    subcategory: nullableString,
  },
  { additionalFields: nullableString },
  'fields',
);
const SwimlaneFieldsRt = strict({ caseId: nullableString }, 'fields');

const connectorOf = <T extends string, F extends t.Mixed>(type: T, fields: F) =>
  strict({ id: t.string, name: t.string, type: t.literal(type), fields }, `${type} connector`);

export const ConnectorNoneRt = connectorOf('.none', t.null);

export const CaseConnectorRt = t.union(
  [
    ConnectorNoneRt,
    connectorOf('.cases-webhook', t.null),
    connectorOf('.jira', t.union([JiraFieldsRt, t.null])),
    connectorOf('.resilient', t.union([ResilientFieldsRt, t.null])),
    connectorOf('.servicenow', t.union([ServiceNowFieldsRt, t.null])),
    connectorOf('.servicenow-sir', t.union([ServiceNowSIRFieldsRt, t.null])),
    connectorOf('.swimlane', t.union([SwimlaneFieldsRt, t.null])),
  ],
  'connector',
);
export type CaseConnector = t.TypeOf<typeof CaseConnectorRt>;

export const NONE_CONNECTOR: CaseConnector = { id: 'none', name: 'none', type: '.none', fields: null };

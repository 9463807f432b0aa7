/**
 * The external system a case can be pushed to. Each connector type registers its id and the
 * codec of the `fields` a case keeps for it; the case's connector codec reads that registry at
 * decode time, so a type registered during setup is accepted without touching this file. Only
 * the server's connectors (server/connectors) push; these codecs only say what a case may store.
 */
import * as t from 'io-ts';
import { isLeft } from 'fp-ts/lib/Either';
import { strict, strictWithOptional } from '../../core/codec';
import { NONE_CONNECTOR_ID } from '../../constants';
import { createRegistry, type Registry } from '../../registries/registry';

export interface ConnectorTypeDefinition {
  /** Kibana's action type id, e.g. `.jira`. */
  id: string;
  /** What a case stores in `connector.fields` for this type (null included where allowed). */
  fields: t.Mixed;
}

const nullableString = t.union([t.string, t.null]);
const nullableBoolean = t.union([t.boolean, t.null]);
const orNull = (fields: t.Mixed) => t.union([fields, t.null]);

const JiraFieldsRt = strictWithOptional({ issueType: nullableString, priority: nullableString, parent: nullableString }, { otherFields: nullableString }, 'fields');
const ResilientFieldsRt = strictWithOptional(
  { incidentTypes: t.union([t.array(t.string), t.null]), severityCode: nullableString },
  { additionalFields: nullableString },
  'fields',
);
const ServiceNowFieldsRt = strictWithOptional(
  { impact: nullableString, severity: nullableString, urgency: nullableString, category: nullableString, subcategory: nullableString },
  { additionalFields: nullableString },
  'fields',
);
const ServiceNowSIRFieldsRt = strictWithOptional(
  {
    category: nullableString,
    destIp: nullableBoolean,
    malwareHash: nullableBoolean,
    malwareUrl: nullableBoolean,
    priority: nullableString,
    sourceIp: nullableBoolean,
    subcategory: nullableString,
  },
  { additionalFields: nullableString },
  'fields',
);
const SwimlaneFieldsRt = strict({ caseId: nullableString }, 'fields');
/** TheHive's traffic light protocol: 0 CLEAR, 1 GREEN, 2 AMBER, 3 AMBER+STRICT, 4 RED (Kibana's TheHive connector). */
const TlpRt = new t.Type<number, number, unknown>(
  'tlp (an integer from 0 to 4)',
  (u): u is number => typeof u === 'number' && Number.isInteger(u) && u >= 0 && u <= 4,
  (u, c) => (typeof u === 'number' && Number.isInteger(u) && u >= 0 && u <= 4 ? t.success(u) : t.failure(u, c)),
  t.identity,
);
const TheHiveFieldsRt = strict({ tlp: t.union([TlpRt, t.null]) }, 'fields');

export const KIBANA_CONNECTOR_TYPES: readonly ConnectorTypeDefinition[] = [
  { id: '.none', fields: t.null },
  { id: '.cases-webhook', fields: t.null },
  { id: '.jira', fields: orNull(JiraFieldsRt) },
  { id: '.resilient', fields: orNull(ResilientFieldsRt) },
  { id: '.servicenow', fields: orNull(ServiceNowFieldsRt) },
  { id: '.servicenow-sir', fields: orNull(ServiceNowSIRFieldsRt) },
  { id: '.swimlane', fields: orNull(SwimlaneFieldsRt) },
  { id: '.thehive', fields: orNull(TheHiveFieldsRt) },
];

/** Read by the case connector codec; the server plugin's setup registers more and its start freezes it. */
export const connectorTypes: Registry<ConnectorTypeDefinition> = createRegistry('connector type', { initial: KIBANA_CONNECTOR_TYPES });

export interface CaseConnector {
  id: string;
  name: string;
  type: string;
  fields: Record<string, unknown> | null;
}

const ConnectorShapeRt = strict({ id: t.string, name: t.string, type: t.string, fields: t.unknown }, 'connector');

const withKey = (ctx: t.Context, key: string, type: t.Decoder<unknown, unknown>, actual: unknown): t.Context => [
  ...ctx,
  { key, type, actual },
];

/** The case's connector: the shape first, then the type's own fields codec. */
export const CaseConnectorRt = new t.Type<CaseConnector, CaseConnector, unknown>(
  'connector',
  (u): u is CaseConnector => ConnectorShapeRt.is(u) && (connectorTypes.get(u.type)?.fields.is(u.fields) ?? false),
  (u, ctx) => {
    const shape = ConnectorShapeRt.validate(u, ctx);
    if (isLeft(shape)) return shape;
    const { type, fields } = shape.right;
    const definition = connectorTypes.get(type);
    if (!definition) return t.failure(type, withKey(ctx, 'type', t.string, type));
    const decoded = definition.fields.validate(fields, withKey(ctx, 'fields', definition.fields, fields));
    return isLeft(decoded) ? decoded : t.success({ ...shape.right, fields: decoded.right as CaseConnector['fields'] });
  },
  t.identity,
);

export const NONE_CONNECTOR: CaseConnector = { id: NONE_CONNECTOR_ID, name: 'none', type: '.none', fields: null };

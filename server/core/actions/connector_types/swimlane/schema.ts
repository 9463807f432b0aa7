/**
 * Swimlane's connector shapes, as Kibana's `.swimlane` declares them: the application and the
 * field of that application each incident key goes to (`mappings`), the API token, and the
 * `pushToService` params. Every object is strict: Kibana's schemas refuse unknown keys too.
 */
import * as t from 'io-ts';
import { strict, strictPartial, strictWithOptional } from '../../../../../common/core/codec';

/** One field of the Swimlane application, as its app definition names it. */
export const SwimlaneFieldMapRt = strict({ id: t.string, key: t.string, name: t.string, fieldType: t.string }, 'fieldMap');
export type SwimlaneFieldMap = t.TypeOf<typeof SwimlaneFieldMapRt>;

const nullableMap = t.union([SwimlaneFieldMapRt, t.null]);

/** Which application field receives each incident key; a missing mapping is null (Kibana's `schema.nullable`). */
export const MAPPING_KEYS = ['ruleNameConfig', 'alertIdConfig', 'caseIdConfig', 'caseNameConfig', 'commentsConfig', 'severityConfig', 'descriptionConfig'] as const;
export type MappingKey = (typeof MAPPING_KEYS)[number];

const SwimlaneMappingsRt = strictPartial(Object.fromEntries(MAPPING_KEYS.map((key) => [key, nullableMap])) as Record<MappingKey, typeof nullableMap>, 'mappings');
export type SwimlaneMappings = Partial<Record<MappingKey, SwimlaneFieldMap | null>>;

export const SwimlaneConfigRt = strict(
  {
    apiUrl: t.string,
    appId: t.string,
    connectorType: t.keyof({ all: null, alerts: null, cases: null }),
    mappings: SwimlaneMappingsRt,
  },
  'config',
);
export type SwimlaneConfig = t.TypeOf<typeof SwimlaneConfigRt>;

export const SwimlaneSecretsRt = strict({ apiToken: t.string }, 'secrets');
export type SwimlaneSecrets = t.TypeOf<typeof SwimlaneSecretsRt>;

const nullableString = t.union([t.string, t.null]);

/** The incident keys a record can carry; cases fills caseId, caseName and description. */
export const INCIDENT_KEYS = ['alertId', 'ruleName', 'caseId', 'caseName', 'severity', 'description'] as const;
export type SwimlaneIncidentKey = (typeof INCIDENT_KEYS)[number];

const SwimlaneIncidentRt = strictPartial(
  { ...(Object.fromEntries(INCIDENT_KEYS.map((key) => [key, nullableString])) as Record<SwimlaneIncidentKey, typeof nullableString>), externalId: nullableString },
  'incident',
);
export type SwimlaneIncident = Partial<Record<SwimlaneIncidentKey, string | null>>;

const CommentRt = strict({ comment: t.string, commentId: t.string }, 'comment');
export type PushComment = t.TypeOf<typeof CommentRt>;

export const PushToServiceParamsRt = strictWithOptional({ incident: SwimlaneIncidentRt }, { comments: t.union([t.array(CommentRt), t.null]) }, 'subActionParams');
export type PushParams = t.TypeOf<typeof PushToServiceParamsRt>;

/**
 * IBM Resilient's connector shapes, as Kibana's `.resilient` declares them: config, secrets and
 * the params of each sub-action. Strict and bounded. Cases keeps incident types and severity as
 * strings (the case's connector fields), Resilient wants numbers: numeric strings are converted
 * here, anything else is a params error before any call.
 */
import * as t from 'io-ts';
import { limitedArray, limitedString, strict, strictWithOptional } from '../../../../../common/core/codec';

const MAX_URL_LENGTH = 2048;
const MAX_KEY_LENGTH = 255;
/** A case description is at most 30 000 characters; the push adds "Added by …" and the case link. */
const MAX_TEXT_LENGTH = 100_000;
const MAX_INCIDENT_TYPES = 100;
const MAX_COMMENTS = 10_000;
/** Kibana's MAX_ADDITIONAL_FIELDS_LENGTH. */
export const MAX_ADDITIONAL_FIELDS = 50;

export const ResilientConfigRt = strict({ apiUrl: limitedString('apiUrl', { min: 1, max: MAX_URL_LENGTH }), orgId: limitedString('orgId', { min: 1, max: MAX_KEY_LENGTH }) }, 'config');
export type ResilientConfig = t.TypeOf<typeof ResilientConfigRt>;

export const ResilientSecretsRt = strict({ apiKeyId: limitedString('apiKeyId', { min: 1, max: MAX_KEY_LENGTH }), apiKeySecret: limitedString('apiKeySecret', { min: 1, max: MAX_URL_LENGTH }) }, 'secrets');
export type ResilientSecrets = t.TypeOf<typeof ResilientSecretsRt>;

const nullable = <C extends t.Mixed>(codec: C) => t.union([codec, t.null]);
const text = (field: string) => limitedString(field, { max: MAX_TEXT_LENGTH });
const key = (field: string) => limitedString(field, { max: MAX_KEY_LENGTH });

/** A Resilient id: a number, or the numeric string cases stores. */
const NumericIdRt = (field: string) =>
  new t.Type<number, number, unknown>(
    field,
    (u): u is number => typeof u === 'number' && Number.isSafeInteger(u),
    (u, ctx) => {
      if (typeof u === 'number' && Number.isSafeInteger(u)) return t.success(u);
      if (typeof u === 'string' && /^-?\d{1,15}$/.test(u.trim())) return t.success(Number(u));
      return t.failure(u, ctx, `[incident.${field}]: expected value of type [number] but got [${typeof u === 'string' ? `string "${u.slice(0, 50)}"` : typeof u}]`);
    },
    t.identity,
  );

/** The incident keys Kibana's schema declares; additional fields may not repeat them. */
const INCIDENT_KEYS = new Set(['name', 'description', 'externalId', 'incidentTypes', 'severityCode', 'additionalFields']);

/**
 * Further Resilient fields, by their Resilient name. Cases stores them as a JSON string, an
 * `_execute` caller may send an object: both are accepted.
 */
const AdditionalFieldsRt = (field: string) =>
  new t.Type<Record<string, unknown>, Record<string, unknown>, unknown>(
    field,
    (u): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u),
    (u, ctx) => {
      let value = u;
      if (typeof u === 'string') {
        if (u.length > MAX_TEXT_LENGTH) return t.failure(u, ctx, `The length of the ${field} is too long. The maximum length is ${MAX_TEXT_LENGTH}.`);
        try {
          value = JSON.parse(u);
        } catch {
          return t.failure(u, ctx, `${field} must be a JSON object`);
        }
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return t.failure(u, ctx, `${field} must be a JSON object`);
      const keys = Object.keys(value);
      const reserved = keys.filter((k) => INCIDENT_KEYS.has(k));
      if (reserved.length > 0) return t.failure(u, ctx, `The following properties cannot be defined inside ${field}: ${reserved.join(', ')}.`);
      if (keys.length > MAX_ADDITIONAL_FIELDS) return t.failure(u, ctx, `A maximum of ${MAX_ADDITIONAL_FIELDS} fields in ${field} can be defined at a time.`);
      return t.success(value as Record<string, unknown>);
    },
    t.identity,
  );

export const ResilientIncidentRt = strictWithOptional(
  { name: text('name') },
  {
    description: nullable(text('description')),
    externalId: nullable(key('externalId')),
    incidentTypes: nullable(limitedArray(NumericIdRt('incidentTypes'), 'incidentTypes', { max: MAX_INCIDENT_TYPES })),
    severityCode: nullable(NumericIdRt('severityCode')),
    additionalFields: nullable(AdditionalFieldsRt('additionalFields')),
    // The spelling of cases' Resilient format in Kibana 8.x.
    additional_fields: nullable(AdditionalFieldsRt('additional_fields')),
  },
  'incident',
);
export type ResilientIncidentParams = t.TypeOf<typeof ResilientIncidentRt>;

export const PushToServiceParamsRt = strictWithOptional(
  { incident: ResilientIncidentRt },
  { comments: nullable(limitedArray(strict({ comment: text('comment'), commentId: key('commentId') }, 'comment'), 'comments', { max: MAX_COMMENTS })) },
  'subActionParams',
);
export type PushToServiceParams = t.TypeOf<typeof PushToServiceParamsRt>;

export const EmptyParamsRt = strict({}, 'subActionParams');

/** An incident as create and update take it: ids as numbers, additional fields under one name. */
export interface ResilientIncident {
  name: string;
  description?: string | null;
  incidentTypes?: number[] | null;
  severityCode?: number | null;
  additionalFields?: Record<string, unknown> | null;
}

/** Resilient's field metadata (`GET …/types/incident/fields`), the keys the connector reads. */
export interface ResilientFieldMeta {
  name: string;
  input_type: string;
  read_only: boolean;
  required: string | null;
  text: string;
  prefix?: string | null;
  values?: Array<{ value: unknown; label: string }>;
}

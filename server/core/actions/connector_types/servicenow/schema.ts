/**
 * The config, secrets and sub-action params of `.servicenow` and `.servicenow-sir`, with
 * Kibana's keys and defaults (lib/servicenow/schema.ts): strict objects, every key but
 * `apiUrl` and `short_description` optional, absent ones filled with Kibana's defaults on
 * decode so the stored config says `usesTableApi: true` when a caller left it out.
 */
import * as t from 'io-ts';
import { isLeft } from 'fp-ts/lib/Either';
import { limitedArray, limitedString, strict, strictPartial, strictWithOptional } from '../../../../../common/core/codec';

const MAX_URL_LENGTH = 2048;
const MAX_SHORT_STRING = 1024;
/** A description or comment carries the case's text plus the "Added by" line and links. */
const MAX_TEXT = 100_000;
const MAX_KEY_MATERIAL = 16 * 1024;
const MAX_COMMENTS = 10_000;
const MAX_OBSERVABLES = 10_000;
const MAX_CHOICE_FIELDS = 50;
/** Kibana's MAX_ADDITIONAL_FIELDS_LENGTH. */
export const MAX_ADDITIONAL_FIELDS = 50;

const orNull = <C extends t.Mixed>(codec: C) => t.union([codec, t.null]);
const shortString = (field: string) => limitedString(field, { max: MAX_SHORT_STRING });
const nullableShort = (field: string) => orNull(shortString(field));

/** A strict codec whose decoded value has Kibana's defaults for the keys the input left out. */
function withDefaults<T extends object>(codec: t.Decoder<unknown, Partial<T>> & { is: t.Is<unknown> }, defaults: Omit<T, 'apiUrl'>, name: string) {
  return new t.Type<T, unknown, unknown>(
    name,
    (u): u is T => codec.is(u),
    (u, ctx) => {
      const decoded = codec.validate(u, ctx);
      return isLeft(decoded) ? decoded : t.success({ ...defaults, ...stripUndefined(decoded.right) } as T);
    },
    t.identity,
  );
}

const stripUndefined = <A extends object>(value: A): A => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as A;

export interface ServiceNowConfig {
  apiUrl: string;
  /** True (the default when omitted, as Kibana's) writes through the table API: a deprecated connector. */
  usesTableApi: boolean;
  isOAuth: boolean;
  /** OAuth only: the ServiceNow user the JWT names (`sub`), its client id and the JWT verifier key id. */
  userIdentifierValue: string | null;
  clientId: string | null;
  jwtKeyId: string | null;
}

export interface ServiceNowSecrets {
  username: string | null;
  password: string | null;
  clientSecret: string | null;
  /** PEM; encrypted PEM with `privateKeyPassword`. */
  privateKey: string | null;
  privateKeyPassword: string | null;
}

const CONFIG_DEFAULTS = { usesTableApi: true, isOAuth: false, userIdentifierValue: null, clientId: null, jwtKeyId: null };

export const ServiceNowConfigRt = withDefaults<ServiceNowConfig>(
  strictWithOptional(
    { apiUrl: limitedString('apiUrl', { min: 1, max: MAX_URL_LENGTH }) },
    { usesTableApi: t.boolean, isOAuth: t.boolean, userIdentifierValue: nullableShort('userIdentifierValue'), clientId: nullableShort('clientId'), jwtKeyId: nullableShort('jwtKeyId') },
  ),
  CONFIG_DEFAULTS,
  'config',
);

const keyMaterial = (field: string) => orNull(limitedString(field, { max: MAX_KEY_MATERIAL }));

/** Basic (`username`, `password`) or OAuth JWT (`clientSecret`, `privateKey`, `privateKeyPassword`); which one is checked by the validators. */
export const ServiceNowSecretsRt = withDefaults<ServiceNowSecrets>(
  strictPartial({
    username: nullableShort('username'),
    password: nullableShort('password'),
    clientSecret: nullableShort('clientSecret'),
    privateKey: keyMaterial('privateKey'),
    privateKeyPassword: nullableShort('privateKeyPassword'),
  }),
  { username: null, password: null, clientSecret: null, privateKey: null, privateKeyPassword: null },
  'secrets',
);

const CommentsRt = orNull(limitedArray(strict({ comment: limitedString('comment', { max: MAX_TEXT }), commentId: shortString('commentId') }), 'comments', { max: MAX_COMMENTS }));

/** The incident keys `additional_fields` may not repeat (Kibana's commonIncidentSchemaObjectProperties). */
const COMMON_INCIDENT_KEYS = ['short_description', 'description', 'externalId', 'category', 'subcategory', 'correlation_id', 'correlation_display', 'additional_fields'];

/** Extra incident fields: an object, or a JSON string of one (the case form stores a string), as Kibana's Coerced record. */
const AdditionalFieldsRt = new t.Type<Record<string, unknown> | null, unknown, unknown>(
  'additional_fields',
  (u): u is Record<string, unknown> | null => u === null || (typeof u === 'object' && !Array.isArray(u)),
  (u, ctx) => {
    let value = u;
    // The case form stores an empty text field as ''.
    if (typeof u === 'string' && u.trim() === '') return t.success(null);
    if (typeof u === 'string') {
      if (u.length > MAX_TEXT) return t.failure(u, ctx, `The length of the additional_fields is too long. The maximum length is ${MAX_TEXT}.`);
      try {
        value = JSON.parse(u);
      } catch {
        return t.failure(u, ctx, 'additional_fields must be a JSON object');
      }
    }
    if (value === null) return t.success(null);
    if (typeof value !== 'object' || Array.isArray(value)) return t.failure(u, ctx, 'additional_fields must be a JSON object');
    const keys = Object.keys(value as object);
    if (keys.length > MAX_ADDITIONAL_FIELDS) return t.failure(u, ctx, `A maximum of ${MAX_ADDITIONAL_FIELDS} additional_fields can be defined at a time.`);
    const refused = keys.filter((k) => COMMON_INCIDENT_KEYS.includes(k));
    if (refused.length > 0) return t.failure(u, ctx, `The following properties cannot be defined inside additional_fields: ${refused.join(', ')}.`);
    return t.success(value as Record<string, unknown>);
  },
  t.identity,
);

const commonIncidentOptional = {
  description: orNull(limitedString('description', { max: MAX_TEXT })),
  externalId: nullableShort('externalId'),
  category: nullableShort('category'),
  subcategory: nullableShort('subcategory'),
  correlation_id: nullableShort('correlation_id'),
  correlation_display: nullableShort('correlation_display'),
  additional_fields: AdditionalFieldsRt,
};
const shortDescription = { short_description: limitedString('short_description', { max: MAX_TEXT }) };

export const ItsmIncidentRt = strictWithOptional(
  shortDescription,
  { ...commonIncidentOptional, severity: nullableShort('severity'), urgency: nullableShort('urgency'), impact: nullableShort('impact') },
  'incident',
);
export type ItsmIncident = t.TypeOf<typeof ItsmIncidentRt>;

/** An observable list: one string (split later on Kibana's separators) or an array. */
const observables = (field: string) => orNull(t.union([limitedString(field, { max: MAX_TEXT }), limitedArray(shortString(field), field, { max: MAX_OBSERVABLES })]));

export const SirIncidentRt = strictWithOptional(
  shortDescription,
  {
    ...commonIncidentOptional,
    priority: nullableShort('priority'),
    dest_ip: observables('dest_ip'),
    source_ip: observables('source_ip'),
    malware_hash: observables('malware_hash'),
    malware_url: observables('malware_url'),
  },
  'incident',
);
export type SirIncident = t.TypeOf<typeof SirIncidentRt>;

export const pushParamsRt = <C extends t.Mixed>(incident: C) => strictWithOptional({ incident }, { comments: CommentsRt }, 'subActionParams');
export type PushComments = t.TypeOf<typeof CommentsRt>;

export const EmptyParamsRt = strict({}, 'subActionParams');

export const GetIncidentParamsRt = strict({ externalId: limitedString('externalId', { min: 1, max: MAX_SHORT_STRING }) }, 'subActionParams');

/** Field names go into an encoded query (`element=a^ORelement=b`): only column-name characters. */
const ColumnNameRt = new t.Type<string, string, unknown>(
  'field',
  (u): u is string => typeof u === 'string' && /^[A-Za-z0-9_]{1,80}$/.test(u),
  (u, ctx) => (typeof u === 'string' && /^[A-Za-z0-9_]{1,80}$/.test(u) ? t.success(u) : t.failure(u, ctx, `Invalid field name ${JSON.stringify(String(u).slice(0, 80))}: only letters, digits and _`)),
  t.identity,
);
export const GetChoicesParamsRt = strict({ fields: limitedArray(ColumnNameRt, 'fields', { min: 1, max: MAX_CHOICE_FIELDS }) }, 'subActionParams');

export const CloseIncidentParamsRt = strict({ incident: strictPartial({ externalId: nullableShort('externalId'), correlation_id: nullableShort('correlation_id') }) }, 'subActionParams');

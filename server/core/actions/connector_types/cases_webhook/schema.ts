/**
 * `.cases-webhook` shapes, as Kibana's "Webhook - Case Management" declares them: the create,
 * get, update and comment requests (URL, method, mustache JSON template), where the response
 * holds the external id and title, the view URL, headers, and the authentication (basic, or a
 * client certificate). Missing optional keys get Kibana's defaults, so the stored config says
 * which method each request uses.
 */
import * as t from 'io-ts';
import { strict, strictWithOptional } from '../../../../../common/core/codec';

const nullableString = t.union([t.string, t.null]);
const HeadersRt = t.union([t.record(t.string, t.string), t.null]);

export const AUTH_BASIC = 'webhook-authentication-basic';
export const AUTH_SSL = 'webhook-authentication-ssl';
/** Accepted by the schema for Kibana's exports, refused by the config check with Kibana's words. */
export const AUTH_OAUTH2 = 'webhook-oauth2-client-credentials';

/** Fills absent (undefined) keys with Kibana's defaults before the strict check. */
function withDefaults<C extends t.Mixed>(codec: C, defaults: Record<string, unknown>, name: string) {
  return new t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown>(
    name,
    codec.is,
    (u, ctx) => {
      if (u === null || typeof u !== 'object' || Array.isArray(u)) return codec.validate(u, ctx);
      const filled: Record<string, unknown> = { ...(u as Record<string, unknown>) };
      for (const [key, value] of Object.entries(defaults)) if (filled[key] === undefined) filled[key] = value;
      return codec.validate(filled, ctx);
    },
    codec.encode,
  );
}

const ConfigShapeRt = strictWithOptional(
  {
    createIncidentUrl: t.string,
    createIncidentJson: t.string,
    createIncidentResponseKey: t.string,
    getIncidentUrl: t.string,
    getIncidentResponseExternalTitleKey: t.string,
    viewIncidentUrl: t.string,
    updateIncidentUrl: t.string,
    updateIncidentJson: t.string,
    createIncidentMethod: t.keyof({ post: null, put: null }),
    getIncidentMethod: t.keyof({ get: null, post: null }),
    getIncidentJson: nullableString,
    updateIncidentMethod: t.keyof({ post: null, patch: null, put: null }),
    createCommentUrl: nullableString,
    createCommentMethod: t.union([t.keyof({ post: null, put: null, patch: null }), t.null]),
    createCommentJson: nullableString,
    headers: HeadersRt,
    hasAuth: t.boolean,
  },
  {
    authType: t.union([t.keyof({ [AUTH_BASIC]: null, [AUTH_SSL]: null, [AUTH_OAUTH2]: null }), t.null]),
    certType: t.keyof({ 'ssl-crt-key': null, 'ssl-pfx': null }),
    /** Base64 of the PEM certificate authorities to trust for this connector. */
    ca: t.string,
    verificationMode: t.keyof({ none: null, certificate: null, full: null }),
    accessTokenUrl: t.string,
    clientId: t.string,
    scope: t.string,
    additionalFields: nullableString,
  },
  'config',
);

export const CONFIG_DEFAULTS = {
  createIncidentMethod: 'post',
  getIncidentMethod: 'get',
  getIncidentJson: null,
  updateIncidentMethod: 'put',
  createCommentUrl: null,
  createCommentMethod: 'put',
  createCommentJson: null,
  headers: null,
  hasAuth: true,
};

export const CasesWebhookConfigRt = withDefaults(ConfigShapeRt, CONFIG_DEFAULTS, 'config');
export type CasesWebhookConfig = t.TypeOf<typeof ConfigShapeRt>;

const SecretsShapeRt = strict(
  {
    user: nullableString,
    password: nullableString,
    /** Base64 of the client certificate and key (PEM), or of a PFX bundle. */
    crt: nullableString,
    key: nullableString,
    pfx: nullableString,
    clientSecret: nullableString,
    /** Headers whose values are secrets (an API key header): merged over the config's headers. */
    secretHeaders: HeadersRt,
  },
  'secrets',
);

export const CasesWebhookSecretsRt = withDefaults(SecretsShapeRt, { user: null, password: null, crt: null, key: null, pfx: null, clientSecret: null, secretHeaders: null }, 'secrets');
export type CasesWebhookSecrets = t.TypeOf<typeof SecretsShapeRt>;

const IncidentRt = strictWithOptional(
  { title: t.string },
  { description: nullableString, id: nullableString, severity: nullableString, status: nullableString, externalId: nullableString, tags: t.union([t.array(t.string), t.null]) },
  'incident',
);
const CommentRt = strict({ comment: t.string, commentId: t.string }, 'comment');

export const PushToServiceParamsRt = strictWithOptional({ incident: IncidentRt }, { comments: t.union([t.array(CommentRt), t.null]) }, 'subActionParams');
export type PushParams = t.TypeOf<typeof PushToServiceParamsRt>;
export type WebhookIncident = Omit<PushParams['incident'], 'externalId'>;
export type PushComment = t.TypeOf<typeof CommentRt>;


/**
 * Jira's connector shapes, as Kibana's `.jira` declares them: the config and secrets a connector
 * stores, and the params of each sub-action. Decoding is strict (unknown keys are refused) and
 * every string and array is bounded, so an `_execute` call cannot make us send Jira a body of
 * any size.
 */
import * as t from 'io-ts';
import { limitedArray, limitedString, strict, strictWithOptional } from '../../../../../common/core/codec';

export const MAX_URL_LENGTH = 2048;
const MAX_KEY_LENGTH = 255;
/** A case description is at most 30 000 characters; the push adds "Added by …" and the case link. */
const MAX_TEXT_LENGTH = 100_000;
const MAX_LABELS = 200;
const MAX_COMMENTS = 10_000;
/** Kibana's MAX_OTHER_FIELDS_LENGTH. */
export const MAX_OTHER_FIELDS = 20;

export const JiraConfigRt = strict({ apiUrl: limitedString('apiUrl', { min: 1, max: MAX_URL_LENGTH }), projectKey: limitedString('projectKey', { min: 1, max: MAX_KEY_LENGTH }) }, 'config');
export type JiraConfig = t.TypeOf<typeof JiraConfigRt>;

export const JiraSecretsRt = strict({ email: limitedString('email', { min: 1, max: MAX_KEY_LENGTH }), apiToken: limitedString('apiToken', { min: 1, max: MAX_URL_LENGTH }) }, 'secrets');
export type JiraSecrets = t.TypeOf<typeof JiraSecretsRt>;

const nullable = <C extends t.Mixed>(codec: C) => t.union([codec, t.null]);
const text = (field: string) => limitedString(field, { max: MAX_TEXT_LENGTH });
const key = (field: string) => limitedString(field, { max: MAX_KEY_LENGTH });

/** Jira refuses labels with whitespace; Kibana checks it before the call, with this text. */
const LabelRt = new t.Type<string, string, unknown>(
  'label',
  (u): u is string => typeof u === 'string' && !/\s/.test(u),
  (u, ctx) => {
    if (typeof u !== 'string') return t.failure(u, ctx);
    if (/\s/.test(u)) return t.failure(u, ctx, `The label ${u} cannot contain spaces`);
    return key('label').validate(u, ctx);
  },
  t.identity,
);

/**
 * The incident keys Kibana's schema declares; `otherFields` may not name them, nor the two Jira
 * fields the connector sets from its config and params (`project`, `issuetype`): a push must not
 * land in another project than the connector's.
 */
const INCIDENT_KEYS = ['summary', 'description', 'externalId', 'issueType', 'priority', 'labels', 'parent', 'otherFields'];
const RESERVED_OTHER_FIELDS = new Set([...INCIDENT_KEYS, 'project', 'issuetype']);

/**
 * Extra Jira fields merged into the issue's `fields`. Cases stores them as a JSON string (the
 * case's `otherFields`), `_execute` callers send an object: both are accepted, as Kibana coerces.
 */
const OtherFieldsRt = new t.Type<Record<string, unknown>, Record<string, unknown>, unknown>(
  'otherFields',
  (u): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u),
  (u, ctx) => {
    let value = u;
    if (typeof u === 'string') {
      if (u.length > MAX_TEXT_LENGTH) return t.failure(u, ctx, `The length of the otherFields is too long. The maximum length is ${MAX_TEXT_LENGTH}.`);
      try {
        value = JSON.parse(u);
      } catch {
        return t.failure(u, ctx, 'otherFields must be a JSON object');
      }
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return t.failure(u, ctx, 'otherFields must be a JSON object');
    const keys = Object.keys(value);
    const reserved = keys.filter((k) => RESERVED_OTHER_FIELDS.has(k));
    if (reserved.length > 0) return t.failure(u, ctx, `The following properties cannot be defined inside otherFields: ${reserved.join(', ')}.`);
    if (keys.length > MAX_OTHER_FIELDS) return t.failure(u, ctx, `A maximum of ${MAX_OTHER_FIELDS} fields in otherFields can be defined at a time.`);
    return t.success(value as Record<string, unknown>);
  },
  t.identity,
);

export const JiraIncidentRt = strictWithOptional(
  { summary: text('summary') },
  {
    description: nullable(text('description')),
    externalId: nullable(key('externalId')),
    issueType: nullable(key('issueType')),
    priority: nullable(key('priority')),
    labels: nullable(limitedArray(LabelRt, 'labels', { max: MAX_LABELS })),
    parent: nullable(key('parent')),
    otherFields: nullable(OtherFieldsRt),
  },
  'incident',
);
export type JiraIncident = t.TypeOf<typeof JiraIncidentRt>;

export const PushCommentRt = strict({ comment: text('comment'), commentId: key('commentId') }, 'comment');

export const PushToServiceParamsRt = strictWithOptional(
  { incident: JiraIncidentRt },
  { comments: nullable(limitedArray(PushCommentRt, 'comments', { max: MAX_COMMENTS })) },
  'subActionParams',
);
export type PushToServiceParams = t.TypeOf<typeof PushToServiceParamsRt>;

export const EmptyParamsRt = strict({}, 'subActionParams');
export const GetIncidentParamsRt = strict({ externalId: key('externalId') }, 'subActionParams');
export const FieldsByIssueTypeParamsRt = strict({ id: key('id') }, 'subActionParams');
export const IssuesParamsRt = strict({ title: key('title') }, 'subActionParams');
export const IssueParamsRt = strict({ id: key('id') }, 'subActionParams');

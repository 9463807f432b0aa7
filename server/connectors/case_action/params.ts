/**
 * The params of Kibana's legacy `.case` action (7.x), in both spellings our users send: Kibana's
 * own (`title`, `.jira`, `incidentTypes`, `{caseId, comment: {...}}`) and the README of seed 002
 * (`tile`, `jira`, `issueTypes`, a flat `{caseId, type, comment | alertId, index}`). Each
 * sub-action's codec first rewrites the seed's spelling into Kibana's, then decodes with the
 * same strict codecs as the REST API, so an action can create nothing a request could not.
 */
import * as t from 'io-ts';
import { isRight } from 'fp-ts/lib/Either';
import { limitedArray, limitedString, strict, strictWithOptional } from '../../../common/core/codec';
import { MAX_ALERT_IDS_PER_REQUEST, MAX_COMMENT_LENGTH, MAX_ID_LENGTH, MAX_OWNER_LENGTH } from '../../../common/constants';
import { CasePatchRequestRt, CasePostRequestRt, type CasePatchRequest, type CasePostRequest } from '../../../common/types/api/case';
import { connectorTypes } from '../../../common/types/domain/connector';

/** Kibana's default for actions that do not say (the 7.x `.case` action served Security's rules). */
export const DEFAULT_CASE_ACTION_OWNER = 'securitySolution';

/** The seed leaves `settings` out (it predates them); Kibana's create form starts with alert sync on. */
const DEFAULT_SETTINGS = { syncAlerts: true };

type Json = Record<string, unknown>;
const isObject = (u: unknown): u is Json => typeof u === 'object' && u !== null && !Array.isArray(u);

/**
 * The keys each type's fields hold in Kibana 8: older senders (the seed lists only ServiceNow's
 * urgency, severity and impact) leave some out, and Kibana 7 read a missing key as null.
 */
const FIELD_KEYS: Record<string, string[]> = {
  '.jira': ['issueType', 'priority', 'parent'],
  '.resilient': ['incidentTypes', 'severityCode'],
  '.servicenow': ['impact', 'severity', 'urgency', 'category', 'subcategory'],
  '.servicenow-sir': ['category', 'destIp', 'malwareHash', 'malwareUrl', 'priority', 'sourceIp', 'subcategory'],
  '.swimlane': ['caseId'],
  '.thehive': ['tlp'],
};

/** The seed's names of fields, per type, and Kibana's. */
const FIELD_RENAMES: Record<string, Record<string, string>> = { '.resilient': { issueTypes: 'incidentTypes' } };

/** `jira` → `.jira`: the seed drops the dot of the known types. */
function kibanaType(type: unknown): unknown {
  if (typeof type !== 'string' || type.startsWith('.')) return type;
  return connectorTypes.has(`.${type}`) ? `.${type}` : type;
}

function kibanaFields(type: unknown, fields: unknown): unknown {
  if (typeof type !== 'string' || !isObject(fields)) return fields;
  const renames = FIELD_RENAMES[type] ?? {};
  const renamed = Object.fromEntries(Object.entries(fields).map(([key, value]) => [renames[key] !== undefined && !(renames[key] in fields) ? renames[key] : key, value]));
  const missing = (FIELD_KEYS[type] ?? []).filter((key) => !(key in renamed));
  return { ...Object.fromEntries(missing.map((key) => [key, null])), ...renamed };
}

export function kibanaConnector(connector: unknown): unknown {
  if (!isObject(connector)) return connector;
  const type = kibanaType(connector.type);
  return { ...connector, type, fields: kibanaFields(type, connector.fields) };
}

/** Decodes `codec` after `rewrite`; a failure names the keys as the sender wrote them (close enough: a rename keeps the path). */
function rewritten<A>(name: string, rewrite: (u: Json) => Json | string, codec: t.Decoder<unknown, A>) {
  const type: t.Type<A, A, unknown> = new t.Type<A, A, unknown>(
    name,
    (u): u is A => isRight(type.decode(u)),
    (u, ctx) => {
      if (!isObject(u)) return t.failure(u, ctx, `[subActionParams]: expected an object`);
      const result = rewrite(u);
      return typeof result === 'string' ? t.failure(u, ctx, result) : codec.validate(result, ctx);
    },
    t.identity,
  );
  return type;
}

/** `tile` is the seed's spelling of `title`; both at once is ambiguous. */
function title(params: Json): Json | string {
  const { tile, ...rest } = params;
  if (tile === undefined) return rest;
  if (rest.title !== undefined) return '[subActionParams]: give [title] or [tile], not both';
  return { ...rest, title: tile };
}

export const CreateParamsRt = rewritten<CasePostRequest>(
  'create',
  (params) => {
    const named = title(params);
    if (typeof named === 'string') return named;
    return { ...named, owner: named.owner ?? DEFAULT_CASE_ACTION_OWNER, settings: named.settings ?? DEFAULT_SETTINGS, connector: kibanaConnector(named.connector) };
  },
  CasePostRequestRt,
);

/** Kibana drops the keys sent as null before the update (an automation template leaves them empty). */
export const UpdateParamsRt = rewritten<CasePatchRequest>(
  'update',
  (params) => {
    const named = title(Object.fromEntries(Object.entries(params).filter(([, value]) => value != null)));
    if (typeof named === 'string') return named;
    return named.connector === undefined ? named : { ...named, connector: kibanaConnector(named.connector) };
  },
  CasePatchRequestRt,
);

const Id = (field: string) => limitedString(field, { min: 1, max: MAX_ID_LENGTH });
const DocumentIds = (field: string) => t.union([Id(field), limitedArray(Id(field), field, { min: 1, max: MAX_ALERT_IDS_PER_REQUEST })]);
const Owner = limitedString('owner', { min: 1, max: MAX_OWNER_LENGTH });

const UserCommentRt = strictWithOptional({ type: t.literal('user'), comment: limitedString('comment', { min: 1, max: MAX_COMMENT_LENGTH }) }, { owner: Owner }, 'comment');
const AlertCommentRt = strictWithOptional(
  { type: t.literal('alert'), alertId: DocumentIds('alertId'), index: DocumentIds('index') },
  { rule: strict({ id: t.union([Id('rule.id'), t.null]), name: t.union([Id('rule.name'), t.null]) }), owner: Owner },
  'comment',
);

export type ActionComment = t.TypeOf<typeof UserCommentRt> | t.TypeOf<typeof AlertCommentRt>;
export interface AddCommentParams {
  caseId: string;
  comment: ActionComment;
}

/** The owner is filled from the case when the sender leaves it out (the seed has none). */
export const AddCommentParamsRt = rewritten<AddCommentParams>(
  'addComment',
  // Kibana's form nests the attachment under `comment`; the seed puts its keys beside `caseId`.
  (params) => (params.type === undefined ? params : (({ caseId, ...comment }) => ({ caseId, comment }))(params)),
  strict({ caseId: Id('caseId'), comment: t.union([UserCommentRt, AlertCommentRt]) }, 'addComment'),
);

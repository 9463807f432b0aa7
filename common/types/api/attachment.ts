/**
 * Requests and responses of the attachment ("comments") routes. Each attachment type brings its
 * own strict request codec; the server's attachment-type registry dispatches on `type`, so the
 * body of POST and PATCH is whatever the registered types accept.
 */
import * as t from 'io-ts';
import { limitedString, limitedArray, strict, strictPartial } from '../../core/codec';
import { MAX_ALERT_IDS_PER_REQUEST, MAX_ALERTS_PER_PAGE, MAX_COMMENT_LENGTH, MAX_COMMENTS_PER_PAGE, MAX_ID_LENGTH, MAX_VERSION_LENGTH } from '../../constants';
import { AttachmentRt, type AnyAttachmentPayload } from '../domain/attachment';
import { OwnerRt } from '../domain/enums';
import { idString, nonEmptyString, numberFromQuery, SortOrderRt, withPagination } from './request_codecs';
import { ALERT_SORT_FIELDS, AlertWorkflowStatusRt, EVENT_SORT_FIELDS } from './alerts';

const CommentTextRt = nonEmptyString('comment', MAX_COMMENT_LENGTH);

export const UserCommentRequestRt = strict({ type: t.literal('user'), comment: CommentTextRt, owner: OwnerRt }, 'UserCommentRequest');
export type UserCommentRequest = t.TypeOf<typeof UserCommentRequestRt>;

/** One id or up to MAX_ALERT_IDS_PER_REQUEST of them (Kibana takes a string or an array). */
const documentIds = (field: string) =>
  t.union([idString(field, MAX_ID_LENGTH), limitedArray(idString(field, MAX_ID_LENGTH), field, { min: 1, max: MAX_ALERT_IDS_PER_REQUEST })]);

/**
 * Kibana pairs each id with its index (an id is unique only within one index), so both are a
 * string or both arrays of one length; a mismatch is Kibana's 400.
 */
const pairedWithIndex = <C extends t.Mixed>(codec: C, idField: string, kind: string) =>
  new t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown>(
    codec.name,
    codec.is,
    (u, ctx) => {
      const decoded = codec.validate(u, ctx);
      if (decoded._tag === 'Left') return decoded;
      const ids = (decoded.right as Record<string, unknown>)[idField];
      const indices = (decoded.right as Record<string, unknown>).index;
      const count = (v: unknown) => (Array.isArray(v) ? v.length : 1);
      if (Array.isArray(ids) !== Array.isArray(indices) || count(ids) !== count(indices)) {
        return t.failure(u, ctx, `Received an ${kind} comment with ids and indices arrays of different lengths ids: ${count(ids)} indices: ${count(indices)}`);
      }
      return decoded;
    },
    codec.encode,
  );

export const AlertRequestRt = pairedWithIndex(
  strict(
    {
      type: t.literal('alert'),
      alertId: documentIds('alertId'),
      index: documentIds('index'),
      rule: strict({ id: t.union([idString('rule.id', MAX_ID_LENGTH), t.null]), name: t.union([idString('rule.name', MAX_ID_LENGTH), t.null]) }),
      owner: OwnerRt,
    },
    'AlertRequest',
  ),
  'alertId',
  'alert',
);

export const EventRequestRt = pairedWithIndex(
  strict({ type: t.literal('event'), eventId: documentIds('eventId'), index: documentIds('index'), owner: OwnerRt }, 'EventRequest'),
  'eventId',
  'event',
);

/** A request of any registered type; the registry's codec is what checks it. */
export type AttachmentRequest = AnyAttachmentPayload;

/** The fields PATCH adds to a type's request: which attachment, at which version. */
export const AttachmentPatchIdsRt = strict({ id: idString('id', MAX_ID_LENGTH), version: idString('version', MAX_VERSION_LENGTH) }, 'AttachmentPatchIds');
export type AttachmentPatchRequest = AnyAttachmentPayload & t.TypeOf<typeof AttachmentPatchIdsRt>;

export const CommentParamsRt = strict({ case_id: idString('case_id', MAX_ID_LENGTH), comment_id: idString('comment_id', MAX_ID_LENGTH) });

export const FindAttachmentsQueryRt = withPagination(
  strictPartial({ page: numberFromQuery('page'), perPage: numberFromQuery('perPage'), sortOrder: SortOrderRt }, 'FindAttachmentsRequest'),
  MAX_COMMENTS_PER_PAGE,
);
export type FindAttachmentsQuery = t.TypeOf<typeof FindAttachmentsQueryRt>;

export const AttachmentsFindResponseRt = t.type({ comments: t.array(AttachmentRt), page: t.number, per_page: t.number, total: t.number });
export type AttachmentsFindResponse = t.TypeOf<typeof AttachmentsFindResponseRt>;

/** Kibana's internal bulk create: several attachments of one case in one write. */
export const MAX_BULK_CREATE_ATTACHMENTS = 100;

/** `{ case_id }` plus, for the routes that name an alert, `{ alert_id }`. */
export const AlertIdParamsRt = strict({ alert_id: idString('alert_id', MAX_ID_LENGTH) });

export const CasesByAlertQueryRt = strictPartial({ owner: t.union([OwnerRt, limitedArray(OwnerRt, 'owner', { max: 10 })]) }, 'CasesByAlertQuery');

/** Kibana's `_find_containing_all`: older clients send `alertIds`, newer `documentIds`. */
export const FindCasesContainingAllRequestRt = strictPartial(
  {
    alertIds: limitedArray(idString('alertIds', MAX_ID_LENGTH), 'alertIds', { max: MAX_ALERT_IDS_PER_REQUEST }),
    documentIds: limitedArray(idString('documentIds', MAX_ID_LENGTH), 'documentIds', { max: MAX_ALERT_IDS_PER_REQUEST }),
    caseIds: limitedArray(idString('caseIds', MAX_ID_LENGTH), 'caseIds', { max: MAX_COMMENTS_PER_PAGE }),
  },
  'FindCasesContainingAllRequest',
);
export type FindCasesContainingAllRequest = t.TypeOf<typeof FindCasesContainingAllRequestRt>;

export const RemoveCaseAlertsRequestRt = strict(
  { alertIds: limitedArray(idString('alertIds', MAX_ID_LENGTH), 'alertIds', { min: 1, max: MAX_ALERT_IDS_PER_REQUEST }) },
  'RemoveCaseAlertsRequest',
);

/** `GET /internal/cases/{case_id}/alerts/_find`: a page of the case's alerts, read live from the alert documents. */
/** The Attachments tab's search over a case's alerts and events: the start of a document id. */
const DocumentIdSearchRt = limitedString('search', { max: MAX_ID_LENGTH });

export const CaseAlertsFindQueryRt = withPagination(
  strictPartial(
    {
      page: numberFromQuery('page'),
      perPage: numberFromQuery('perPage'),
      sortField: t.keyof(Object.fromEntries(ALERT_SORT_FIELDS.map((v) => [v, null])) as Record<(typeof ALERT_SORT_FIELDS)[number], null>, 'sortField'),
      sortOrder: SortOrderRt,
      status: t.union([AlertWorkflowStatusRt, limitedArray(AlertWorkflowStatusRt, 'status', { max: 3 })]),
      search: DocumentIdSearchRt,
    },
    'CaseAlertsFindQuery',
  ),
  MAX_ALERTS_PER_PAGE,
);
export type CaseAlertsFindQuery = t.TypeOf<typeof CaseAlertsFindQueryRt>;

/** `GET /internal/cases/{case_id}/events/_find`. */
export const CaseEventsFindQueryRt = withPagination(
  strictPartial(
    {
      page: numberFromQuery('page'),
      perPage: numberFromQuery('perPage'),
      sortField: t.keyof(Object.fromEntries(EVENT_SORT_FIELDS.map((v) => [v, null])) as Record<(typeof EVENT_SORT_FIELDS)[number], null>, 'sortField'),
      sortOrder: SortOrderRt,
      search: DocumentIdSearchRt,
    },
    'CaseEventsFindQuery',
  ),
  MAX_ALERTS_PER_PAGE,
);
export type CaseEventsFindQuery = t.TypeOf<typeof CaseEventsFindQueryRt>;

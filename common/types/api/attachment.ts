/**
 * Requests and responses of the attachment ("comments") routes. Each attachment type brings its
 * own strict request codec; the server's attachment-type registry dispatches on `type`, so the
 * body of POST and PATCH is whatever the registered types accept.
 */
import * as t from 'io-ts';
import { limitedArray, strict, strictPartial } from '../../core/codec';
import { MAX_ALERTS_PER_CASE, MAX_COMMENT_LENGTH, MAX_COMMENTS_PER_PAGE, MAX_ID_LENGTH, MAX_VERSION_LENGTH } from '../../constants';
import { AttachmentRt, type AnyAttachmentPayload } from '../domain/attachment';
import { OwnerRt } from '../domain/enums';
import { idString, nonEmptyString, numberFromQuery, SortOrderRt, withPagination } from './request_codecs';

const CommentTextRt = nonEmptyString('comment', MAX_COMMENT_LENGTH);

export const UserCommentRequestRt = strict({ type: t.literal('user'), comment: CommentTextRt, owner: OwnerRt }, 'UserCommentRequest');
export type UserCommentRequest = t.TypeOf<typeof UserCommentRequestRt>;

const alertIds = (field: string) => t.union([idString(field, MAX_ID_LENGTH), limitedArray(idString(field, MAX_ID_LENGTH), field, { min: 1, max: MAX_ALERTS_PER_CASE })]);

export const AlertRequestRt = strict(
  {
    type: t.literal('alert'),
    alertId: alertIds('alertId'),
    index: alertIds('index'),
    rule: strict({ id: t.union([idString('rule.id', MAX_ID_LENGTH), t.null]), name: t.union([idString('rule.name', MAX_ID_LENGTH), t.null]) }),
    owner: OwnerRt,
  },
  'AlertRequest',
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

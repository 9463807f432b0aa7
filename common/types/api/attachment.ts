/** Requests and responses of the attachment ("comments") routes. */
import * as t from 'io-ts';
import { strict, strictPartial } from '../../codec';
import { MAX_COMMENT_LENGTH, MAX_COMMENTS_PER_PAGE, MAX_ID_LENGTH, MAX_VERSION_LENGTH } from '../../constants';
import { AttachmentRt } from '../domain/attachment';
import { OwnerRt } from '../domain/enums';
import { idString, nonEmptyString, numberFromQuery, SortOrderRt, withPagination } from './request_codecs';

const CommentTextRt = nonEmptyString('comment', MAX_COMMENT_LENGTH);

/** Only user comments are written today; alert, file and observable requests join this union. */
export const AttachmentRequestRt = strict({ type: t.literal('user'), comment: CommentTextRt, owner: OwnerRt }, 'AttachmentRequest');
export type AttachmentRequest = t.TypeOf<typeof AttachmentRequestRt>;

export const AttachmentPatchRequestRt = strict(
  {
    id: idString('id', MAX_ID_LENGTH),
    version: idString('version', MAX_VERSION_LENGTH),
    type: t.literal('user'),
    comment: CommentTextRt,
    owner: OwnerRt,
  },
  'AttachmentPatchRequest',
);
export type AttachmentPatchRequest = t.TypeOf<typeof AttachmentPatchRequestRt>;

export const CommentParamsRt = strict({ case_id: idString('case_id', MAX_ID_LENGTH), comment_id: idString('comment_id', MAX_ID_LENGTH) });

export const FindAttachmentsQueryRt = withPagination(
  strictPartial({ page: numberFromQuery('page'), perPage: numberFromQuery('perPage'), sortOrder: SortOrderRt }, 'FindAttachmentsRequest'),
  MAX_COMMENTS_PER_PAGE,
);
export type FindAttachmentsQuery = t.TypeOf<typeof FindAttachmentsQueryRt>;

export const AttachmentsFindResponseRt = t.type({ comments: t.array(AttachmentRt), page: t.number, per_page: t.number, total: t.number });
export type AttachmentsFindResponse = t.TypeOf<typeof AttachmentsFindResponseRt>;

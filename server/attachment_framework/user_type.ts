/** User comments: free text, counted in `totalComment`, searchable by their text, unlimited per case. */
import { UserCommentRequestRt } from '../../common/types/api/attachment';
import { UserCommentPayloadRt } from '../../common/types/domain/attachment';
import type { AttachmentTypeDefinition } from './types';

export const userCommentType: AttachmentTypeDefinition = {
  type: 'user',
  request: UserCommentRequestRt,
  stored: UserCommentPayloadRt,
  mappings: { comment: { type: 'text' } },
  total: 'totalComment',
};

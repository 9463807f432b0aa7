/** A stored attachment as the API returns it: id and version added, the case id left out. */
import type { Attachment, AttachmentAttributes } from '../../../common/types/domain/attachment';
import type { AttachmentSavedObject } from '../../services/attachment_service';

export const toAttachment = (so: AttachmentSavedObject): Attachment => {
  const { case_id: _caseId, ...attributes } = so.attributes;
  return { id: so.id, version: so.version, ...(attributes as AttachmentAttributes) };
};

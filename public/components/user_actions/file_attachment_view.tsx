/**
 * How Kibana's `externalReference` attachments read in the activity. A `.files` one (a file
 * uploaded to the case) reads "added file report.pdf", with the file under it to download, and
 * its deletion "removed file report.pdf", never the raw payload. Other sub-types read as an
 * attachment until they have words of their own. Loaded with the app: the body is lazy.
 */
import { lazy } from 'react';
import { FILE_ATTACHMENT_TYPE } from '../../../common/constants';
import type { AnyAttachmentPayload, Attachment } from '../../../common/types/domain/attachment';
import type { SingleFileAttachmentMetadata } from '../../../common/types/domain/file';
import type { AttachmentView } from '../../attachment_framework/types';

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The file a `.files` attachment names (Kibana writes exactly one), or null for anything else. */
export function attachedFileOf(attachment: Attachment | AnyAttachmentPayload): SingleFileAttachmentMetadata | null {
  const reference = attachment as { type?: unknown; externalReferenceAttachmentTypeId?: unknown; externalReferenceMetadata?: unknown };
  if (reference.type !== 'externalReference' || reference.externalReferenceAttachmentTypeId !== FILE_ATTACHMENT_TYPE) return null;
  const [file] = ((reference.externalReferenceMetadata as { files?: unknown } | null)?.files ?? []) as Array<Partial<SingleFileAttachmentMetadata>>;
  if (!file || !isText(file.name)) return null;
  return { name: file.name, extension: isText(file.extension) ? file.extension : '', mimeType: isText(file.mimeType) ? file.mimeType : '', created: isText(file.created) ? file.created : '' };
}

export const attachedFileName = (file: SingleFileAttachmentMetadata) => (file.extension ? `${file.name}.${file.extension}` : file.name);

export const externalReferenceView: AttachmentView = {
  event: (attachment) => {
    const file = attachedFileOf(attachment);
    if (!file) return 'added an attachment';
    return (
      <>
        added file <strong data-test-subj="file-attachment-name">{attachedFileName(file)}</strong>
      </>
    );
  },
  Body: lazy(() => import('./file_attachment_body')),
  noun: 'an attachment',
  nounOf: (attachment) => {
    const file = attachedFileOf(attachment);
    return file ? `file ${attachedFileName(file)}` : null;
  },
  editable: false,
  // Kibana's externalReference attachments are mostly files; other sub-types have their own section.
  tab: 'files',
};

/**
 * Under "added file report.pdf" in the activity: the file's name as a download link (the
 * server always answers it as an attachment) and its type. Loaded on first use.
 */
import { EuiFlexGroup, EuiIcon, EuiLink, EuiText } from '@elastic/eui';
import { isImageMimeType } from '../../../common/files/mime_types';
import type { Attachment } from '../../../common/types/domain/attachment';
import { fileDownloadUrl } from '../../containers/files_api';
import { useCore } from '../../core';
import { useCaseEdit } from '../case_view/case_edit_context';
import { attachedFileName, attachedFileOf } from './file_attachment_view';

export default function FileAttachmentBody({ attachment }: { attachment: Attachment }) {
  const { http } = useCore();
  const { caseData } = useCaseEdit();
  const file = attachedFileOf(attachment);
  if (!file || attachment.type !== 'externalReference') return null;
  const name = attachedFileName(file);
  const href = fileDownloadUrl(http.spaceId, caseData.id, attachment.externalReferenceId);
  return (
    <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} data-test-subj={`file-attachment-${attachment.id}`}>
      <EuiIcon type={isImageMimeType(file.mimeType) ? 'image' : 'document'} color="subdued" aria-hidden />
      <EuiLink href={href} download={name} className="eui-textBreakAll" data-test-subj="file-attachment-download">
        {name}
      </EuiLink>
      {file.mimeType && (
        <EuiText size="xs" color="subdued">
          {file.mimeType}
        </EuiText>
      )}
    </EuiFlexGroup>
  );
}

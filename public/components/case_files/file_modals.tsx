/**
 * The two dialogs of the Files section: the image preview (loaded as an `<img>` from the
 * download route's inline variant, which the server grants to raster images only) and the
 * confirmation before a file is deleted.
 */
import { EuiButton, EuiButtonEmpty, EuiConfirmModal, EuiModal, EuiModalFooter, EuiModalHeader, EuiModalHeaderTitle, useGeneratedHtmlId } from '@elastic/eui';
import type { CaseFile } from '../../containers/files_api';
import { fileNameOf } from './format_bytes';

export function FilePreviewModal({ file, src, downloadHref, onClose }: { file: CaseFile; src: string; downloadHref: string; onClose: () => void }) {
  const titleId = useGeneratedHtmlId({ prefix: 'caseFilePreview' });
  const name = fileNameOf(file);
  return (
    <EuiModal onClose={onClose} aria-labelledby={titleId} maxWidth="90vw" data-test-subj="case-files-preview-modal">
      <EuiModalHeader>
        <EuiModalHeaderTitle id={titleId} size="s" className="eui-textBreakAll">
          {name}
        </EuiModalHeaderTitle>
      </EuiModalHeader>
      {/* Not an EuiModalBody: its scrolling region would need keyboard access. EUI caps a modal at
          75vh, and the image is sized to fit under the header and footer, so nothing scrolls. */}
      <div css={{ padding: '0 24px', textAlign: 'center' }}>
        <img
          src={src}
          alt={name}
          css={{ display: 'block', margin: '0 auto', maxWidth: '100%', maxHeight: 'calc(75vh - 170px)', objectFit: 'contain' }}
          data-test-subj="case-files-preview-image"
        />
      </div>
      <EuiModalFooter>
        <EuiButtonEmpty iconType="download" href={downloadHref} download={name} data-test-subj="case-files-preview-download">
          Download
        </EuiButtonEmpty>
        <EuiButton onClick={onClose} fill>
          Close
        </EuiButton>
      </EuiModalFooter>
    </EuiModal>
  );
}

export function DeleteFileModal({ file, isLoading, onCancel, onConfirm }: { file: CaseFile; isLoading: boolean; onCancel: () => void; onConfirm: () => void }) {
  return (
    <EuiConfirmModal
      title={`Delete file ${fileNameOf(file)}?`}
      onCancel={onCancel}
      onConfirm={onConfirm}
      cancelButtonText="Cancel"
      confirmButtonText="Delete"
      buttonColor="danger"
      defaultFocusedButton="cancel"
      isLoading={isLoading}
      data-test-subj="case-files-delete-modal"
    >
      <p>The file and its attachment are removed from the case for everyone; the activity keeps a record of the deletion.</p>
    </EuiConfirmModal>
  );
}

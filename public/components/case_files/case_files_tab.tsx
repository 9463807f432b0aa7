/**
 * The Files section of the case's Attachments tab: the files attached to the case, one server
 * page at a time and filtered by name with the Attachments search; upload by button or by
 * dropping files on the section (for callers who may add comments), preview of raster images,
 * download as a file, and delete after confirmation (for callers who may delete).
 */
import { useEffect, useMemo, useState } from 'react';
import { EuiBasicTable, EuiButton, EuiCallOut, EuiEmptyPrompt, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText, type Criteria } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import { fileDownloadUrl, type CaseFile } from '../../containers/files_api';
import { useCaseFiles, useDeleteCaseFiles } from '../../containers/use_case_files';
import { getErrorMessage, useCore } from '../../core';
import { useCasesCapabilities } from '../capabilities/use_cases_capabilities';
import { useColumnsForWidth } from '../alerts/use_columns_for_width';
import { FILE_WIDE_ONLY_FIELDS, fileColumns } from './file_columns';
import { FileDropZone, UploadFilesButton } from './file_drop_zone';
import { DeleteFileModal, FilePreviewModal } from './file_modals';
import { fileNameOf } from './format_bytes';
import { UploadQueueList } from './upload_queue_list';
import { useUploadQueue } from './use_upload_queue';

const PAGE_SIZE_OPTIONS = [10, 25, 50, 100];

function useDeletion(caseId: string) {
  const { toasts } = useCore();
  const remove = useDeleteCaseFiles(caseId);
  const [pending, setPending] = useState<CaseFile | null>(null);
  const confirm = async (file: CaseFile) => {
    try {
      await remove.mutateAsync([file.id]);
      toasts.addSuccess({ title: `Deleted ${fileNameOf(file)}`, 'data-test-subj': 'case-files-deleted-toast' });
    } catch (error) {
      toasts.addError(error, { title: `Could not delete ${fileNameOf(file)}` });
    } finally {
      setPending(null);
    }
  };
  const modal = pending && <DeleteFileModal file={pending} isLoading={remove.isPending} onCancel={() => setPending(null)} onConfirm={() => void confirm(pending)} />;
  return { ask: setPending, modal };
}

function EmptyFiles({ canUpload }: { canUpload: boolean }) {
  return (
    <EuiEmptyPrompt
      iconType="documents"
      titleSize="s"
      title={<h3>No files attached to this case</h3>}
      body={<p>{canUpload ? 'Upload screenshots, samples in password-protected archives, mail or packet captures: use the button above or drop files here.' : 'Files attached to this case will be listed here.'}</p>}
      data-test-subj="case-files-empty"
    />
  );
}

export function CaseFilesTab({ caseData, search }: { caseData: Case; search: string }) {
  const { http } = useCore();
  const permissions = useCasesCapabilities(caseData.owner);
  const canUpload = permissions.createComment;
  const [page, setPage] = useState({ pageIndex: 0, pageSize: PAGE_SIZE_OPTIONS[0] });
  const [preview, setPreview] = useState<CaseFile | null>(null);
  const files = useCaseFiles(caseData.id, { page: page.pageIndex + 1, perPage: page.pageSize, search: search.trim() || undefined });
  const uploads = useUploadQueue(caseData.id);
  const deletion = useDeletion(caseData.id);

  // A new search starts from its first page.
  useEffect(() => setPage((current) => ({ ...current, pageIndex: 0 })), [search]);
  // After deletions the last page may be gone: step back to the last one that exists.
  const total = files.data?.total ?? 0;
  useEffect(() => {
    const lastIndex = Math.max(0, Math.ceil(total / page.pageSize) - 1);
    if (files.data && page.pageIndex > lastIndex) setPage((current) => ({ ...current, pageIndex: lastIndex }));
  }, [files.data, total, page]);

  const downloadUrl = (file: CaseFile, inline = false) => fileDownloadUrl(http.spaceId, caseData.id, file.id, { inline });
  const allColumns = useMemo(
    () => fileColumns({ downloadUrl: (file) => fileDownloadUrl(http.spaceId, caseData.id, file.id), onPreview: setPreview, onDelete: permissions.delete ? deletion.ask : undefined }),
    [http.spaceId, caseData.id, permissions.delete, deletion.ask],
  );
  const columns = useColumnsForWidth(allColumns, FILE_WIDE_ONLY_FIELDS);
  const isEmpty = files.isSuccess && total === 0 && !search.trim();

  return (
    <FileDropZone enabled={canUpload} onFiles={uploads.add}>
      <section aria-label="Files in this case" data-test-subj="case-files-tab">
        <EuiFlexGroup alignItems="center" justifyContent="spaceBetween" gutterSize="m" responsive={false} wrap>
          <EuiFlexItem grow={false}>
            <EuiText size="xs" color="subdued" data-test-subj="case-files-count">
              {files.data ? `${total.toLocaleString()} ${total === 1 ? 'file' : 'files'}` : ''}
            </EuiText>
          </EuiFlexItem>
          {canUpload && (
            <EuiFlexItem grow={false}>
              <UploadFilesButton onFiles={uploads.add} />
            </EuiFlexItem>
          )}
        </EuiFlexGroup>
        <EuiSpacer size="s" />
        <UploadQueueList items={uploads.items} onCancel={uploads.cancel} />
        {uploads.items.length > 0 && <EuiSpacer size="s" />}
        {files.error != null && (
          <>
            <EuiCallOut color="danger" iconType="error" title="The case's files could not be loaded" data-test-subj="case-files-error">
              <p>{getErrorMessage(files.error)}</p>
              <EuiButton size="s" color="danger" onClick={() => void files.refetch()} data-test-subj="case-files-retry">
                Try again
              </EuiButton>
            </EuiCallOut>
            <EuiSpacer size="m" />
          </>
        )}
        {isEmpty ? (
          <EmptyFiles canUpload={canUpload} />
        ) : (
          <EuiBasicTable<CaseFile>
            tableCaption="The case's files"
            items={files.data?.files ?? []}
            itemId="id"
            columns={columns}
            loading={files.isFetching}
            noItemsMessage={files.isPending ? 'Loading files…' : search.trim() ? `No files match “${search.trim()}”` : 'No files'}
            pagination={{ pageIndex: page.pageIndex, pageSize: page.pageSize, totalItemCount: total, pageSizeOptions: PAGE_SIZE_OPTIONS }}
            onChange={({ page: next }: Criteria<CaseFile>) => next && setPage({ pageIndex: next.index, pageSize: next.size })}
            rowProps={(file) => ({ 'data-test-subj': `case-files-row-${file.id}` })}
            data-test-subj="case-files-table"
          />
        )}
        {preview && <FilePreviewModal file={preview} src={downloadUrl(preview, true)} downloadHref={downloadUrl(preview)} onClose={() => setPreview(null)} />}
        {deletion.modal}
      </section>
    </FileDropZone>
  );
}

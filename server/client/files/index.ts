/** The `files` namespace of the CasesClient: a case's files, as Kibana's cases client offers them. */
import type { MultipartBody } from '../../core';
import type { CasesClientArgs } from '../types';
import { bulkDeleteFiles } from './bulk_delete';
import { downloadFile } from './download';
import { findFiles, type FindFilesQuery } from './find_files';
import { uploadFile } from './upload';

export function createFilesClient(args: CasesClientArgs) {
  return {
    /** `signal`: the request's, so a client that goes away stops the upload and leaves nothing. */
    upload: (caseId: string, body: MultipartBody, signal?: AbortSignal) => uploadFile(args, caseId, body, signal),
    find: (caseId: string, query?: FindFilesQuery) => findFiles(args, caseId, query),
    download: (caseId: string, fileId: string, options?: { inline?: boolean }) => downloadFile(args, caseId, fileId, options),
    bulkDelete: (caseId: string, ids: string[]) => bulkDeleteFiles(args, caseId, ids),
  };
}

/**
 * A case's files: Kibana's public upload (`POST /api/cases/{case_id}/files`, multipart), the
 * listing and the bulk delete its UI calls, and the download. Decode, call one client method,
 * answer.
 */
import { CASE_FILES_URL, INTERNAL_CASE_FILE_DOWNLOAD_URL, INTERNAL_CASE_FILES_URL, INTERNAL_DELETE_FILE_ATTACHMENTS_URL } from '../../common/constants';
import { CaseIdParamsRt } from '../../common/types/api/case';
import type { MultipartBody } from '../core';
import { BulkDeleteFilesRequestRt, DownloadFileQueryRt, FileParamsRt, FindFilesQueryRt } from '../files/file_request_codecs';
import type { RouteDeps } from './types';

/**
 * The body cap of the upload route: the largest file size an admin may configure (1 GiB, see
 * server/config.ts) plus room for the form's other parts. The configured caps (`files.maxSize`,
 * `files.maxImageSize`) are enforced exactly while the file streams, with a 413, as Kibana's
 * route leaves it to its file service.
 */
export const UPLOAD_BODY_MAX_BYTES = 1024 * 1024 * 1024 + 64 * 1024;

export function registerFileRoutes({ router, getClient }: RouteDeps): void {
  router.post<{ case_id: string }, unknown, MultipartBody>(
    {
      path: CASE_FILES_URL,
      validate: { params: CaseIdParamsRt },
      options: { access: 'public', body: { accepts: 'multipart/form-data' }, maxBytes: UPLOAD_BODY_MAX_BYTES },
    },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).files.upload(req.params.case_id, req.body, req.abortSignal) }),
  );

  router.get({ path: INTERNAL_CASE_FILES_URL, validate: { params: CaseIdParamsRt, query: FindFilesQueryRt }, options: { access: 'internal' } }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).files.find(req.params.case_id, req.query) }),
  );

  router.get({ path: INTERNAL_CASE_FILE_DOWNLOAD_URL, validate: { params: FileParamsRt, query: DownloadFileQueryRt }, options: { access: 'internal' } }, async (ctx, req, res) => {
    const { content, headers } = await getClient(ctx).files.download(req.params.case_id, req.params.file_id, { inline: req.query.inline === true });
    return res.ok({ body: content, headers });
  });

  router.post(
    { path: INTERNAL_DELETE_FILE_ATTACHMENTS_URL, validate: { params: CaseIdParamsRt, body: BulkDeleteFilesRequestRt }, options: { access: 'internal' } },
    async (ctx, req, res) => {
      await getClient(ctx).files.bulkDelete(req.params.case_id, req.body.ids);
      return res.noContent();
    },
  );
}

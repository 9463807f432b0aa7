/**
 * The bytes of one file of a case, streamed from the blob service, with the headers that keep a
 * hostile file from running in the app's origin (download_headers.ts). The case decides who may
 * read (as for its comments); a file of another case, one still uploading, or one whose bytes are
 * gone is a 404, so the route cannot read files by id across cases. `inline` (the preview's
 * `<img>`) is granted to raster images only.
 */
import type { Readable } from 'node:stream';
import { badRequest, notFound } from '../../core';
import { downloadHeaders, mayServeInline, type DownloadedFile } from '../../files/download_headers';
import { ensureAuthorizedOnCase, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';

export interface FileDownload {
  file: DownloadedFile;
  content: Readable;
  headers: Record<string, string>;
}

export const INLINE_REFUSED_MESSAGE = 'Only raster images can be shown inline; download the file instead';

export async function downloadFile(args: CasesClientArgs, caseId: string, fileId: string, { inline = false }: { inline?: boolean } = {}): Promise<FileDownload> {
  const theCase = await args.services.cases.get(caseId);
  await ensureAuthorizedOnCase(args, Operations.downloadFile, theCase);
  const [so] = await args.services.files.getMany([fileId]);
  const missing = () => notFound(`File ${fileId} not found in case ${caseId}`);
  if (!so || so.attributes.Status !== 'READY' || !so.attributes.Meta?.caseIds?.includes(caseId)) throw missing();
  const { name, extension, mime_type: mimeType } = so.attributes;
  if (inline && !mayServeInline(mimeType)) throw badRequest(INLINE_REFUSED_MESSAGE);
  const stored = await args.blobs.download(so.attributes.blob_id ?? so.id);
  if (!stored) throw missing();
  const file = { name, extension, mimeType, size: stored.size };
  return { file, content: stored.content, headers: downloadHeaders(file, args.config.files.allowedMimeTypes, inline) };
}

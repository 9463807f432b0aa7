/**
 * A case's files as the browser reaches them: the paged listing, the bulk delete, the download
 * address and the upload. The upload goes through XMLHttpRequest rather than the http client's
 * fetch: only XHR reports how much of the body has been sent, which the progress bar shows.
 */
import { CASE_FILES_URL, INTERNAL_CASE_FILE_DOWNLOAD_URL, INTERNAL_CASE_FILES_URL, INTERNAL_DELETE_FILE_ATTACHMENTS_URL } from '../../common/constants';
import type { Case } from '../../common/types/domain/case';
import type { CaseFile } from '../../common/types/domain/file';
import { getSpaceBasePath, HttpFetchError, type ApiErrorBody, type HttpClient } from '../core';

export type { CaseFile };

/** A page of the listing: `page` counts from 1, as the server's; `search` matches file names. */
export interface CaseFilesQuery {
  page: number;
  perPage: number;
  search?: string;
}

export interface CaseFilesResponse {
  files: CaseFile[];
  total: number;
}

const fill = (template: string, caseId: string) => template.replace('{case_id}', encodeURIComponent(caseId));

export const filesApi = {
  list: (http: HttpClient, caseId: string, { page, perPage, search }: CaseFilesQuery, signal?: AbortSignal) =>
    http.get<CaseFilesResponse>(fill(INTERNAL_CASE_FILES_URL, caseId), {
      // An empty search is no search: the server is not asked to match every name against ''.
      query: { page, perPage, search: search?.trim() ? search.trim() : undefined },
      signal,
    }),
  /** Kibana's bulk delete of file attachments: the files, their attachments and their blobs. */
  bulkDelete: (http: HttpClient, caseId: string, ids: string[]) => http.post<void>(fill(INTERNAL_DELETE_FILE_ATTACHMENTS_URL, caseId), { body: { ids } }),
};

/**
 * Where a file's bytes are, with the space prefix (a plain link does not pass through the http
 * client). The server always answers with `Content-Disposition: attachment`; `inline` is only
 * granted for raster images, for the preview's `<img>`.
 */
export function fileDownloadUrl(spaceId: string, caseId: string, fileId: string, { inline = false }: { inline?: boolean } = {}): string {
  const path = fill(INTERNAL_CASE_FILE_DOWNLOAD_URL, caseId).replace('{file_id}', encodeURIComponent(fileId));
  return `${getSpaceBasePath(spaceId)}${path}${inline ? '?inline=true' : ''}`;
}

export interface UploadRequest {
  spaceId: string;
  caseId: string;
  file: File;
  /** The share of the body sent so far, from 0 to 1. */
  onProgress: (fraction: number) => void;
}

export interface UploadHandle {
  /** The case as the server answers it once the file is attached. */
  result: Promise<Case>;
  /** Stops sending; `result` then rejects with an AbortError. */
  abort(): void;
}

export const isAbortError = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The server's error body (Kibana's {statusCode, error, message}) becomes the error's message. */
function toUploadError(xhr: XMLHttpRequest): HttpFetchError {
  const body = parseJson(xhr.responseText);
  if (body && typeof body === 'object' && typeof (body as ApiErrorBody).message === 'string') {
    return new HttpFetchError((body as ApiErrorBody).message, xhr.status, body as ApiErrorBody);
  }
  return new HttpFetchError(xhr.statusText || `The upload failed with status ${xhr.status}`, xhr.status);
}

/** POSTs the file as multipart/form-data (field `file`; the server takes the name from it). */
export function uploadCaseFile({ spaceId, caseId, file, onProgress }: UploadRequest): UploadHandle {
  const xhr = new XMLHttpRequest();
  const result = new Promise<Case>((resolve, reject) => {
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(parseJson(xhr.responseText) as Case);
      else reject(toUploadError(xhr));
    };
    // A server that refuses a large body early may close the connection before the browser has
    // read its answer: the browser then reports only a network error.
    xhr.onerror = () => reject(new HttpFetchError('The upload was interrupted: the connection to the server closed.', 0));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
  });
  xhr.open('POST', `${getSpaceBasePath(spaceId)}${fill(CASE_FILES_URL, caseId)}`);
  xhr.setRequestHeader('kbn-xsrf', 'true');
  const form = new FormData();
  form.append('file', file, file.name);
  xhr.send(form);
  return { result, abort: () => xhr.abort() };
}

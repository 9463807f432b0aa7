/**
 * Strict codecs of the files routes' parameters, queries and bodies, with the limits of
 * common/constants.ts. (The upload's body is multipart and is read part by part by the client.)
 */
import type * as t from 'io-ts';
import { limitedArray, limitedString, strict, strictPartial } from '../../common/core/codec';
import { booleanFromQuery, idString, numberFromQuery, withPagination } from '../../common/types/api/request_codecs';
import { MAX_DELETE_FILES, MAX_FILENAME_LENGTH, MAX_ID_LENGTH } from '../../common/constants';

/** Kibana's page size cap for a case's files. */
export const MAX_FILES_PER_PAGE = 100;

export const FileParamsRt = strict({ case_id: idString('case_id', MAX_ID_LENGTH), file_id: idString('file_id', MAX_ID_LENGTH) });

export const FindFilesQueryRt = withPagination(
  strictPartial(
    { page: numberFromQuery('page'), perPage: numberFromQuery('perPage'), search: limitedString('search', { max: MAX_FILENAME_LENGTH }) },
    'FindFilesRequest',
  ),
  MAX_FILES_PER_PAGE,
);

/** `?inline=true`: the preview of a raster image in an `<img>`; anything else is a download. */
export const DownloadFileQueryRt = strictPartial({ inline: booleanFromQuery('inline') }, 'DownloadFileRequest');

/** Kibana's BulkDeleteFileAttachmentsRequest: 1 to 10 non-empty ids. */
export const BulkDeleteFilesRequestRt = strict(
  { ids: limitedArray(idString('ids', MAX_ID_LENGTH), 'ids', { min: 1, max: MAX_DELETE_FILES }) },
  'BulkDeleteFileAttachmentsRequest',
);
export type BulkDeleteFilesRequest = t.TypeOf<typeof BulkDeleteFilesRequestRt>;

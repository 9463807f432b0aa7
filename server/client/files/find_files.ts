/**
 * A case's Files listing (Kibana's internal get-files route): the case is read and the caller
 * authorized on it first, then its finished files are paged, newest first, optionally narrowed by
 * words of the name. Files still uploading are not listed.
 */
import type { CaseFile } from '../../../common/types/domain/file';
import { toCaseFile } from '../../files/file_objects';
import { ensureAuthorizedOnCase, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';

export interface FindFilesQuery {
  page?: number;
  perPage?: number;
  search?: string;
}

export interface FindFilesResponse {
  files: CaseFile[];
  total: number;
  page: number;
  perPage: number;
}

export const DEFAULT_FILES_PER_PAGE = 20;

export async function findFiles(args: CasesClientArgs, caseId: string, query: FindFilesQuery = {}): Promise<FindFilesResponse> {
  const theCase = await args.services.cases.get(caseId);
  await ensureAuthorizedOnCase(args, Operations.findFiles, theCase);
  const page = query.page ?? 1;
  const perPage = query.perPage ?? DEFAULT_FILES_PER_PAGE;
  const search = query.search?.trim();
  const found = await args.services.files.findOfCase(caseId, { page, perPage, ...(search ? { search } : {}) });
  return { files: found.saved_objects.map(toCaseFile), total: found.total, page, perPage };
}

/**
 * `_similar` as the browser calls it: the other cases of the space (same owner) that share at
 * least one observable with a case, most shared first, with the shared pairs named.
 */
import { INTERNAL_CASE_SIMILAR_CASES_URL } from '../../common/constants';
import type { SimilarCase, SimilarCasesResponse } from '../../common/types/api/similar_cases';
import type { HttpClient } from '../core';

/** Kibana's body: camelCase paging, `page` from 1. */
export interface SimilarCasesQuery {
  page: number;
  perPage: number;
}

export type { SimilarCase, SimilarCasesResponse };

export const similarCasesApi = {
  find: (http: HttpClient, caseId: string, query: SimilarCasesQuery, signal?: AbortSignal) =>
    http.post<SimilarCasesResponse>(INTERNAL_CASE_SIMILAR_CASES_URL.replace('{case_id}', encodeURIComponent(caseId)), { body: query, signal }),
};

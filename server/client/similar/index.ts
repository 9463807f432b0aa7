/** The `similar` namespace of the CasesClient: similar cases and the observable value search. */
import { isObservableCountRequest, type ObservablesSearchRequest, type SimilarCasesRequest } from '../../../common/types/api/similar_cases';
import type { CasesClientArgs } from '../types';
import { countObservables, searchObservables } from './search_observables';
import { findSimilarCases } from './similar_cases';

export function createSimilarClient(args: CasesClientArgs) {
  return {
    find: (caseId: string, request: SimilarCasesRequest = {}) => findSimilarCases(args, caseId, request),
    /** A value search, or the per-pair counts when the body lists `observables`. */
    searchObservables: (request: ObservablesSearchRequest) =>
      isObservableCountRequest(request) ? countObservables(args, request) : searchObservables(args, request),
  };
}

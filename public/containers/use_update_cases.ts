import { useMutation } from '@tanstack/react-query';
import type { CasePatchRequest } from '../../common/types/api/case';
import { useCore } from '../core';
import { casesApi } from './cases_api';
import { useInvalidateCases } from './use_invalidate_cases';

/**
 * Patches one or more cases. A stale version rejects with an HttpFetchError of statusCode 409;
 * the caches are refreshed either way so the caller can show the current case and re-apply.
 */
export function useUpdateCases() {
  const { http } = useCore();
  const invalidate = useInvalidateCases();
  return useMutation({ mutationFn: (cases: CasePatchRequest[]) => casesApi.update(http, cases), onSettled: invalidate });
}

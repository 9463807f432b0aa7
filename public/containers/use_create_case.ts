import { useMutation } from '@tanstack/react-query';
import type { CasePostRequest } from '../../common/types/api/case';
import { useCore } from '../core';
import { casesApi } from './cases_api';
import { useInvalidateCases } from './use_invalidate_cases';

export function useCreateCase() {
  const { http } = useCore();
  const invalidate = useInvalidateCases();
  return useMutation({ mutationFn: (request: CasePostRequest) => casesApi.create(http, request), onSuccess: invalidate });
}

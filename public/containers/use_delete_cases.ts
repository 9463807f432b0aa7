import { useMutation } from '@tanstack/react-query';
import { useCore } from '../core';
import { casesApi } from './cases_api';
import { useInvalidateCases } from './use_invalidate_cases';

export function useDeleteCases() {
  const { http } = useCore();
  const invalidate = useInvalidateCases();
  return useMutation({ mutationFn: (ids: string[]) => casesApi.delete(http, ids), onSettled: invalidate });
}

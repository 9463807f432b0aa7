import { useMutation } from '@tanstack/react-query';
import { useCore } from '../core';
import type { CustomFieldPutRequest } from '../../common/types/api/custom_field';
import { casesApi } from './cases_api';
import { useInvalidateCases } from './use_invalidate_cases';

export interface ReplaceCustomFieldArgs extends CustomFieldPutRequest {
  caseId: string;
  customFieldKey: string;
}

/**
 * Replaces one custom field value of a case, Kibana's way (one field, not the whole list, so two
 * analysts editing different fields only meet on the version). A stale `caseVersion` rejects
 * with statusCode 409; the caches are refreshed either way, as for a patch.
 */
export function useReplaceCustomField() {
  const { http } = useCore();
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ caseId, customFieldKey, caseVersion, value }: ReplaceCustomFieldArgs) =>
      casesApi.replaceCustomField(http, caseId, customFieldKey, { caseVersion, value }),
    onSettled: invalidate,
  });
}

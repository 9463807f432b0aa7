/** Adding, editing and deleting comments: each answers or changes the case, so all caches refresh. */
import { useMutation } from '@tanstack/react-query';
import type { AttachmentPatchRequest, AttachmentRequest } from '../../common/types/api/attachment';
import { useCore } from '../core';
import { casesApi } from './cases_api';
import { useInvalidateCases } from './use_invalidate_cases';

export function useAddComment(caseId: string) {
  const { http } = useCore();
  const invalidate = useInvalidateCases();
  return useMutation({ mutationFn: (request: AttachmentRequest) => casesApi.addComment(http, caseId, request), onSettled: invalidate });
}

/** A stale `version` rejects with statusCode 409; the caller keeps the edited text. */
export function useUpdateComment(caseId: string) {
  const { http } = useCore();
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (request: AttachmentPatchRequest) => casesApi.updateComment(http, caseId, request),
    onSettled: invalidate,
  });
}

export function useDeleteComment(caseId: string) {
  const { http } = useCore();
  const invalidate = useInvalidateCases();
  return useMutation({ mutationFn: (commentId: string) => casesApi.deleteComment(http, caseId, commentId), onSettled: invalidate });
}

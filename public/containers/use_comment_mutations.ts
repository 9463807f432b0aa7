/** Adding, editing and deleting comments: each answers or changes the case, so all caches refresh. */
import { useMutation } from '@tanstack/react-query';
import { LENS_ATTACHMENT_TYPE, type Owner } from '../../common/constants';
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

export interface VisualizationAttachmentUpdate {
  id: string;
  /** The attachment's version as last read: a stale one rejects with statusCode 409. */
  version: string;
  owner: Owner;
  /** The whole new `.lens` state: `{ attributes, timeRange }` (and Kibana's `metadata`, kept). */
  state: Record<string, unknown>;
}

/**
 * A visualization edited from the activity: the attachment is PATCHed with its new state, which
 * Kibana records as an `update` of the comment. Every cases query refreshes, the case (whose
 * attachment the feed draws) and its user actions among them.
 */
export function useUpdateVisualizationAttachment(caseId: string) {
  const { http } = useCore();
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: ({ id, version, owner, state }: VisualizationAttachmentUpdate) =>
      casesApi.updateComment(http, caseId, {
        id,
        version,
        type: 'persistableState',
        persistableStateAttachmentTypeId: LENS_ATTACHMENT_TYPE,
        persistableStateAttachmentState: state,
        owner,
      }),
    onSettled: invalidate,
  });
}

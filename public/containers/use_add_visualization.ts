/**
 * The comment box's "Add comment" with a visualization: the typed text (if any) as a user comment
 * and the chart as Kibana's `.lens` persistableState attachment, in one bulk create, so the case
 * never holds the note without its chart or the chart without its note.
 */
import { useMutation } from '@tanstack/react-query';
import { LENS_ATTACHMENT_TYPE, type Owner } from '../../common/constants';
import type { AttachmentRequest } from '../../common/types/api/attachment';
import type { AbsoluteTimeRange } from '../../common/visualizations/definition';
import type { LensAttributes } from '../../common/visualizations/lens/write_lens';
import { useCore } from '../core';
import { alertsApi } from './alerts_api';
import { useInvalidateCases } from './use_invalidate_cases';

export interface VisualizationToAdd {
  /** Lens' saved-object attributes, as the editor wrote them. */
  attributes: LensAttributes;
  timeRange: AbsoluteTimeRange;
}

export interface AddVisualizationRequest {
  /** Posted first, as a user comment, when there is one. */
  comment?: string;
  visualization: VisualizationToAdd;
  owner: Owner;
}

/** Kibana's Lens attachment: the attributes and the absolute range in the persistable state. */
export function lensAttachmentRequest({ attributes, timeRange }: VisualizationToAdd, owner: Owner): AttachmentRequest {
  return {
    type: 'persistableState',
    persistableStateAttachmentTypeId: LENS_ATTACHMENT_TYPE,
    persistableStateAttachmentState: { attributes, timeRange: { from: timeRange.from, to: timeRange.to } },
    owner,
  };
}

export function attachmentsToAdd({ comment, visualization, owner }: AddVisualizationRequest): AttachmentRequest[] {
  const text: AttachmentRequest[] = comment !== undefined && comment.trim() !== '' ? [{ type: 'user', comment, owner }] : [];
  return [...text, lensAttachmentRequest(visualization, owner)];
}

/** Answers the case, as the single add does, so the caller can keep its version current. */
export function useAddVisualization(caseId: string) {
  const { http } = useCore();
  const invalidate = useInvalidateCases();
  return useMutation({
    mutationFn: (request: AddVisualizationRequest) => alertsApi.bulkCreateAttachments(http, caseId, attachmentsToAdd(request)),
    onSettled: invalidate,
  });
}

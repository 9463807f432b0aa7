/**
 * The per-case limit an attachment type (or sub-type) declares, checked before adding: what the
 * case already holds plus what the request brings may not pass it (Kibana's limiter checker).
 */
import type { AnyAttachmentPayload } from '../../../common/types/domain/attachment';
import { badRequest } from '../../core';
import type { AttachmentLimit } from '../../attachment_framework/types';
import type { CasesClientArgs } from '../types';

const itemsOf = (limit: AttachmentLimit, payload: AnyAttachmentPayload) => limit.itemsIn?.(payload) ?? 1;

export const limitMessage = (limit: AttachmentLimit) => `Case has reached the maximum allowed number (${limit.max}) of attached ${limit.noun}.`;

export async function ensureWithinLimits(args: CasesClientArgs, caseId: string, payload: AnyAttachmentPayload): Promise<void> {
  const registry = args.registries.attachments;
  const definition = registry.get(payload.type);
  const subType = registry.subTypeOf(payload);
  const checks = [
    { limit: definition?.limit, sameKind: (_p: AnyAttachmentPayload) => true },
    { limit: subType?.limit, sameKind: (p: AnyAttachmentPayload) => registry.subTypeOf(p) === subType },
  ];
  for (const { limit, sameKind } of checks) {
    if (!limit) continue;
    const existing = (await args.services.attachments.allOfCase(caseId, [payload.type])).map((so) => so.attributes).filter(sameKind);
    const held = existing.reduce((sum, p) => sum + itemsOf(limit, p), 0);
    if (held + itemsOf(limit, payload) > limit.max) throw badRequest(limitMessage(limit));
  }
}

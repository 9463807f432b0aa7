/**
 * The per-case limit an attachment type (or sub-type) declares, checked before adding: what the
 * case already holds plus what the request brings may not pass it (Kibana's limiter checker).
 * Types that point at documents count distinct ids: those the case holds (already read for the
 * duplicate check) plus the new ones the request keeps.
 */
import type { AnyAttachmentPayload } from '../../../common/types/domain/attachment';
import { badRequest } from '../../core';
import type { AttachmentLimit } from '../../attachment_framework/types';
import type { ResolvedCasesConfig } from '../../config';
import type { CasesClientArgs } from '../types';

const itemsOf = (limit: AttachmentLimit, payload: AnyAttachmentPayload) => limit.itemsIn?.(payload) ?? 1;
const maxOf = (limit: AttachmentLimit, config: ResolvedCasesConfig) => (typeof limit.max === 'function' ? limit.max(config) : limit.max);
export const limitMessage = (limit: AttachmentLimit, config: ResolvedCasesConfig) =>
  `Case has reached the maximum allowed number (${maxOf(limit, config)}) of attached ${limit.noun}.`;

/** `held`: per document type, the ids the case already holds. */
export async function ensureWithinLimits(
  args: CasesClientArgs,
  caseId: string,
  requests: AnyAttachmentPayload[],
  held: Map<string, Set<string>> = new Map(),
): Promise<void> {
  const registry = args.registries.attachments;
  const checks = new Map<AttachmentLimit, { count: number; sameKind: (p: AnyAttachmentPayload) => boolean; type: string; documents: boolean }>();
  for (const payload of requests) {
    const definition = registry.get(payload.type);
    const subType = registry.subTypeOf(payload);
    const candidates = [
      { limit: definition?.limit, sameKind: (_p: AnyAttachmentPayload) => true, documents: Boolean(definition?.documents) },
      { limit: subType?.limit, sameKind: (p: AnyAttachmentPayload) => registry.subTypeOf(p) === subType, documents: false },
    ];
    for (const { limit, sameKind, documents } of candidates) {
      if (!limit) continue;
      const check = checks.get(limit) ?? { count: 0, sameKind, type: payload.type, documents };
      check.count += itemsOf(limit, payload);
      checks.set(limit, check);
    }
  }
  for (const [limit, { count, sameKind, type, documents }] of checks) {
    const max = maxOf(limit, args.config);
    // A request past the limit on its own fails without reading the case, as Kibana's checker does.
    if (count > max) throw badRequest(limitMessage(limit, args.config));
    const onCase = documents
      ? (held.get(type)?.size ?? 0)
      : (await args.services.attachments.allOfCase(caseId, [type])).map((so) => so.attributes).filter(sameKind).reduce((sum, p) => sum + itemsOf(limit, p), 0);
    if (onCase + count > max) throw badRequest(limitMessage(limit, args.config));
  }
}

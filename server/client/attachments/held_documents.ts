/**
 * Kibana's duplicate rule for attachments that point at documents: an alert id the case already
 * holds (or that an earlier attachment of the same request brings) is dropped from the
 * attachment, and an attachment left with no new id is not written; an event attachment any of
 * whose ids the case holds is dropped whole. The case's ids are read once per type per request.
 */
import type { AnyAttachmentPayload } from '../../../common/types/domain/attachment';
import { documentIdsOfCase, refsOf } from '../alerts/document_refs';
import type { CasesClientArgs } from '../types';

export interface HeldDocuments {
  /** The requests to write, with the ids already held removed. */
  kept: AnyAttachmentPayload[];
  /** Per type, the ids the case held before this request. */
  held: Map<string, Set<string>>;
}

/** Keeps `payload` in its own shape: a single id stays a string, several stay arrays. */
function withRefs(payload: AnyAttachmentPayload, idField: string, indexField: string, refs: Array<{ id: string; index: string }>): AnyAttachmentPayload {
  if (!Array.isArray(payload[idField])) return payload;
  return { ...payload, [idField]: refs.map((r) => r.id), [indexField]: refs.map((r) => r.index) };
}

export async function skipHeldDocuments(args: CasesClientArgs, caseId: string, requests: AnyAttachmentPayload[]): Promise<HeldDocuments> {
  const registry = args.registries.attachments;
  const held = new Map<string, Set<string>>();
  const seen = new Map<string, Set<string>>();
  const kept: AnyAttachmentPayload[] = [];
  for (const request of requests) {
    const spec = registry.get(request.type)?.documents;
    if (!spec) {
      kept.push(request);
      continue;
    }
    if (!held.has(request.type)) held.set(request.type, await documentIdsOfCase(args, caseId, request.type, spec));
    const onCase = held.get(request.type)!;
    const inRequest = seen.get(request.type) ?? new Set<string>();
    seen.set(request.type, inRequest);
    const refs = refsOf(spec, request);
    const fresh = refs.filter((r) => {
      const isNew = !onCase.has(r.id) && !inRequest.has(r.id);
      inRequest.add(r.id);
      return isNew;
    });
    if (spec.duplicates === 'attachment' ? fresh.length === refs.length : fresh.length > 0) {
      kept.push(withRefs(request, spec.idField, spec.indexField, fresh));
    }
  }
  return { kept, held };
}

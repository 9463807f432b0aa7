/**
 * The documents (alerts, events) an attachment points at, read through its type's
 * `documents` declaration, and the ones a case already holds. A case's ids are read once per
 * request, only the id field of its attachments, however the ids are spread over them.
 */
import type { AnyAttachmentPayload } from '../../../common/types/domain/attachment';
import type { DocumentReferences } from '../../attachment_framework/types';
import type { CasesClientArgs } from '../types';

export const asArray = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);

export interface DocumentRef {
  id: string;
  index: string;
}

/** The (id, index) pairs of one attachment, in its order. */
export function refsOf(spec: DocumentReferences, payload: AnyAttachmentPayload): DocumentRef[] {
  const ids = asArray(payload[spec.idField]);
  const indices = asArray(payload[spec.indexField]);
  return ids.map((id, i) => ({ id, index: indices[i] ?? indices[0] ?? '' }));
}

/** The registered types that point at documents, with their declarations. */
export function documentTypes(args: CasesClientArgs): Array<{ type: string; spec: DocumentReferences }> {
  return args.registries.attachments.list().flatMap((d) => (d.documents ? [{ type: d.type, spec: d.documents }] : []));
}

/** Every document id a case holds through attachments of `type`. */
export async function documentIdsOfCase(args: CasesClientArgs, caseId: string, type: string, spec: DocumentReferences): Promise<Set<string>> {
  const attachments = await args.services.attachments.documentFieldsOfCase(caseId, type, [spec.idField]);
  const ids = new Set<string>();
  for (const so of attachments) for (const id of asArray(so.attributes[spec.idField])) ids.add(id);
  return ids;
}

/** The alert ids a case holds: what status sync and case-id clean-up work on. */
export async function alertIdsOfCase(args: CasesClientArgs, caseId: string): Promise<string[]> {
  const alerts = documentTypes(args).filter((d) => d.spec.family === 'alerts');
  const ids = new Set<string>();
  for (const { type, spec } of alerts) for (const id of await documentIdsOfCase(args, caseId, type, spec)) ids.add(id);
  return [...ids];
}

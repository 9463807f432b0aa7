/**
 * How `cases-comments` travel: as Kibana's persisted comments. We store `case_id` beside the
 * case reference (per-case counts are one aggregation on it); Kibana has only the reference. So
 * export drops the attribute, and import derives it from the reference as the importer rewrote
 * it: a case imported as a new copy takes its comments along. A comment without its case
 * reference belongs to nothing and is refused. Its other references (Lens' data views) are kept
 * and exported back as they came.
 */
import { isLeft } from 'fp-ts/lib/Either';
import { formatErrors } from '../../../common/core/codec';
import { AttachmentMetaRt, type StoredAttachmentAttributes } from '../../../common/types/domain/attachment';
import { ImportDocumentError, type SavedObjectExchange } from '../../core';
import type { AttachmentTypeRegistry } from '../../attachment_framework/registry';
import { caseReference } from '../../services/attachment_service';
import { attachmentPayloadFromKibana, attachmentPayloadToKibana, otherAttachmentReferences, validateAttachmentPayload } from './comment_attachment';
import { commentMigrations } from './comment_migrations';
import { caseIdOf, exportedCaseReferences } from './comment_references';

/**
 * Kibana's comments carry model version 1 (the `eventId` mapping, which event attachments need)
 * and, in newer releases, 2 (a scripted mapping): neither changed the attributes, so the shape we
 * write is model version 1's, the oldest stamp a Kibana that stores event attachments reads.
 */
export const COMMENT_EXPORT_VERSION = '10.1.0';

const META_FIELDS = ['created_at', 'created_by', 'pushed_at', 'pushed_by', 'updated_at', 'updated_by'] as const;
/** Ours alone (`case_id`), or Kibana's removed sub-case field: never part of the payload. */
const NOT_PAYLOAD = new Set<string>([...META_FIELDS, 'case_id', 'associationType']);

function metaOf(attributes: Record<string, unknown>) {
  // 7.10 comments lack nothing here, but a hand-written one may: unset "when" fields are null.
  const meta = Object.fromEntries(META_FIELDS.map((field) => [field, attributes[field] ?? (field.startsWith('created') ? undefined : null)]));
  const decoded = AttachmentMetaRt.decode(meta);
  if (isLeft(decoded)) throw new ImportDocumentError(`Invalid comment: ${formatErrors(decoded.left)}`);
  return decoded.right;
}

export function createCommentExchange(attachmentTypes: AttachmentTypeRegistry): SavedObjectExchange {
  return {
    exportVersion: COMMENT_EXPORT_VERSION,
    requiredReferenceTypes: ['cases'],
    migrations: commentMigrations,

    toExport(object) {
      const { case_id: caseId, ...stored } = object.attributes as StoredAttachmentAttributes;
      const { payload, references } = attachmentPayloadToKibana(stored);
      return { attributes: payload, references: [...exportedCaseReferences(object.references, caseId), ...references] };
    },

    toImport(document) {
      const caseId = caseIdOf(document);
      const attributes = document.attributes;
      const meta = metaOf(attributes);
      const raw = Object.fromEntries(Object.entries(attributes).filter(([field]) => !NOT_PAYLOAD.has(field)));
      const payload = attachmentPayloadFromKibana(raw, document.references, { required: true });
      const valid = validateAttachmentPayload(attachmentTypes, payload);
      const stored: StoredAttachmentAttributes = { ...valid, ...meta, case_id: caseId };
      const references = [...caseReference(caseId), ...otherAttachmentReferences(raw, document.references)];
      return { attributes: stored as unknown as Record<string, unknown>, references };
    },
  };
}

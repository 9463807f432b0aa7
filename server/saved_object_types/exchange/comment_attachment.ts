/**
 * An attachment's payload as Kibana persists it and as we store it. They differ in one place: an
 * `externalReference` kept as a saved object (a `.files` file) holds the object's id in a
 * reference named `externalReferenceId`, of the object's type, not in its attributes; we keep
 * it as an attribute, since a case's files are one query on it. Comments and the payloads of
 * `comment` user actions both convert through here. Any other reference of a comment is kept
 * as it came (`otherAttachmentReferences`).
 */
import { isLeft } from 'fp-ts/lib/Either';
import type * as t from 'io-ts';
import { formatErrors } from '../../../common/core/codec';
import { CASE_REF_NAME, CASE_SAVED_OBJECT } from '../../../common/constants';
import type { AnyAttachmentPayload } from '../../../common/types/domain/attachment';
import { ImportDocumentError, type SavedObjectReference } from '../../core';
import { notRegisteredMessage } from '../../attachment_framework/request_codec';
import type { AttachmentTypeRegistry } from '../../attachment_framework/registry';
import { EXTERNAL_REFERENCE_REF_NAME } from './comment_references';
import { findReferenceId, isRecord } from './kibana_values';

/** The saved-object type an attachment's external reference is stored as, when it is one. */
function savedObjectStorageType(payload: Record<string, unknown>): string | undefined {
  if (payload.type !== 'externalReference') return undefined;
  const storage = payload.externalReferenceStorage;
  return isRecord(storage) && storage.type === 'savedObject' && typeof storage.soType === 'string' ? storage.soType : undefined;
}

/** Ours → Kibana's: the saved object's id leaves the attributes for a reference. */
export function attachmentPayloadToKibana(payload: Record<string, unknown>): { payload: Record<string, unknown>; references: SavedObjectReference[] } {
  const soType = savedObjectStorageType(payload);
  if (soType === undefined || typeof payload.externalReferenceId !== 'string') return { payload, references: [] };
  const { externalReferenceId, ...rest } = payload;
  return { payload: rest, references: [{ type: soType, name: EXTERNAL_REFERENCE_REF_NAME, id: externalReferenceId as string }] };
}

/**
 * Kibana's → ours: the saved object's id back from its (rewritten) reference. The object itself
 * need not exist here: a file stays behind when its case is exported, and the case shows the
 * attachment as a file that is no longer available, as Kibana does for a deleted one. An id
 * already in the attributes (hand-written files) is kept when there is no reference. With
 * neither, a comment is refused (`required`: it attaches nothing); a user action, a record of
 * the past, reads an empty id, as Kibana reads it.
 */
export function attachmentPayloadFromKibana(
  payload: Record<string, unknown>,
  references: readonly SavedObjectReference[],
  { required }: { required: boolean },
): Record<string, unknown> {
  const soType = savedObjectStorageType(payload);
  if (soType === undefined) return payload;
  const fromReference = findReferenceId(references, EXTERNAL_REFERENCE_REF_NAME, soType);
  const id = fromReference ?? (typeof payload.externalReferenceId === 'string' ? payload.externalReferenceId : '');
  if (id === '' && required) {
    throw new ImportDocumentError(`The ${String(payload.externalReferenceAttachmentTypeId)} attachment has no "${EXTERNAL_REFERENCE_REF_NAME}" reference of type "${soType}"`);
  }
  return { ...payload, externalReferenceId: id };
}

/**
 * The references a comment carries beyond its case and the one its attachment's id is read
 * from: Lens' data views when a Kibana comment holds Lens markdown, or whatever a persistable
 * state's sub-type extracted in the Kibana that wrote it. Nothing here reads them, but they are
 * kept as they came (and rewritten with the rest when the importer moves ids), so the comment
 * exports back as Kibana wrote it.
 */
export function otherAttachmentReferences(payload: Record<string, unknown>, references: readonly SavedObjectReference[]): SavedObjectReference[] {
  const soType = savedObjectStorageType(payload);
  return references.filter(
    (reference) =>
      !(reference.name === CASE_REF_NAME && reference.type === CASE_SAVED_OBJECT) &&
      !(soType !== undefined && reference.name === EXTERNAL_REFERENCE_REF_NAME && reference.type === soType),
  );
}

const check = (codec: t.Decoder<unknown, unknown>, value: unknown, what: string): void => {
  const decoded = codec.decode(value);
  if (isLeft(decoded)) throw new ImportDocumentError(`Invalid ${what}: ${formatErrors(decoded.left)}`);
};

/**
 * Checks an imported attachment as adding one does: its type (and, for `externalReference` and
 * `persistableState`, its sub-type) must be registered, and the payload must pass the type's
 * stored codec and, when the type (or sub-type) takes requests, its strict request codec, so an
 * import cannot store what the API would refuse. A registered sub-type made only by its own
 * route (`.files`, by upload) has no request codec: the stored shape is what it must match.
 */
export function validateAttachmentPayload(registry: AttachmentTypeRegistry, payload: Record<string, unknown>): AnyAttachmentPayload {
  if (typeof payload.type !== 'string') throw new ImportDocumentError('An attachment needs a string "type"');
  const definition = registry.get(payload.type);
  if (!definition) throw new ImportDocumentError(notRegisteredMessage(payload.type));
  check(definition.stored, payload, `${payload.type} attachment`);
  if (definition.request) check(definition.request, payload, `${payload.type} attachment`);
  if (definition.subTypeKey) {
    const subTypeId = payload[definition.subTypeKey];
    const subType = registry.subTypeOf(payload as AnyAttachmentPayload);
    if (!subType) throw new ImportDocumentError(notRegisteredMessage(`${payload.type} ${String(subTypeId)}`));
    if (subType.request) check(subType.request, payload, `${String(subTypeId)} attachment`);
  }
  return payload as AnyAttachmentPayload;
}

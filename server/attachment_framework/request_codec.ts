/**
 * The POST and PATCH bodies of the comments routes, built from the registry: the `type` field
 * picks the registered type's strict codec (and, for `externalReference`/`persistableState`, the
 * sub-type's), so the routes stay thin and a new type needs no edit here. The registry is read
 * at decode time, so the codecs can be built during setup, before every type has registered.
 */
import * as t from 'io-ts';
import { isLeft, isRight } from 'fp-ts/lib/Either';
import { AttachmentPatchIdsRt, type AttachmentPatchRequest, type AttachmentRequest } from '../../common/types/api/attachment';
import type { AnyAttachmentPayload } from '../../common/types/domain/attachment';
import type { AttachmentTypeRegistry } from './registry';

const isRecord = (u: unknown): u is Record<string, unknown> => u !== null && typeof u === 'object' && !Array.isArray(u);

export const notRegisteredMessage = (type: string) => `Attachment type ${type} is not registered.`;
export const notAcceptedMessage = (type: string) => `Attachments of type ${type} cannot be added through this route.`;

function validateRequest(registry: AttachmentTypeRegistry, u: unknown, ctx: t.Context): t.Validation<AnyAttachmentPayload> {
  if (!isRecord(u)) return t.failure(u, ctx);
  if (typeof u.type !== 'string') return t.failure(u.type, [...ctx, { key: 'type', type: t.string, actual: u.type }]);
  const definition = registry.get(u.type);
  if (!definition?.request) return t.failure(u.type, ctx, notRegisteredMessage(u.type));
  const decoded = definition.request.validate(u, ctx);
  if (isLeft(decoded) || !definition.subTypeKey) return decoded;
  const subTypeId = decoded.right[definition.subTypeKey];
  const subType = registry.subTypeOf(decoded.right);
  if (!subType) return t.failure(subTypeId, ctx, notRegisteredMessage(String(subTypeId)));
  // Registered, but made only by a route of its own (files by their upload): say so, not "unknown".
  if (!subType.request) return t.failure(subTypeId, ctx, notAcceptedMessage(String(subTypeId)));
  return subType.request.validate(decoded.right, ctx);
}

export const attachmentRequestCodec = (registry: AttachmentTypeRegistry) =>
  new t.Type<AttachmentRequest, AttachmentRequest, unknown>(
    'AttachmentRequest',
    (u): u is AttachmentRequest => isRight(validateRequest(registry, u, [])),
    (u, ctx) => validateRequest(registry, u, ctx),
    t.identity,
  );

/** A type's request plus `id` and `version`: the ids are checked apart so each type's codec stays strict. */
export const attachmentPatchCodec = (registry: AttachmentTypeRegistry) =>
  new t.Type<AttachmentPatchRequest, AttachmentPatchRequest, unknown>(
    'AttachmentPatchRequest',
    (u): u is AttachmentPatchRequest => isRecord(u) && AttachmentPatchIdsRt.is({ id: u.id, version: u.version }),
    (u, ctx) => {
      if (!isRecord(u)) return t.failure(u, ctx);
      const { id, version, ...rest } = u;
      const ids = AttachmentPatchIdsRt.validate({ id, version }, ctx);
      const payload = validateRequest(registry, rest, ctx);
      if (isLeft(ids) || isLeft(payload)) return t.failures([...(isLeft(ids) ? ids.left : []), ...(isLeft(payload) ? payload.left : [])]);
      return t.success({ ...payload.right, ...ids.right });
    },
    t.identity,
  );

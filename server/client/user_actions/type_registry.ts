/**
 * The user-action types and the payload codec of each, keyed by type: the extension point a
 * later feature registers its own actions with. Every entry is checked against it when written,
 * so a builder that produces a wrong payload fails loudly at write time instead of leaving an
 * entry the activity feed cannot read. The `comment` payload is checked by the attachment type
 * it names, so the registry of attachment types decides what a comment action may carry.
 */
import * as t from 'io-ts';
import { isLeft } from 'fp-ts/lib/Either';
import { formatErrors } from '../../../common/core/codec';
import { createKeyedRegistry } from '../../../common/registries/registry';
import type { AnyAttachmentPayload } from '../../../common/types/domain/attachment';
import { USER_ACTION_PAYLOAD_CODECS, USER_ACTION_TYPES } from '../../../common/types/domain/user_action';
import type { AttachmentTypeRegistry } from '../../attachment_framework/registry';

export type PayloadDecoder = t.Decoder<unknown, unknown>;

export class UserActionTypeRegistry {
  private readonly codecs = createKeyedRegistry<PayloadDecoder>('user-action type');

  register(type: string, payload: PayloadDecoder): void {
    this.codecs.register(type, payload);
  }

  freeze(): void {
    this.codecs.freeze();
  }

  has(type: string): boolean {
    return this.codecs.has(type);
  }

  /** Throws (a server bug, so a 500) when the entry's payload is not what its type declares. */
  validate(entry: { type: string; payload: unknown }): void {
    const codec = this.codecs.get(entry.type);
    if (!codec) throw new Error(`User-action type ${entry.type} is not registered`);
    const decoded = codec.decode(entry.payload);
    if (isLeft(decoded)) throw new Error(`Invalid ${entry.type} user-action payload: ${formatErrors(decoded.left)}`);
  }
}

/** `{ comment }` whose attachment is valid for its registered type. */
function commentPayload(attachmentTypes: AttachmentTypeRegistry): PayloadDecoder {
  const outer = USER_ACTION_PAYLOAD_CODECS.comment;
  return new t.Type<unknown, unknown, unknown>(
    'comment',
    (u): u is unknown => outer.is(u),
    (u, ctx) => {
      const decoded = outer.validate(u, ctx);
      if (isLeft(decoded)) return decoded;
      const attachment: AnyAttachmentPayload = decoded.right.comment;
      const definition = attachmentTypes.get(attachment.type);
      if (!definition) return t.failure(attachment.type, ctx, `Attachment type ${attachment.type} is not registered.`);
      const valid = definition.stored.validate(attachment, ctx);
      return isLeft(valid) ? valid : t.success(u);
    },
    t.identity,
  );
}

export function createUserActionTypeRegistry(attachmentTypes: AttachmentTypeRegistry): UserActionTypeRegistry {
  const registry = new UserActionTypeRegistry();
  for (const type of USER_ACTION_TYPES) {
    registry.register(type, type === 'comment' ? commentPayload(attachmentTypes) : USER_ACTION_PAYLOAD_CODECS[type]);
  }
  return registry;
}

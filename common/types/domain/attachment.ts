/**
 * Attachments (Kibana's "comments"). Each kind is a payload keyed by `type`, in Kibana's shapes.
 * The server's attachment-type registry decides which kinds a request may carry and how each is
 * stored and counted; the codecs here are the shapes themselves, so that documents of every kind
 * Kibana writes (user, alert, event, actions, externalReference, persistableState) read back.
 */
import * as t from 'io-ts';
import type { Owner } from '../../constants';
import { OwnerRt } from './enums';
import { UserRt } from './user';

const nullable = <C extends t.Mixed>(c: C) => t.union([c, t.null]);
const oneOrMany = t.union([t.string, t.array(t.string)]);

export const UserCommentPayloadRt = t.type({ type: t.literal('user'), comment: t.string, owner: OwnerRt });
export type UserCommentPayload = t.TypeOf<typeof UserCommentPayloadRt>;

export const AlertPayloadRt = t.type({
  type: t.literal('alert'),
  alertId: oneOrMany,
  index: oneOrMany,
  rule: t.type({ id: nullable(t.string), name: nullable(t.string) }),
  owner: OwnerRt,
});
export type AlertPayload = t.TypeOf<typeof AlertPayloadRt>;

export const EventPayloadRt = t.type({ type: t.literal('event'), eventId: oneOrMany, index: oneOrMany, owner: OwnerRt });

export const ActionsPayloadRt = t.type({
  type: t.literal('actions'),
  comment: t.string,
  actions: t.type({ targets: t.array(t.type({ hostname: t.string, endpointId: t.string })), type: t.string }),
  owner: OwnerRt,
});

export const ExternalReferenceStorageRt = t.union([
  t.type({ type: t.literal('elasticSearchDoc') }),
  t.type({ type: t.literal('savedObject'), soType: t.string }),
]);

/** Kibana's extension point for attachments stored elsewhere (`.files`, ...), keyed by `externalReferenceAttachmentTypeId`. */
export const ExternalReferencePayloadRt = t.type({
  type: t.literal('externalReference'),
  externalReferenceId: t.string,
  externalReferenceStorage: ExternalReferenceStorageRt,
  externalReferenceAttachmentTypeId: t.string,
  externalReferenceMetadata: nullable(t.record(t.string, t.unknown)),
  owner: OwnerRt,
});

/** Kibana's extension point for attachments carrying their own state (`.lens`, ...), keyed by `persistableStateAttachmentTypeId`. */
export const PersistableStatePayloadRt = t.type({
  type: t.literal('persistableState'),
  persistableStateAttachmentTypeId: t.string,
  persistableStateAttachmentState: t.record(t.string, t.unknown),
  owner: OwnerRt,
});

/** The kinds Kibana defines. A registered type outside these is an `AnyAttachmentPayload`. */
export const AttachmentPayloadRt = t.union([
  UserCommentPayloadRt,
  AlertPayloadRt,
  EventPayloadRt,
  ActionsPayloadRt,
  ExternalReferencePayloadRt,
  PersistableStatePayloadRt,
]);
export type AttachmentPayload = t.TypeOf<typeof AttachmentPayloadRt>;
export type AttachmentType = AttachmentPayload['type'];

/** What every attachment has, whatever its kind: the registry's view of a payload. */
export interface AnyAttachmentPayload {
  type: string;
  owner: Owner;
  [field: string]: unknown;
}

/** Checks only what every kind has; the registry's codec of the kind checks the rest. */
export const AnyAttachmentPayloadRt = t.type({ type: t.string, owner: OwnerRt }, 'attachment') as unknown as t.Type<AnyAttachmentPayload>;

export const AttachmentMetaRt = t.type({
  created_at: t.string,
  created_by: UserRt,
  pushed_at: nullable(t.string),
  pushed_by: nullable(UserRt),
  updated_at: nullable(t.string),
  updated_by: nullable(UserRt),
});
export type AttachmentMeta = t.TypeOf<typeof AttachmentMetaRt>;

export const AttachmentAttributesRt = t.intersection([AttachmentPayloadRt, AttachmentMetaRt]);
export type AttachmentAttributes = t.TypeOf<typeof AttachmentAttributesRt>;

/** Stored: the case id beside the attributes, so per-case counts are one terms aggregation. */
export type StoredAttachmentAttributes = AnyAttachmentPayload & AttachmentMeta & { case_id: string };

export const AttachmentRt = t.intersection([AttachmentAttributesRt, t.type({ id: t.string, version: t.string })]);
export type Attachment = t.TypeOf<typeof AttachmentRt>;

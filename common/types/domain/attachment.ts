/**
 * Attachments (Kibana's "comments"). The payload is a union on `type`; a user comment is the
 * only one written today, and the alert shape is declared so stored alerts read back. File and
 * observable attachments join the union the same way.
 */
import * as t from 'io-ts';
import { OwnerRt } from './enums';
import { UserRt } from './user';

const nullable = <C extends t.Mixed>(c: C) => t.union([c, t.null]);

export const UserCommentPayloadRt = t.type({ type: t.literal('user'), comment: t.string, owner: OwnerRt });

export const AlertPayloadRt = t.type({
  type: t.literal('alert'),
  alertId: t.union([t.string, t.array(t.string)]),
  index: t.union([t.string, t.array(t.string)]),
  rule: t.type({ id: nullable(t.string), name: nullable(t.string) }),
  owner: OwnerRt,
});

export const AttachmentPayloadRt = t.union([UserCommentPayloadRt, AlertPayloadRt]);
export type AttachmentPayload = t.TypeOf<typeof AttachmentPayloadRt>;
export type AttachmentType = AttachmentPayload['type'];

const AttachmentMetaRt = t.type({
  created_at: t.string,
  created_by: UserRt,
  pushed_at: nullable(t.string),
  pushed_by: nullable(UserRt),
  updated_at: nullable(t.string),
  updated_by: nullable(UserRt),
});

export const AttachmentAttributesRt = t.intersection([AttachmentPayloadRt, AttachmentMetaRt]);
export type AttachmentAttributes = t.TypeOf<typeof AttachmentAttributesRt>;

/** Stored: the case id beside the attributes, so per-case counts are one terms aggregation. */
export type StoredAttachmentAttributes = AttachmentAttributes & { case_id: string };

export const AttachmentRt = t.intersection([AttachmentAttributesRt, t.type({ id: t.string, version: t.string })]);
export type Attachment = t.TypeOf<typeof AttachmentRt>;

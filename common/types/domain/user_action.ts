/**
 * The append-only activity log of a case. Each entry says what was done (`action`) to which
 * part of the case (`type`) and carries the new value in `payload`, in Kibana's shapes: one
 * payload codec per type, checked when an entry is written, so a builder that produces a wrong
 * payload fails at write time instead of leaving an unreadable entry in the log.
 */
import * as t from 'io-ts';
import { strict, strictWithOptional } from '../../core/codec';
import { AnyAttachmentPayloadRt } from './attachment';
import { CaseCustomFieldRt } from './case';
import { CaseConnectorRt } from './connector';
import { CaseSeverityRt, CaseStatusRt, OwnerRt } from './enums';
import { ExternalServiceRt } from './external_service';
import { CaseSettingsRt } from './settings';
import { CaseAssigneeRt, UserRt } from './user';

export const USER_ACTION_ACTIONS = ['add', 'create', 'delete', 'update', 'push_to_service'] as const;
export type UserActionAction = (typeof USER_ACTION_ACTIONS)[number];

const nullable = <C extends t.Mixed>(c: C) => t.union([c, t.null]);

/**
 * Kibana's UserActionTypes and the payload each carries. `comment` is checked here only as
 * "some attachment"; the server narrows it with the attachment-type registry.
 */
export const USER_ACTION_PAYLOAD_CODECS = {
  assignees: strict({ assignees: t.array(CaseAssigneeRt) }, 'assignees'),
  category: strict({ category: nullable(t.string) }, 'category'),
  comment: strict({ comment: AnyAttachmentPayloadRt }, 'comment'),
  connector: strict({ connector: CaseConnectorRt }, 'connector'),
  create_case: strict(
    {
      title: t.string,
      description: t.string,
      tags: t.array(t.string),
      connector: CaseConnectorRt,
      settings: CaseSettingsRt,
      owner: OwnerRt,
      severity: CaseSeverityRt,
      assignees: t.array(CaseAssigneeRt),
      category: nullable(t.string),
      customFields: t.array(CaseCustomFieldRt),
      status: CaseStatusRt,
    },
    'create_case',
  ),
  customFields: strict({ customFields: t.array(CaseCustomFieldRt) }, 'customFields'),
  delete_case: strict({}, 'delete_case'),
  description: strict({ description: t.string }, 'description'),
  observables: strict({ observables: strict({ count: t.number, actionType: t.keyof({ add: null, update: null, delete: null }) }) }, 'observables'),
  pushed: strict({ externalService: ExternalServiceRt }, 'pushed'),
  // `syncedAlerts` (ours): how many alerts a change of a synced case set to its status.
  settings: strictWithOptional({ settings: CaseSettingsRt }, { syncedAlerts: t.number }, 'settings'),
  severity: strict({ severity: CaseSeverityRt }, 'severity'),
  status: strictWithOptional({ status: CaseStatusRt }, { syncedAlerts: t.number }, 'status'),
  tags: strict({ tags: t.array(t.string) }, 'tags'),
  title: strict({ title: t.string }, 'title'),
};

type PayloadCodecs = typeof USER_ACTION_PAYLOAD_CODECS;
export type UserActionType = keyof PayloadCodecs;
export type UserActionPayload<K extends UserActionType = UserActionType> = t.TypeOf<PayloadCodecs[K]>;
export const USER_ACTION_TYPES = Object.keys(USER_ACTION_PAYLOAD_CODECS).sort() as UserActionType[];

const UserActionCommonRt = t.type({
  action: t.keyof(Object.fromEntries(USER_ACTION_ACTIONS.map((a) => [a, null])) as Record<UserActionAction, null>),
  created_at: t.string,
  created_by: UserRt,
  owner: OwnerRt,
  comment_id: nullable(t.string),
});

/** `type` and its `payload` together, so reading `type` narrows the payload. */
export type TypedUserAction = { [K in UserActionType]: { type: K; payload: UserActionPayload<K> } }[UserActionType];

const typedMembers = USER_ACTION_TYPES.map((type) => t.type({ type: t.literal(type), payload: USER_ACTION_PAYLOAD_CODECS[type] }));
const TypedUserActionRt = t.union(typedMembers as unknown as [t.Mixed, t.Mixed, ...t.Mixed[]]) as unknown as t.Type<TypedUserAction>;

export const UserActionAttributesRt = t.intersection([UserActionCommonRt, TypedUserActionRt]);
export type UserActionAttributes = t.TypeOf<typeof UserActionCommonRt> & TypedUserAction;

/** Stored: the case id beside the attributes (also a reference), for cascades and filters. */
export type StoredUserActionAttributes = UserActionAttributes & { case_id: string };

/** As `_find` returns it. */
export const UserActionRt = t.intersection([UserActionAttributesRt, t.type({ id: t.string, version: t.string })]);
export type UserAction = UserActionAttributes & { id: string; version: string };

/** As the deprecated `GET .../user_actions` returns it. */
export type LegacyUserAction = UserActionAttributes & { action_id: string; case_id: string };

/**
 * The append-only activity log of a case. Each entry says what was done (`action`) to which
 * part of the case (`type`) and carries the new value in `payload`, in Kibana's shapes.
 */
import * as t from 'io-ts';
import { OwnerRt } from './enums';
import { UserRt } from './user';

export const USER_ACTION_ACTIONS = ['add', 'create', 'delete', 'update', 'push_to_service'] as const;
export type UserActionAction = (typeof USER_ACTION_ACTIONS)[number];

export const USER_ACTION_TYPES = [
  'assignees',
  'category',
  'comment',
  'connector',
  'create_case',
  'customFields',
  'delete_case',
  'description',
  'pushed',
  'settings',
  'severity',
  'status',
  'tags',
  'title',
] as const;
export type UserActionType = (typeof USER_ACTION_TYPES)[number];

export const UserActionAttributesRt = t.type({
  action: t.keyof(Object.fromEntries(USER_ACTION_ACTIONS.map((a) => [a, null])) as Record<UserActionAction, null>),
  type: t.keyof(Object.fromEntries(USER_ACTION_TYPES.map((a) => [a, null])) as Record<UserActionType, null>),
  /** The new value, keyed by the field: `{ title }`, `{ status }`, `{ comment: {...} }`; null for delete_case. */
  payload: t.union([t.record(t.string, t.unknown), t.null]),
  created_at: t.string,
  created_by: UserRt,
  owner: OwnerRt,
  comment_id: t.union([t.string, t.null]),
});
export type UserActionAttributes = t.TypeOf<typeof UserActionAttributesRt>;

/** Stored: the case id beside the attributes (also a reference), for cascades and filters. */
export type StoredUserActionAttributes = UserActionAttributes & { case_id: string };

/** As `_find` returns it. */
export const UserActionRt = t.intersection([UserActionAttributesRt, t.type({ id: t.string, version: t.string })]);
export type UserAction = t.TypeOf<typeof UserActionRt>;

/** As the deprecated `GET .../user_actions` returns it. */
export type LegacyUserAction = UserActionAttributes & { action_id: string; case_id: string };

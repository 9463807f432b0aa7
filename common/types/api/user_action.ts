/** Requests and responses of the user-action routes. */
import * as t from 'io-ts';
import { strictPartial } from '../../core/codec';
import { MAX_USER_ACTIONS_PER_PAGE } from '../../constants';
import { USER_ACTION_TYPES, UserActionRt } from '../domain/user_action';
import { numberFromQuery, oneOrMany, SortOrderRt, withPagination } from './request_codecs';

/** Kibana's groupings beside the plain types: `action` (all but user comments), `user`, `alert`, `attachment`. */
export const USER_ACTION_FIND_TYPES = [...USER_ACTION_TYPES, 'action', 'alert', 'user', 'attachment'] as const;
export type UserActionFindType = (typeof USER_ACTION_FIND_TYPES)[number];

const FindTypeRt = t.keyof(Object.fromEntries(USER_ACTION_FIND_TYPES.map((x) => [x, null])) as Record<UserActionFindType, null>, 'types');

export const UserActionFindQueryRt = withPagination(
  strictPartial(
    {
      types: oneOrMany(FindTypeRt, 'types', { max: USER_ACTION_FIND_TYPES.length }),
      sortOrder: SortOrderRt,
      page: numberFromQuery('page'),
      perPage: numberFromQuery('perPage'),
    },
    'UserActionFindRequest',
  ),
  MAX_USER_ACTIONS_PER_PAGE,
);
export type UserActionFindQuery = t.TypeOf<typeof UserActionFindQueryRt>;

export const UserActionFindResponseRt = t.type({ userActions: t.array(UserActionRt), page: t.number, perPage: t.number, total: t.number });
export type UserActionFindResponse = t.TypeOf<typeof UserActionFindResponseRt>;

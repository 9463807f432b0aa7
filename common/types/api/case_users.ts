/**
 * `GET /internal/cases/{case_id}/_users`: the people of one case, in Kibana's shape. Each entry
 * names the user as their profile knows them (or as the case recorded them, for a user without
 * a profile) and carries the profile uid when there is one.
 */
import * as t from 'io-ts';
import { strict, strictWithOptional } from '../../core/codec';

const NullableStringRt = t.union([t.string, t.null]);

export const CaseUserRt = strictWithOptional(
  { user: strict({ email: NullableStringRt, full_name: NullableStringRt, username: NullableStringRt }) },
  { uid: t.string },
  'CaseUser',
);
export type CaseUser = t.TypeOf<typeof CaseUserRt>;

export const GetCaseUsersResponseRt = strict(
  {
    participants: t.array(CaseUserRt),
    assignees: t.array(CaseUserRt),
    unassignedUsers: t.array(CaseUserRt),
    reporter: CaseUserRt,
  },
  'GetCaseUsersResponse',
);
export type GetCaseUsersResponse = t.TypeOf<typeof GetCaseUsersResponseRt>;

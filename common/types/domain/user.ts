/** A user as cases record it in `created_by`, `updated_by`, `closed_by`, `pushed_by`. */
import * as t from 'io-ts';

export const UserRt = t.intersection([
  t.type({
    email: t.union([t.string, t.null]),
    full_name: t.union([t.string, t.null]),
    username: t.union([t.string, t.null]),
  }),
  t.partial({ profile_uid: t.string }),
]);
export type User = t.TypeOf<typeof UserRt>;

/** An assignee is a user profile id; names are looked up at display time. */
export const CaseAssigneeRt = t.type({ uid: t.string });
export type CaseAssignee = t.TypeOf<typeof CaseAssigneeRt>;

/** `GET /internal/cases/{case_id}/_users`: the people of one case, for its Participants list. */
import { INTERNAL_CASE_USERS_URL } from '../../common/constants';
import { CaseIdParamsRt } from '../../common/types/api/case';
import type { RouteDeps } from './types';

export function registerCaseUsersRoutes({ router, getClient }: RouteDeps): void {
  router.get(
    { path: INTERNAL_CASE_USERS_URL, validate: { params: CaseIdParamsRt }, options: { access: 'internal' } },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).userActions.getUsers(req.params.case_id) }),
  );
}

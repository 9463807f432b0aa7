/** The user-action routes. */
import { CASE_FIND_USER_ACTIONS_URL, CASE_USER_ACTIONS_URL } from '../../common/constants';
import { CaseIdParamsRt } from '../../common/types/api/case';
import { UserActionFindQueryRt } from '../../common/types/api/user_action';
import { deprecationHeaders } from './deprecated_endpoint';
import type { RouteDeps } from './types';

export function registerUserActionRoutes({ router, getClient, kibanaVersion }: RouteDeps): void {
  const options = { access: 'public' as const };

  router.get(
    { path: CASE_FIND_USER_ACTIONS_URL, validate: { params: CaseIdParamsRt, query: UserActionFindQueryRt }, options },
    async (ctx, req, res) => res.ok({ body: await getClient(ctx).userActions.find(req.params.case_id, req.query) }),
  );

  /** Deprecated in Kibana 8.1, still served. */
  router.get({ path: CASE_USER_ACTIONS_URL, validate: { params: CaseIdParamsRt }, options }, async (ctx, req, res) =>
    res.ok({ body: await getClient(ctx).userActions.getAll(req.params.case_id), headers: deprecationHeaders(kibanaVersion) }),
  );
}

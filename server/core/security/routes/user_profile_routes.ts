/**
 * `POST /internal/security/user_profile/_bulk_get`: profiles by uid, as Kibana's security plugin
 * serves them, so the UI can show assignees stored as uids. Any authenticated user may read
 * these display fields; unknown uids are left out of the answer, as in Kibana.
 */
import * as t from 'io-ts';
import { limitedArray, limitedString, strictWithOptional } from '../../../../common/core/codec';
import type { IRouter } from '../../http/types';
import { toUserProfile } from '../../../../common/core/user_profile';
import { toUserSummary } from '../user_store';
import type { SecurityRouteDeps } from './route_deps';

/** Kibana's own limit on one bulk get of profiles. */
const MAX_UIDS = 1000;

const bulkGetBody = strictWithOptional(
  { uids: limitedArray(limitedString('uid', { min: 1, max: 512 }), 'uids', { max: MAX_UIDS }) },
  { dataPath: t.string },
);

export function registerUserProfileRoutes(router: IRouter, deps: SecurityRouteDeps): void {
  router.post(
    { path: '/internal/security/user_profile/_bulk_get', validate: { body: bulkGetBody }, options: { access: 'internal' } },
    async (_context, request, response) => {
      const { users } = deps.runtime();
      const found = await Promise.all([...new Set(request.body.uids)].map((uid) => users.getByProfileUid(uid)));
      const profiles = found.flatMap((user) => (user ? [toUserProfile(toUserSummary(user))] : []));
      return response.ok({ body: profiles });
    },
  );
}

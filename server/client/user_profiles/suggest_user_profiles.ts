/**
 * Users an assignee picker may offer, as Kibana's `_suggest_user_profiles`: the caller must be
 * able to read cases of the owners asked for, and only users who can read cases of every one of
 * those owners in this space are suggested, so a case is never assigned to someone who could not open it.
 */
import type { SuggestUserProfilesRequest } from '../../../common/types/api/user_profile';
import { type UserProfile, toUserProfile } from '../../../common/core/user_profile';
import { privilegeAction } from '../../core';
import { ensureAuthorized, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';

const DEFAULT_SIZE = 10;

export async function suggestUserProfiles(args: CasesClientArgs, request: SuggestUserProfilesRequest): Promise<UserProfile[]> {
  await ensureAuthorized(args, Operations.suggestUserProfiles, request.owners);
  const owners = [...new Set(request.owners)];
  const actions = owners.map((owner) => privilegeAction(Operations.getCase.privilege, owner));
  const users = await args.users.find(request.name, request.size ?? DEFAULT_SIZE, { spaceId: args.spaceId, actions });
  return users.map(toUserProfile);
}

/**
 * Users an assignee picker may offer: anyone may see who exists only when they may act on
 * cases of the owners asked for, as in Kibana.
 */
import type { SuggestUserProfilesRequest } from '../../../common/types/api/user_profile';
import { type UserProfile, toUserProfile } from '../../../common/core/user_profile';
import { ensureAuthorized, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';

const DEFAULT_SIZE = 10;

export async function suggestUserProfiles(args: CasesClientArgs, request: SuggestUserProfilesRequest): Promise<UserProfile[]> {
  await ensureAuthorized(args, Operations.suggestUserProfiles, request.owners);
  const users = await args.users.find(request.name, request.size ?? DEFAULT_SIZE);
  return users.map(toUserProfile);
}

/** Users and mocked routes shared by the picker and create-page tests. */
import type { UserProfile } from '../../../common/core/user_profile';
import type { RecordedRequest } from '../../core/mocks';

const profile = (uid: string, username: string, full_name: string, email: string): UserProfile => ({
  uid,
  enabled: true,
  user: { username, full_name, email },
  data: {},
});

export const ALICE = profile('u_alice', 'alice', 'Alice Analyst', 'alice@example.com');
export const BOB = profile('u_bob', 'bob', 'Bob Builder', 'bob@example.com');
export const CAROL = profile('u_carol', 'carol', 'Carol Responder', 'carol@example.com');
export const USERS = [ALICE, BOB, CAROL];

/** Answers like the server: suggestions by name, profiles by uid. */
export const userProfileRoutes = {
  'POST /internal/cases/_suggest_user_profiles': (request: RecordedRequest) => {
    const name = String((request.body as { name: string }).name).toLowerCase();
    return {
      body: USERS.filter((user) => [user.user.username, user.user.full_name, user.user.email].some((field) => field?.toLowerCase().includes(name))),
    };
  },
  'POST /internal/security/user_profile/_bulk_get': (request: RecordedRequest) => {
    const { uids } = request.body as { uids: string[] };
    return { body: USERS.filter((user) => uids.includes(user.uid)) };
  },
};

import { fakeRequest } from './__fixtures__/fake_request';
import { testUser } from './__fixtures__/test_users';
import { createCurrentUserRegistry } from './current_user';

describe('current user of a request', () => {
  it('answers the user the platform authenticated for that request, and null for any other', () => {
    const registry = createCurrentUserRegistry();
    const routed = fakeRequest();
    const anonymous = fakeRequest();
    registry.remember(routed, testUser(['superuser']));
    registry.remember(anonymous, undefined);
    expect(registry.getCurrentUser(routed)).toMatchObject({ username: 'elastic' });
    expect(registry.getCurrentUser(anonymous)).toBeNull();
    expect(registry.getCurrentUser(fakeRequest())).toBeNull();
  });
});

/** An authenticated user for tests: `elastic` when the roles include superuser, `alice` otherwise. */
import type { AuthenticatedUser } from '../types';

export const testUser = (roles: string[], overrides: Partial<AuthenticatedUser> = {}): AuthenticatedUser => ({
  username: roles.includes('superuser') ? 'elastic' : 'alice',
  full_name: null,
  email: null,
  roles,
  enabled: true,
  profile_uid: 'u_1',
  metadata: {},
  authentication_realm: { name: 'native', type: 'native' },
  lookup_realm: { name: 'native', type: 'native' },
  authentication_provider: { type: 'http', name: '__http__' },
  authentication_type: 'realm',
  ...overrides,
});

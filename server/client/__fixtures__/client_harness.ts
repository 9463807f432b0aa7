/** Test-only: a CasesClient on the real SQLite backend in memory, with a recording authorization hook. */
import { createSqliteBackend } from '../../core/saved_objects/sqlite/sqlite_backend';
import { TypeRegistry } from '../../core/saved_objects/type_registry';
import { createScopedClient } from '../../core/saved_objects/scoped_client';
import { forbidden } from '../../core/errors';
import type { AuthenticatedUser, AuthorizationService, EnsureAuthorizedArgs } from '../../core/security/types';
import { testUser } from '../../core/security/__fixtures__/test_users';
import { casesSavedObjectTypes } from '../../saved_object_types';
import { createCasesClientFactory, type CasesClient } from '..';
import type { CasePostRequest } from '../../../common/types/api/case';

export const admin: AuthenticatedUser = testUser(['superuser'], { full_name: 'Elastic Admin', email: 'admin@example.com', profile_uid: 'u_elastic' });

/** A fixed user directory: what CoreStart.security.users would list. */
export const DIRECTORY_USERS = [
  { username: 'elastic', full_name: 'Elastic Admin', email: 'admin@example.com', profile_uid: 'u_elastic' },
  { username: 'alice', full_name: 'Alice Analyst', email: 'alice@example.com', profile_uid: 'u_alice' },
  { username: 'bob', full_name: null, email: null, profile_uid: 'u_bob' },
];

const DIRECTORY = {
  async find(search = '', size = 20) {
    const needle = search.toLowerCase();
    return DIRECTORY_USERS.filter((u) => [u.username, u.full_name ?? ''].some((v) => v.toLowerCase().includes(needle))).slice(0, size);
  },
  async getByProfileUid(uid: string) {
    return DIRECTORY_USERS.find((u) => u.profile_uid === uid);
  },
};

export interface Harness {
  client(spaceId?: string, user?: AuthenticatedUser): CasesClient;
  calls: Array<{ kind: 'ensure' | 'owners'; name: string; owners: string[] }>;
  clock: { now: number };
  /** Owners the caller may read; all when undefined. */
  allowed: { owners?: string[] };
  close(): Promise<void>;
}

export async function createHarness(): Promise<Harness> {
  const registry = new TypeRegistry();
  for (const type of casesSavedObjectTypes) registry.registerType(type);
  const backend = createSqliteBackend({ path: ':memory:', registry });
  await backend.start();
  const calls: Harness['calls'] = [];
  const allowed: Harness['allowed'] = {};
  const permitted = (args: EnsureAuthorizedArgs) => args.owners.filter((o) => !allowed.owners || allowed.owners.includes(o));
  const authz: AuthorizationService = {
    async ensureAuthorized(args) {
      calls.push({ kind: 'ensure', name: args.operation.name, owners: args.owners });
      if (permitted(args).length !== args.owners.length || (args.owners.length === 0 && allowed.owners?.length === 0)) {
        throw forbidden(`Unauthorized to ${args.operation.name}`);
      }
    },
    async getAuthorizedOwners(args) {
      calls.push({ kind: 'owners', name: args.operation.name, owners: args.owners });
      return permitted(args);
    },
  };
  const clock = { now: Date.parse('2024-01-01T00:00:00.000Z') };
  const factory = createCasesClientFactory({ authz, users: DIRECTORY, now: () => new Date(clock.now) });
  return {
    calls,
    clock,
    allowed,
    client: (spaceId = 'default', user = admin) =>
      factory({ spaceId, user, savedObjects: createScopedClient(backend.repository, { namespace: spaceId, user: user.profile_uid }) }),
    close: () => backend.close(),
  };
}

export const newCase = (overrides: Partial<CasePostRequest> = {}): CasePostRequest => ({
  title: 'Suspicious login',
  description: 'Many failed logins from one host',
  tags: ['auth'],
  connector: { id: 'none', name: 'none', type: '.none', fields: null },
  settings: { syncAlerts: true },
  owner: 'securitySolution',
  ...overrides,
});

import { testUser } from './__fixtures__/test_users';
import { createTestLogger } from './__fixtures__/test_logger';
import { createAuditLogger } from './audit_logger';
import { createAuthorizationService as createWithAudit } from './authorization_service';
import type { AuthenticatedUser, EnsureAuthorizedArgs } from './types';

const user = (roles: string[]) => testUser(roles);

const args = (u: AuthenticatedUser | undefined): EnsureAuthorizedArgs => ({
  user: u,
  spaceId: 'default',
  operation: { name: 'createCase', savedObjectType: 'cases', action: 'write' },
  owners: ['securitySolution', 'cases'],
});

const createAuthorizationService = (logger: Parameters<typeof createAuditLogger>[0]) => createWithAudit(createAuditLogger(logger));

describe('authorization', () => {
  // Kibana's audit log records successes too; at debug they would vanish at the default level.
  it('allows superusers and audits the decision in ECS at info', async () => {
    const { logger, lines } = createTestLogger();
    const authz = createAuthorizationService(logger);
    await expect(authz.ensureAuthorized(args(user(['superuser'])))).resolves.toBeUndefined();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'elastic was authorized to createCase',
      'log.logger': 'security.audit',
      event: { action: 'createCase', outcome: 'success', type: ['change'] },
      user: { name: 'elastic' },
      kibana: { space_id: 'default', saved_object: { type: 'cases' }, authorization: { owners: ['securitySolution', 'cases'] } },
    });
  });

  it('denies others with a 403 naming the operation and owners, audited as failure', async () => {
    const { logger, lines } = createTestLogger();
    const authz = createAuthorizationService(logger);
    await expect(authz.ensureAuthorized(args(user(['analyst'])))).rejects.toMatchObject({
      statusCode: 403,
      message: 'Unauthorized to createCase cases with owners: "securitySolution, cases"',
    });
    expect(lines[0]).toMatchObject({ level: 30, event: { action: 'createCase', outcome: 'failure' }, user: { name: 'alice' } });
  });

  it('audits the owners a search was narrowed to', async () => {
    const { logger, lines } = createTestLogger();
    await createAuthorizationService(logger).getAuthorizedOwners(args(user(['superuser'])));
    expect(lines[0]).toMatchObject({ level: 30, event: { outcome: 'success' }, kibana: { authorization: { owners: ['securitySolution', 'cases'] } } });
  });

  it('answers 401 without a user', async () => {
    const authz = createAuthorizationService(createTestLogger().logger);
    await expect(authz.ensureAuthorized(args(undefined))).rejects.toMatchObject({ statusCode: 401 });
    await expect(authz.getAuthorizedOwners(args(undefined))).rejects.toMatchObject({ statusCode: 401 });
  });

  it('gives superusers every owner and others none', async () => {
    const authz = createAuthorizationService(createTestLogger().logger);
    await expect(authz.getAuthorizedOwners(args(user(['superuser'])))).resolves.toEqual(['securitySolution', 'cases']);
    await expect(authz.getAuthorizedOwners(args(user(['analyst'])))).resolves.toEqual([]);
  });
});

import { testUser } from './__fixtures__/test_users';
import type { AuditEvent } from './audit_logger';
import { createAuthorizationService } from './authorization_service';
import { TEST_FEATURES, createMemoryRoleSource, role } from './privileges/__fixtures__/test_features';
import { createPrivilegeEngine } from './privileges/privilege_engine';
import type { AuthenticatedUser, AuthorizationOperation, EnsureAuthorizedArgs } from './types';

const verbs = {
  create: { present: 'create', progressive: 'creating', past: 'created' },
  access: { present: 'access', progressive: 'accessing', past: 'accessed' },
};

const createCase: AuthorizationOperation = {
  name: 'createCase',
  savedObjectType: 'cases',
  action: 'write',
  privilege: { namespace: 'cases', name: 'createCase' },
  audit: { action: 'case_create', ecsType: 'creation', verbs: verbs.create, docType: 'case' },
};
const findCases: AuthorizationOperation = {
  name: 'findCases',
  savedObjectType: 'cases',
  action: 'read',
  privilege: { namespace: 'cases', name: 'getCase' },
  audit: { action: 'case_find', ecsType: 'access', verbs: verbs.access, docType: 'cases' },
};
const ingest: AuthorizationOperation = {
  name: 'ingestAlerts',
  savedObjectType: 'alert',
  action: 'write',
  privilege: { namespace: 'cases', name: 'ingestAlerts' },
  audit: { action: 'alerts_ingest', ecsType: 'creation', verbs: verbs.create, docType: 'alerts' },
};

const superuser = testUser(['superuser']);
const secWriter = testUser(['sec_writer'], { username: 'writer' });
const secReader = testUser(['sec_reader'], { username: 'reader' });
const euOnly = testUser(['eu_only'], { username: 'eu' });

function setup(disabled: Record<string, string[]> = {}) {
  const events: AuditEvent[] = [];
  const roles = createMemoryRoleSource([
    role('sec_writer', [{ feature: { secCases: ['all'] } }]),
    role('sec_reader', [{ feature: { secCases: ['read'] } }]),
    role('eu_only', [{ spaces: ['soc-eu'], feature: { secCases: ['all'], obsCases: ['all'] } }]),
  ]);
  const engine = createPrivilegeEngine({ features: () => TEST_FEATURES, roles, disabledFeatures: (id) => disabled[id] ?? [] });
  return { events, authz: createAuthorizationService({ log: (e) => void events.push(e) }, engine) };
}

const args = (user: AuthenticatedUser | undefined, operation: AuthorizationOperation, owners: string[], more: Partial<EnsureAuthorizedArgs> = {}): EnsureAuthorizedArgs => ({
  user,
  spaceId: 'default',
  operation,
  owners,
  ...more,
});

describe('authorization', () => {
  it('allows an operation whose action the roles hold for every owner, auditing each entity in Kibana words', async () => {
    const { authz, events } = setup();
    const entities = [
      { id: 'c1', owner: 'sec' },
      { id: 'c2', owner: 'sec' },
    ];
    await expect(authz.ensureAuthorized(args(secWriter, createCase, ['sec'], { entities }))).resolves.toBeUndefined();
    expect(events).toEqual([
      {
        message: 'User is creating cases [id=c1] as owner "sec"',
        event: { action: 'case_create', category: ['database'], type: ['creation'], outcome: 'unknown' },
        user: { name: 'writer', roles: ['sec_writer'] },
        kibana: { space_id: 'default', saved_object: { type: 'cases', id: 'c1' } },
      },
      expect.objectContaining({ message: 'User is creating cases [id=c2] as owner "sec"' }),
    ]);
  });

  it('audits a read without entities as one success about any owners', async () => {
    const { authz, events } = setup();
    await authz.ensureAuthorized(args(secReader, findCases, ['sec']));
    expect(events).toEqual([
      {
        message: 'User has accessed a cases as any owners',
        event: { action: 'case_find', category: ['database'], type: ['access'], outcome: 'success' },
        user: { name: 'reader', roles: ['sec_reader'] },
        kibana: { space_id: 'default' },
      },
    ]);
  });

  it('refuses with 403 naming every owner asked when one is not held, audited as failure', async () => {
    const { authz, events } = setup();
    const entities = [
      { id: 'c1', owner: 'sec' },
      { id: 'c2', owner: 'obs' },
    ];
    await expect(authz.ensureAuthorized(args(secWriter, createCase, ['sec', 'obs', 'sec'], { entities }))).rejects.toMatchObject({
      statusCode: 403,
      message: 'Unauthorized to create case with owners: "sec, obs"',
    });
    expect(events.map((e) => [e.message, e.event.outcome, e.error?.message])).toEqual([
      ['Failed attempt to create cases [id=c1] as owner "sec"', 'failure', 'Unauthorized to create case with owners: "sec, obs"'],
      ['Failed attempt to create cases [id=c2] as owner "obs"', 'failure', 'Unauthorized to create case with owners: "sec, obs"'],
    ]);
  });

  it('refuses a reader a write on an object it can see with 403, not 404', async () => {
    const { authz } = setup();
    await expect(authz.ensureAuthorized(args(secReader, createCase, ['sec'], { entities: [{ id: 'c1', owner: 'sec' }] }))).rejects.toMatchObject({
      statusCode: 403,
    });
  });

  it('answers 404 for an object in a space where the caller holds nothing, 403 without entities', async () => {
    const { authz, events } = setup();
    await expect(authz.ensureAuthorized(args(euOnly, findCases, ['sec'], { entities: [{ id: 'c9', owner: 'sec' }] }))).rejects.toMatchObject({
      statusCode: 404,
      message: 'Saved object [cases/c9] not found',
    });
    expect(events[0]).toMatchObject({ event: { outcome: 'failure' }, error: { message: 'Saved object [cases/c9] not found' } });
    await expect(authz.ensureAuthorized(args(euOnly, findCases, ['sec']))).rejects.toMatchObject({ statusCode: 403 });
    await expect(authz.ensureAuthorized(args(euOnly, findCases, ['sec'], { spaceId: 'soc-eu', entities: [{ id: 'c9', owner: 'sec' }] }))).resolves.toBeUndefined();
  });

  it('refuses even the superuser an owner whose feature the space disables, with 403', async () => {
    const { authz } = setup({ locked: ['secCases'] });
    await expect(authz.ensureAuthorized(args(superuser, createCase, ['sec'], { spaceId: 'locked', entities: [{ id: 'c1', owner: 'sec' }] }))).rejects.toMatchObject({
      statusCode: 403,
      message: 'Unauthorized to create case with owners: "sec"',
    });
    await expect(authz.ensureAuthorized(args(superuser, createCase, ['obs'], { spaceId: 'locked' }))).resolves.toBeUndefined();
    await expect(authz.getAuthorizedOwners(args(superuser, findCases, ['sec', 'obs'], { spaceId: 'locked' }))).resolves.toEqual(['obs']);
  });

  it('lets only the superuser do what no feature grants', async () => {
    const { authz } = setup();
    await expect(authz.ensureAuthorized(args(superuser, ingest, ['securitySolution']))).resolves.toBeUndefined();
    await expect(authz.ensureAuthorized(args(secWriter, ingest, ['securitySolution']))).rejects.toMatchObject({
      statusCode: 403,
      message: 'Unauthorized to create alerts with owners: "securitySolution"',
    });
  });

  it('narrows a search to the readable owners, and refuses one with none', async () => {
    const { authz, events } = setup();
    await expect(authz.getAuthorizedOwners(args(secReader, findCases, ['sec', 'obs']))).resolves.toEqual(['sec']);
    await expect(authz.getAuthorizedOwners(args(superuser, findCases, ['sec', 'obs']))).resolves.toEqual(['sec', 'obs']);
    events.length = 0;
    await expect(authz.getAuthorizedOwners(args(euOnly, findCases, ['sec', 'obs']))).rejects.toMatchObject({
      statusCode: 403,
      message: 'Unauthorized to access cases of any owner',
    });
    expect(events).toEqual([expect.objectContaining({ message: 'Failed attempt to access a cases as any owners', event: expect.objectContaining({ outcome: 'failure' }) })]);
  });

  it('answers 401 without a user, audited as failure', async () => {
    const { authz, events } = setup();
    await expect(authz.ensureAuthorized(args(undefined, findCases, ['sec']))).rejects.toMatchObject({ statusCode: 401 });
    await expect(authz.getAuthorizedOwners(args(undefined, findCases, ['sec']))).rejects.toMatchObject({ statusCode: 401 });
    expect(events.map((e) => e.event.outcome)).toEqual(['failure', 'failure']);
  });

  it('tells what a user holds in a space', async () => {
    const { authz } = setup();
    await expect(authz.getSpacePrivileges(euOnly, 'default')).resolves.toMatchObject({ hasAnyPrivilege: false });
    const eu = await authz.getSpacePrivileges(euOnly, 'soc-eu');
    expect(eu.ui.obsCases).toMatchObject({ create_cases: true, delete_cases: true });
  });
});

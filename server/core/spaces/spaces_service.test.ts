import { testUser } from '../security/__fixtures__/test_users';
import { createFakeRouter, type FakeRouter } from '../security/__fixtures__/fake_router';
import { fakeRequest } from '../security/__fixtures__/fake_request';
import { createMemoryRepository, type MemoryRepository } from '../security/__fixtures__/memory_repository';
import { createTestLogger } from '../security/__fixtures__/test_logger';
import { TEST_FEATURES, createMemoryRoleSource, role } from '../security/privileges/__fixtures__/test_features';
import { createPrivilegeEngine } from '../security/privileges/privilege_engine';
import { createSpacesService, type SpacesStart } from './spaces_service';

const user = (roles: string[]) => testUser(roles);
const admin = user(['superuser']);
const reader = user(['analyst']);
/** Holds a feature in `marketing` only. */
const marketer = testUser(['marketer'], { username: 'mark' });
const DEFAULT = { id: 'default', name: 'Default', description: 'This is your default space!', color: '#00bfb3', disabledFeatures: [], _reserved: true };

interface Setup {
  router: FakeRouter;
  repository: MemoryRepository;
  start: SpacesStart;
  clock: { now: number };
}

async function setup(repository = createMemoryRepository(), clock = { now: 0 }): Promise<Setup> {
  const service = createSpacesService({ logger: createTestLogger().logger, now: () => clock.now });
  const router = createFakeRouter();
  service.setup({ router, registerType: () => undefined });
  const roles = createMemoryRoleSource([role('analyst', [{ base: ['read'] }]), role('marketer', [{ spaces: ['marketing'], feature: { secCases: ['read'] } }])]);
  // Spaces start after security in root.ts; here the engine reads the started service's cache.
  const started: { spaces?: SpacesStart } = {};
  const engine = createPrivilegeEngine({ features: () => TEST_FEATURES, roles, disabledFeatures: (id) => started.spaces?.disabledFeatures(id) ?? [] });
  const start = await service.start({ repository, access: { getSpacePrivileges: (u, spaceId) => engine.forRoles(u.roles, spaceId) } });
  started.spaces = start;
  return { router, repository, clock, start };
}

const SPACE = '/api/spaces/space/{id}';
const create = (s: Setup, body: Record<string, unknown>, u = admin) => s.router.call('post', '/api/spaces/space', { user: u, body });

describe('spaces', () => {
  it('creates the reserved default space on start, once', async () => {
    const repository = createMemoryRepository();
    const s = await setup(repository);
    await setup(repository);
    const res = await s.router.call('get', SPACE, { user: reader, params: { id: 'default' } });
    expect(res).toEqual({ status: 200, body: DEFAULT, headers: {} });
    expect([...repository.objects.values()].filter((o) => o.type === 'space')).toHaveLength(1);
  });

  it('creates, lists (by name), reads, updates and deletes spaces in Kibana shape', async () => {
    const s = await setup();
    const created = await create(s, { id: 'marketing', name: 'Marketing', color: '#aabbcc', initials: 'MK' });
    expect(created).toMatchObject({ status: 200, body: { id: 'marketing', name: 'Marketing', color: '#aabbcc', initials: 'MK', disabledFeatures: [] } });
    await create(s, { id: 'analytics', name: 'Analytics', disabledFeatures: ['dev_tools'] });

    const list = await s.router.call('get', '/api/spaces/space', { user: reader });
    expect((list.body as Array<{ id: string }>).map((x) => x.id)).toEqual(['analytics', 'default', 'marketing']);

    const updated = await s.router.call('put', SPACE, { user: admin, params: { id: 'marketing' }, body: { id: 'marketing', name: 'Mkt', description: 'd' } });
    expect(updated).toMatchObject({ status: 200, body: { id: 'marketing', name: 'Mkt', description: 'd', color: '#aabbcc' } });

    const deleted = await s.router.call('delete', SPACE, { user: admin, params: { id: 'marketing' } });
    expect(deleted.status).toBe(204);
    expect(await s.router.call('get', SPACE, { user: reader, params: { id: 'marketing' } })).toMatchObject({
      status: 404,
      body: { statusCode: 404, error: 'Not Found', message: 'Not Found' },
    });
  });

  it('deletes every object of a space, then the space', async () => {
    const s = await setup();
    await create(s, { id: 'doomed', name: 'Doomed' });
    await s.repository.create('cases', { title: 'in doomed' }, { namespace: 'doomed' });
    await s.repository.create('cases', { title: 'elsewhere' }, { namespace: 'default' });
    await s.router.call('delete', SPACE, { user: admin, params: { id: 'doomed' } });
    expect(s.repository.calls.deleteByNamespace).toBe(1);
    const left = [...s.repository.objects.values()].map((o) => `${o.type}:${o.id}`);
    expect(left.some((k) => k === 'space:doomed')).toBe(false);
    expect([...s.repository.objects.values()].filter((o) => o.type === 'cases')).toHaveLength(1);
  });

  it('answers 409 with Kibana message when the id exists', async () => {
    const s = await setup();
    await create(s, { id: 'dup', name: 'One' });
    expect(await create(s, { id: 'dup', name: 'Two' })).toMatchObject({
      status: 409,
      body: { statusCode: 409, error: 'Conflict', message: 'A space with the identifier dup already exists.' },
    });
  });

  it.each([
    ['an upper-case id', { id: 'Upper', name: 'x' }],
    ['a space in the id', { id: 'has space', name: 'x' }],
    ['an id past 36 characters', { id: 'a'.repeat(37), name: 'x' }],
    ['an empty name', { id: 'ok', name: '' }],
    ['a name past 1024 characters', { id: 'ok', name: 'x'.repeat(1025) }],
    ['no name', { id: 'ok' }],
    ['an unknown key', { id: 'ok', name: 'x', unknown: true }],
    ['a color that is not hex', { id: 'ok', name: 'x', color: 'red' }],
    ['three initials', { id: 'ok', name: 'x', initials: 'ABC' }],
    ['an image that is not a data URL', { id: 'ok', name: 'x', imageUrl: 'https://evil/img.png' }],
  ])('rejects %s with 400', async (_what, body) => {
    const s = await setup();
    expect((await create(s, body)).status).toBe(400);
  });

  it('keeps the default space: not deletable, id fixed, still reserved after update', async () => {
    const s = await setup();
    expect(await s.router.call('delete', SPACE, { user: admin, params: { id: 'default' } })).toMatchObject({
      status: 400,
      body: { message: 'The default space cannot be deleted because it is reserved.' },
    });
    const moved = await s.router.call('put', SPACE, { user: admin, params: { id: 'default' }, body: { id: 'other', name: 'Other' } });
    expect(moved.status).toBe(400);
    const renamed = await s.router.call('put', SPACE, { user: admin, params: { id: 'default' }, body: { id: 'default', name: 'Home', _reserved: false } });
    expect(renamed.body).toMatchObject({ id: 'default', name: 'Home', _reserved: true });
  });

  it('does not let a created space be reserved', async () => {
    const s = await setup();
    const res = await create(s, { id: 'sneaky', name: 'S', _reserved: true });
    expect(res.body).not.toHaveProperty('_reserved');
    expect((await s.router.call('delete', SPACE, { user: admin, params: { id: 'sneaky' } })).status).toBe(204);
  });

  it('answers 404 when updating or deleting a missing space', async () => {
    const s = await setup();
    expect((await s.router.call('put', SPACE, { user: admin, params: { id: 'nope' }, body: { id: 'nope', name: 'N' } })).status).toBe(404);
    expect((await s.router.call('delete', SPACE, { user: admin, params: { id: 'nope' } })).status).toBe(404);
  });

  it('lets any signed-in user read, and only the superuser manage', async () => {
    const s = await setup();
    expect((await s.router.call('get', '/api/spaces/space', { user: reader })).status).toBe(200);
    expect(await create(s, { id: 'x', name: 'X' }, reader)).toMatchObject({ status: 403, body: { message: 'Unauthorized to create spaces' } });
    expect((await s.router.call('put', SPACE, { user: reader, params: { id: 'default' }, body: { id: 'default', name: 'n' } })).body).toMatchObject({
      message: 'Unauthorized to update spaces',
    });
    expect((await s.router.call('delete', SPACE, { user: reader, params: { id: 'default' } })).status).toBe(403);
    expect((await s.router.call('get', '/api/spaces/space')).status).toBe(401);
  });

  it('reports authorized purposes when asked, as Kibana does', async () => {
    const s = await setup();
    const res = await s.router.call('get', '/api/spaces/space', { user: reader, query: { include_authorized_purposes: 'true' } });
    expect((res.body as Array<Record<string, unknown>>)[0].authorizedPurposes).toEqual({
      any: true,
      copySavedObjectsIntoSpace: false,
      findSavedObjects: true,
      shareSavedObjectsIntoSpace: false,
    });
    const share = await s.router.call('get', '/api/spaces/space', { user: reader, query: { purpose: 'shareSavedObjectsIntoSpace' } });
    expect(share.body).toEqual([]);
  });

  it('answers the active space of the request', async () => {
    const s = await setup();
    await create(s, { id: 'ops', name: 'Ops' });
    const res = await s.router.call('get', '/internal/spaces/_active_space', { user: reader, spaceId: 'ops' });
    expect(res.body).toMatchObject({ id: 'ops', name: 'Ops' });
    expect(s.start.getSpaceId(fakeRequest({ spaceId: 'ops' }))).toBe('ops');
  });

  it('declares its routes space-agnostic', async () => {
    const s = await setup();
    expect(s.router.routes.every((r) => r.config.options?.spaceAgnostic === true)).toBe(true);
  });
});

describe('space resolver', () => {
  it('answers from memory, updated at once by this process', async () => {
    const s = await setup();
    const finds = s.repository.calls.find;
    await expect(s.start.resolver.exists('default')).resolves.toBe(true);
    await expect(s.start.resolver.exists('new')).resolves.toBe(false);
    await create(s, { id: 'new', name: 'New' });
    await expect(s.start.resolver.exists('new')).resolves.toBe(true);
    await s.router.call('delete', SPACE, { user: admin, params: { id: 'new' } });
    await expect(s.start.resolver.exists('new')).resolves.toBe(false);
    // create's maxSpaces count is one find; the resolver itself made none.
    expect(s.repository.calls.find).toBe(finds + 1);
  });

  it('re-reads the list every 5 seconds at most, so processes converge', async () => {
    const repository = createMemoryRepository();
    const clock = { now: 0 };
    const a = await setup(repository, clock);
    const b = await setup(repository, clock);
    await create(a, { id: 'shared', name: 'Shared' });
    await expect(b.start.resolver.exists('shared')).resolves.toBe(false);
    clock.now = 4999;
    await expect(b.start.resolver.exists('shared')).resolves.toBe(false);
    clock.now = 5000;
    await expect(b.start.resolver.exists('shared')).resolves.toBe(true);
  });
});

describe('spaces a caller may see', () => {
  it('lists only the spaces the roles grant anything in, and answers 404 for the others', async () => {
    const s = await setup();
    await create(s, { id: 'marketing', name: 'Marketing' });
    await create(s, { id: 'soc-eu', name: 'SOC EU' });
    const list = async (u: typeof admin) => ((await s.router.call('get', '/api/spaces/space', { user: u })).body as Array<{ id: string }>).map((x) => x.id);
    expect(await list(marketer)).toEqual(['marketing']);
    expect(await list(reader)).toEqual(['default', 'marketing', 'soc-eu']);
    expect(await list(admin)).toEqual(['default', 'marketing', 'soc-eu']);
    expect(await list(testUser(['nobody'], { username: 'nobody' }))).toEqual([]);

    expect((await s.router.call('get', SPACE, { user: marketer, params: { id: 'marketing' } })).status).toBe(200);
    expect(await s.router.call('get', SPACE, { user: marketer, params: { id: 'soc-eu' } })).toMatchObject({
      status: 404,
      body: { statusCode: 404, error: 'Not Found', message: 'Not Found' },
    });
  });

  it('hides a space once it disables the only feature the caller holds there', async () => {
    const s = await setup();
    await create(s, { id: 'marketing', name: 'Marketing' });
    await s.router.call('put', SPACE, { user: admin, params: { id: 'marketing' }, body: { id: 'marketing', name: 'Marketing', disabledFeatures: ['secCases'] } });
    await expect(s.start.disabledFeatures('marketing')).resolves.toEqual(['secCases']);
    expect((await s.router.call('get', SPACE, { user: marketer, params: { id: 'marketing' } })).status).toBe(404);
    // A base privilege still opens the space, as Kibana's space-level access does.
    expect((await s.router.call('get', SPACE, { user: reader, params: { id: 'marketing' } })).status).toBe(200);
  });

  it('keeps disabled features in memory, converging with other processes', async () => {
    const repository = createMemoryRepository();
    const clock = { now: 0 };
    const a = await setup(repository, clock);
    const b = await setup(repository, clock);
    await create(a, { id: 'ops', name: 'Ops', disabledFeatures: ['obsCases'] });
    await expect(a.start.disabledFeatures('ops')).resolves.toEqual(['obsCases']);
    await expect(b.start.disabledFeatures('ops')).resolves.toEqual([]);
    clock.now = 5000;
    await expect(b.start.disabledFeatures('ops')).resolves.toEqual(['obsCases']);
    await expect(b.start.disabledFeatures('missing')).resolves.toEqual([]);
  });
});

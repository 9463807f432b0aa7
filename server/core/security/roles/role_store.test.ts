import { createMemoryRepository, type MemoryRepository } from '../__fixtures__/memory_repository';
import type { ReservedRoleDefinition } from '../privileges/types';
import { testFeature } from './__fixtures__/test_feature';
import { BUILTIN_ROLES } from './builtin_roles';
import { createRoleStore } from './role_store';

const SOC_L1: ReservedRoleDefinition = {
  name: 'soc_l1',
  kibana: [{ base: [], feature: { securitySolutionCasesV3: ['minimal_all', 'create_comment', 'cases_assign'] }, spaces: ['*'] }],
};
const features = [testFeature('securitySolutionCasesV3')];

function setup(repository: MemoryRepository = createMemoryRepository()) {
  const clock = { now: 1_000_000 };
  const store = createRoleStore({ repository, reserved: () => [...BUILTIN_ROLES, SOC_L1], features: () => features, now: () => clock.now });
  return { store, repository, clock };
}

const analyst = { kibana: [{ feature: { securitySolutionCasesV3: ['read'] }, spaces: ['soc-eu'] }] };

async function status(promise: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await promise;
    return 'ok';
  } catch (e) {
    return (e as { statusCode: number }).statusCode;
  }
}

describe('role store', () => {
  it('lists built-in and stored roles by name, built-ins marked reserved', async () => {
    const { store } = setup();
    await store.put('zeta', analyst, { createOnly: false });
    await store.put('alpha', { kibana: [{ base: ['read'] }] }, { createOnly: false });
    const roles = await store.list();
    expect(roles.map((r) => r.name)).toEqual(['alpha', 'editor', 'soc_l1', 'superuser', 'viewer', 'zeta']);
    expect(roles.find((r) => r.name === 'viewer')).toEqual({
      name: 'viewer',
      description: expect.any(String),
      metadata: { _reserved: true },
      transient_metadata: { enabled: true },
      elasticsearch: { cluster: [], indices: [], run_as: [] },
      kibana: [{ base: ['read'], feature: {}, spaces: ['*'] }],
    });
  });

  it("stores Kibana's defaults: all spaces, empty base and feature, empty Elasticsearch part", async () => {
    const { store } = setup();
    expect(await store.put('lead', { description: 'Leads', metadata: { team: 'eu' }, kibana: [{ base: ['all'] }] }, { createOnly: false })).toEqual({ created: true });
    expect(await store.get('lead')).toEqual({
      name: 'lead',
      description: 'Leads',
      metadata: { team: 'eu' },
      transient_metadata: { enabled: true },
      elasticsearch: { cluster: [], indices: [], run_as: [] },
      kibana: [{ base: ['all'], feature: {}, spaces: ['*'] }],
    });
    expect(await store.get('nobody')).toBeUndefined();
  });

  it('replaces a role on put, and refuses to with createOnly (409)', async () => {
    const { store } = setup();
    await store.put('lead', analyst, { createOnly: true });
    expect(await store.put('lead', { kibana: [{ base: ['read'] }] }, { createOnly: false })).toEqual({ created: false });
    expect((await store.get('lead'))?.kibana).toEqual([{ base: ['read'], feature: {}, spaces: ['*'] }]);
    await expect(store.put('lead', analyst, { createOnly: true })).rejects.toMatchObject({ statusCode: 409, message: 'Role already exists and cannot be created: lead' });
    expect((await store.get('lead'))?.kibana).toEqual([{ base: ['read'], feature: {}, spaces: ['*'] }]);
  });

  it('keeps built-in roles read-only', async () => {
    const { store } = setup();
    await expect(store.put('viewer', analyst, { createOnly: false })).rejects.toMatchObject({ statusCode: 400, message: 'Role [viewer] is reserved and may not be used.' });
    await expect(store.put('soc_l1', analyst, { createOnly: true })).rejects.toMatchObject({ statusCode: 409 });
    await expect(store.remove('superuser')).rejects.toMatchObject({ statusCode: 400, message: 'role [superuser] is reserved and cannot be deleted' });
    expect((await store.get('soc_l1'))?.kibana).toEqual(SOC_L1.kibana);
  });

  it('refuses invalid roles with Kibana and Elasticsearch messages, storing nothing', async () => {
    const { store, repository } = setup();
    const refusals = [
      store.put('x', { kibana: [{ base: [] }] }, { createOnly: false }),
      store.put('x', { kibana: [{ feature: { securitySolutionCasesV3: ['everything'] } }] }, { createOnly: false }),
      store.put(' x', analyst, { createOnly: false }),
      store.put('x', { metadata: { _reserved: true } }, { createOnly: false }),
    ];
    const messages = await Promise.all(refusals.map((p) => p.then(() => 'stored', (e: Error) => e.message)));
    expect(messages).toEqual([
      '[request body.kibana.0]: either [base] or [feature] is expected, but none of them specified',
      'Role cannot be updated due to validation errors: ["Feature [securitySolutionCasesV3] does not support privilege [everything]."]',
      expect.stringMatching(/^Validation Failed: 1: Role names must be/),
      expect.stringMatching(/^Validation Failed: 1: role metadata keys may not start with \[_\]/),
    ]);
    expect(repository.objects.size).toBe(0);
  });

  it('accepts privileges of features nobody registered, as Kibana does', async () => {
    const { store } = setup();
    expect(await status(store.put('future', { kibana: [{ feature: { notYetInstalled: ['whatever'] } }] }, { createOnly: false }))).toBe('ok');
  });

  it('deletes stored roles; an unknown one is 404', async () => {
    const { store } = setup();
    await store.put('lead', analyst, { createOnly: false });
    await store.remove('lead');
    expect(await store.get('lead')).toBeUndefined();
    expect(await status(store.remove('lead'))).toBe(404);
  });

  it('getMany skips unknown names and serves repeated reads from memory', async () => {
    const { store, repository } = setup();
    await store.put('lead', analyst, { createOnly: false });
    expect((await store.getMany(['lead', 'ghost', 'viewer', 'lead'])).map((r) => r.name)).toEqual(['lead', 'viewer']);
    const finds = repository.calls.find ?? 0;
    for (let i = 0; i < 20; i++) await store.getMany(['lead', 'viewer']);
    expect(repository.calls.find ?? 0).toBe(finds);
  });

  it('sees its own changes at once and moves the generation on each', async () => {
    const { store } = setup();
    const g0 = store.generation();
    await store.put('lead', analyst, { createOnly: false });
    expect(store.generation()).toBe(g0 + 1);
    expect(await store.getMany(['lead'])).toHaveLength(1);
    await store.put('lead', { kibana: [{ base: ['all'] }] }, { createOnly: false });
    expect(store.generation()).toBe(g0 + 2);
    expect((await store.getMany(['lead']))[0].kibana[0].base).toEqual(['all']);
    await store.remove('lead');
    expect(store.generation()).toBe(g0 + 3);
    expect(await store.getMany(['lead'])).toEqual([]);
    // A reload that finds nothing new leaves the generation alone.
    expect(store.generation()).toBe(g0 + 3);
  });

  it("picks up another node's writes within the refresh interval, and moves the generation then", async () => {
    const repository = createMemoryRepository();
    const here = setup(repository);
    const there = setup(repository);
    expect(await here.store.getMany(['lead'])).toEqual([]);
    const before = here.store.generation();

    await there.store.put('lead', analyst, { createOnly: false });
    here.clock.now += 9_000;
    expect(await here.store.getMany(['lead'])).toEqual([]);
    expect(here.store.generation()).toBe(before);

    here.clock.now += 1_001;
    expect((await here.store.getMany(['lead'])).map((r) => r.name)).toEqual(['lead']);
    expect(here.store.generation()).toBe(before + 1);
    // get and list read fresh whatever the cache holds.
    await there.store.remove('lead');
    expect(await here.store.get('lead')).toBeUndefined();
    expect((await here.store.list()).map((r) => r.name)).not.toContain('lead');
  });

  it('refreshes in the background when a caller only asks for the generation', async () => {
    const repository = createMemoryRepository();
    const here = setup(repository);
    const there = setup(repository);
    await here.store.getMany([]);
    const before = here.store.generation();
    await there.store.put('lead', analyst, { createOnly: false });
    here.clock.now += 10_001;
    expect(here.store.generation()).toBe(before);
    await new Promise((resolve) => setImmediate(resolve));
    expect(here.store.generation()).toBe(before + 1);
  });

  it('reads once for many callers that find the cache stale together', async () => {
    const { store, repository, clock } = setup();
    await store.getMany([]);
    clock.now += 60_000;
    const finds = repository.calls.find ?? 0;
    await Promise.all(Array.from({ length: 10 }, () => store.getMany(['viewer'])));
    expect((repository.calls.find ?? 0) - finds).toBe(1);
  });
});

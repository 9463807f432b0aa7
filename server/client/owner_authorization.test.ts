/**
 * Kibana checks the owner as a privilege, so an owner nobody registered is a 403 for every
 * caller, superuser included (its Authorization class refuses owners outside the features'
 * case owners), while a search for one simply finds nothing.
 */
import { createHarness, newCase, type Harness } from './__fixtures__/client_harness';
import { createCasesRegistries } from '../registries/cases_registries';
import { KIBANA_OWNERS } from '../registries/kibana_owners';

let h: Harness;
afterEach(() => h.close());

describe('owners', () => {
  beforeEach(async () => {
    h = await createHarness();
  });

  it('refuses to create a case of an unknown owner with 403, records the refusal and writes nothing', async () => {
    await expect(h.client().cases.create(newCase({ owner: 'nobody' }))).rejects.toMatchObject({
      statusCode: 403,
      message: 'Unauthorized to create case with owners: "nobody"',
    });
    expect(h.audited).toContainEqual(
      expect.objectContaining({
        message: 'Failed attempt to create a case as any owners',
        event: { action: 'case_create', category: ['database'], type: ['creation'], outcome: 'failure' },
        error: { code: 'Error', message: 'Unauthorized to create case with owners: "nobody"' },
      }),
    );
    expect((await h.client().cases.find({})).total).toBe(0);
  });

  it('finds nothing of an unknown owner, as a filter on the owners the caller may read', async () => {
    await h.client().cases.create(newCase({ tags: ['t'], category: 'c' }));
    const found = await h.client().cases.find({ owner: ['nobody'] });
    expect(found).toMatchObject({ total: 0, cases: [], count_open_cases: 0 });
    expect(await h.client().cases.getTags(['nobody'])).toEqual([]);
    expect(await h.client().cases.getReporters(['nobody'])).toEqual([]);
    expect(await h.client().cases.getCategories(['nobody'])).toEqual([]);
    expect(await h.client().metrics.getCasesMetrics({ features: ['status'], owner: ['nobody'] })).toEqual({
      status: { open: 0, inProgress: 0, closed: 0 },
    });
    // What the platform is asked about is the registry's owners, never the caller's string.
    expect(h.calls.filter((c) => c.kind === 'owners').every((c) => c.owners.join() === 'securitySolution,observability,cases')).toBe(true);
  });

  it('narrows a search to the requested owners the caller may read, and refuses a caller who may read none', async () => {
    await h.client().cases.create(newCase({ owner: 'securitySolution' }));
    await h.client().cases.create(newCase({ owner: 'observability' }));
    h.allowed.owners = ['observability'];
    const found = await h.client().cases.find({ owner: ['securitySolution', 'observability'] });
    expect(found.cases.map((c) => c.owner)).toEqual(['observability']);
    h.allowed.owners = [];
    await expect(h.client().cases.find({})).rejects.toMatchObject({ statusCode: 403 });
  });
});

describe('an owner registered at setup', () => {
  it('is one cases may belong to, and is searched with the others', async () => {
    const registries = createCasesRegistries();
    registries.owners.register({ ...KIBANA_OWNERS[2], id: 'testOwner', label: 'Test' });
    h = await createHarness({ registries });
    const created = await h.client().cases.create(newCase({ owner: 'testOwner' }));
    expect(created.owner).toBe('testOwner');
    expect((await h.client().cases.find({})).cases.map((c) => c.id)).toEqual([created.id]);
    expect(() => registries.owners.register({ ...KIBANA_OWNERS[2], id: 'late' })).toThrow(/frozen/);
  });
});

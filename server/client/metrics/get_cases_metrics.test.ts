import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';
import { createCasesRegistries } from '../../registries/cases_registries';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

describe('cases metrics', () => {
  it('answers the mean time to close over closed cases in scope, and the status counts', async () => {
    const client = h.client();
    const a = await client.cases.create(newCase());
    const b = await client.cases.create(newCase());
    await client.cases.create(newCase());
    h.clock.now += 60_000;
    await client.cases.update({ cases: [{ id: a.id, version: a.version, status: 'closed' }] });
    h.clock.now += 120_000;
    await client.cases.update({ cases: [{ id: b.id, version: b.version, status: 'closed' }] });

    // a closed after 60 s, b after 180 s: the mean is 120 s.
    expect(await client.metrics.getCasesMetrics({ features: ['mttr', 'status'] })).toEqual({
      mttr: 120,
      status: { open: 1, inProgress: 0, closed: 2 },
    });
    expect(h.calls.some((c) => c.name === 'getCasesMetrics')).toBe(true);
  });

  it('answers null when no case in scope is closed, and honours the date range', async () => {
    const client = h.client();
    await client.cases.create(newCase());
    expect(await client.metrics.getCasesMetrics({ features: ['mttr'] })).toEqual({ mttr: null });
    expect(await client.metrics.getCasesMetrics({ features: ['status'], to: '2023-12-31T00:00:00.000Z' })).toEqual({
      status: { open: 0, inProgress: 0, closed: 0 },
    });
  });

  it('counts only the space of the request', async () => {
    await h.client('soc-eu').cases.create(newCase());
    expect(await h.client().metrics.getCasesMetrics({ features: ['status'] })).toEqual({ status: { open: 0, inProgress: 0, closed: 0 } });
  });
});

describe('user suggestions', () => {
  it('suggests users matching the name, after checking the owners', async () => {
    const found = await h.client().userProfiles.suggest({ name: 'ali', owners: ['securitySolution'] });
    expect(found).toEqual([
      { uid: 'u_alice', enabled: true, user: { username: 'alice', full_name: 'Alice Analyst', email: 'alice@example.com' }, data: {} },
    ]);
    expect(h.calls).toContainEqual({ kind: 'ensure', name: 'suggestUserProfiles', owners: ['securitySolution'] });
  });

  it('refuses when the caller may not use those owners', async () => {
    h.allowed.owners = ['observability'];
    await expect(h.client().userProfiles.suggest({ name: '', owners: ['securitySolution'] })).rejects.toMatchObject({ statusCode: 403 });
  });
});

describe('cases metrics handlers', () => {
  it("refuses an unknown feature with Kibana's 400, naming the valid ones", async () => {
    await expect(h.client().metrics.getCasesMetrics({ features: ['bananas', 'mttr'] })).rejects.toMatchObject({
      statusCode: 400,
      message: 'invalid features: [bananas], please only provide valid features: [mttr, status]',
    });
    // The request is refused before anything is authorized or read.
    expect(h.calls.some((c) => c.name === 'getCasesMetrics')).toBe(false);
  });

  it('answers a feature registered at setup, over the same scope as the others', async () => {
    const registries = createCasesRegistries();
    registries.metrics.register({
      id: 'total',
      async compute(args, scope) {
        return { total: (await args.services.cases.find({ filter: scope, perPage: 0 })).total };
      },
    });
    const other = await createHarness({ registries });
    try {
      await other.client().cases.create(newCase());
      await other.client('soc-eu').cases.create(newCase());
      expect(await other.client().metrics.getCasesMetrics({ features: ['total', 'status'] })).toEqual({
        total: 1,
        status: { open: 1, inProgress: 0, closed: 0 },
      });
      await expect(other.client().metrics.getCasesMetrics({ features: ['nope'] })).rejects.toMatchObject({
        message: 'invalid features: [nope], please only provide valid features: [mttr, status, total]',
      });
      expect(() => registries.metrics.register({ id: 'late', compute: async () => ({}) })).toThrow(/frozen/);
    } finally {
      await other.close();
    }
  });
});

import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

let seq = 0;
/** An alert document as Kibana writes it (dotted keys), listing the cases that hold it. */
const alert = (caseIds: string[], host?: { id?: string; name?: string }, user?: string, timestamp = '2024-01-01T00:00:00.000Z') => ({
  'kibana.alert.uuid': `alert-${++seq}`,
  '@timestamp': timestamp,
  'kibana.alert.case_ids': caseIds,
  ...(host?.id ? { 'host.id': host.id } : {}),
  ...(host?.name ? { 'host.name': host.name } : {}),
  ...(user ? { 'user.name': user } : {}),
});

describe('single case metrics: alerts.users and alerts.hosts', () => {
  it("counts the users and hosts of the case's alerts, most frequent first, over the documents holding the case id", async () => {
    const theCase = await h.client().cases.create(newCase());
    const other = await h.client().cases.create(newCase());
    const c = theCase.id;
    await h.documents().alerts.bulkCreate([
      alert([c], { id: 'h1', name: 'old-name' }, 'alice', '2024-01-01T00:00:00.000Z'),
      alert([c, other.id], { id: 'h1', name: 'web-01' }, 'alice', '2024-01-02T00:00:00.000Z'),
      alert([c], { id: 'h1', name: 'web-01' }, 'bob', '2024-01-01T12:00:00.000Z'),
      // Two machines named alike stay two hosts: hosts are told apart by id.
      alert([c], { id: 'h2', name: 'db' }, 'bob'),
      alert([c], { id: 'h3', name: 'db' }),
      // No host id: not a host Kibana can name; no user: not a user.
      alert([c], { name: 'nameless' }),
      // Another case's alerts, and alerts of no case, do not count.
      alert([other.id], { id: 'h9', name: 'elsewhere' }, 'mallory'),
      alert([], { id: 'h8', name: 'nowhere' }, 'eve'),
    ]);

    const metrics = await h.client().metrics.getCaseMetrics(c, { features: ['alerts.users', 'alerts.hosts'] });
    expect(metrics).toEqual({
      alerts: {
        users: { total: 2, values: [{ name: 'alice', count: 2 }, { name: 'bob', count: 2 }] },
        hosts: {
          total: 3,
          values: [
            // The name of the host's latest alert in the case.
            { id: 'h1', name: 'web-01', count: 3 },
            { id: 'h2', name: 'db', count: 1 },
            { id: 'h3', name: 'db', count: 1 },
          ],
        },
      },
    });
  });

  it('lists the ten most frequent while the total counts them all', async () => {
    const theCase = await h.client().cases.create(newCase());
    const docs = Array.from({ length: 12 }, (_, i) =>
      Array.from({ length: 12 - i }, () => alert([theCase.id], { id: `host-${i}`, name: `name-${i}` }, `user-${i}`)),
    ).flat();
    await h.documents().alerts.bulkCreate(docs);
    const { alerts } = await h.client().metrics.getCaseMetrics(theCase.id, { features: ['alerts.users', 'alerts.hosts'] });
    expect(alerts?.users?.total).toBe(12);
    expect(alerts?.users?.values.map((v) => v.name)).toEqual(Array.from({ length: 10 }, (_, i) => `user-${i}`));
    expect(alerts?.hosts?.total).toBe(12);
    expect(alerts?.hosts?.values[0]).toEqual({ id: 'host-0', name: 'name-0', count: 12 });
    expect(alerts?.hosts?.values).toHaveLength(10);
  });

  it('answers empty figures for a case without alerts, merged with its count', async () => {
    const theCase = await h.client().cases.create(newCase());
    expect(await h.client().metrics.getCaseMetrics(theCase.id, { features: ['alerts.hosts', 'alerts.users', 'alerts.count'] })).toEqual({
      alerts: { count: 0, users: { total: 0, values: [] }, hosts: { total: 0, values: [] } },
    });
  });

  it("reads the request's space only", async () => {
    const theCase = await h.client().cases.create(newCase());
    await h.documents('soc-eu').alerts.bulkCreate([alert([theCase.id], { id: 'h1', name: 'x' }, 'alice')]);
    const { alerts } = await h.client().metrics.getCaseMetrics(theCase.id, { features: ['alerts.users'] });
    expect(alerts?.users).toEqual({ total: 0, values: [] });
  });
});

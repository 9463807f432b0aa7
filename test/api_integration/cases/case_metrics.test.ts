/**
 * `GET /internal/cases/metrics/{case_id}`: one case's summary figures over HTTP, every answer
 * checked against docs/openapi.yaml as it arrives (api.call does that).
 */
import { createCase, createSpace, expectStatus, patchCase, RUN, startCasesServer, type CasesTestServer } from './cases_api';

jest.setTimeout(60_000);

let api: CasesTestServer;
beforeAll(async () => {
  api = await startCasesServer();
});
afterAll(async () => api?.server.stop());

const metricsOf = (caseId: string, features: string[], space?: string) =>
  api.call('GET', `${space ? `/s/${space}` : ''}/internal/cases/metrics/${caseId}?${features.map((f) => `features=${encodeURIComponent(f)}`).join('&')}`);

const JIRA = { id: `jira-${RUN}`, name: 'Jira', type: '.jira', fields: { issueType: null, priority: null, parent: null } };

describe('GET /internal/cases/metrics/{case_id}', () => {
  it("answers lifespan and connectors together, from the case's user actions", async () => {
    const created = await createCase(api, { connector: JIRA });
    const closed = await patchCase(api, created, { status: 'closed' });
    expectStatus(closed, 200);
    const reopened = await patchCase(api, closed.body[0], { status: 'open' });
    expectStatus(reopened, 200);

    const res = await metricsOf(created.id, ['lifespan', 'connectors']);
    expectStatus(res, 200);
    expect(res.body.connectors).toEqual({ total: 1 });
    expect(res.body.lifespan).toMatchObject({ creationDate: created.created_at, closeDate: null });
    expect(res.body.lifespan.statusInfo.reopenDates).toHaveLength(1);
    expect(res.body.lifespan.statusInfo.inProgressDuration).toBe(0);
    expect(res.body.lifespan.statusInfo.openDuration).toBeGreaterThanOrEqual(0);
  });

  it('takes one feature as a plain value, and answers zero alerts for a case without any', async () => {
    const created = await createCase(api);
    const res = await metricsOf(created.id, ['alerts.count']);
    expectStatus(res, 200);
    expect(res.body).toEqual({ alerts: { count: 0 } });
    const both = await metricsOf(created.id, ['alerts.users', 'alerts.hosts']);
    expectStatus(both, 200);
    expect(both.body).toEqual({ alerts: { users: { total: 0, values: [] }, hosts: { total: 0, values: [] } } });
  });

  it("refuses unknown features with Kibana's 400, a request without features, and unknown query keys", async () => {
    const created = await createCase(api);
    expectStatus(
      await metricsOf(created.id, ['mttr', 'lifespan']),
      400,
      /^invalid features: \[mttr\], please only provide valid features: \[alerts\.count, alerts\.hosts, alerts\.users, connectors, lifespan\]$/,
    );
    expectStatus(await api.call('GET', `/internal/cases/metrics/${created.id}`), 400, /features/);
    expectStatus(await api.call('GET', `/internal/cases/metrics/${created.id}?features=lifespan&owner=cases`), 400, /owner/);
  });

  it('answers 404 for a missing case, and for a case of another space', async () => {
    expectStatus(await metricsOf(`missing-${RUN}`, ['lifespan']), 404);
    const space = `case-metrics-${RUN}`;
    await createSpace(api, space);
    const elsewhere = await createCase(api, {}, space);
    expectStatus(await metricsOf(elsewhere.id, ['lifespan']), 404);
    expectStatus(await metricsOf(elsewhere.id, ['lifespan'], space), 200);
  });

  it('refuses a caller without privileges on the case with 403', async () => {
    const created = await createCase(api);
    // A role that reads Observability's cases only, and the case is not Observability's.
    const role = `obs_reader_${RUN}`;
    const kibana = [{ base: [], feature: { observabilityCasesV3: ['read'] }, spaces: ['*'] }];
    expectStatus(await api.call('PUT', `/api/security/role/${role}`, { body: { elasticsearch: { cluster: [], indices: [] }, kibana } }), 204);
    const username = `viewer_${RUN}`;
    expectStatus(await api.call('POST', `/internal/security/users/${username}`, { body: { password: 'viewer-pass-1', roles: [role], full_name: 'V', email: null } }), 200);
    const res = await api.call('GET', `/internal/cases/metrics/${created.id}?features=lifespan`, {
      headers: { authorization: `Basic ${Buffer.from(`${username}:viewer-pass-1`).toString('base64')}` },
    });
    expectStatus(res, 403, /^Unauthorized to access case with owners: "/);
  });
});

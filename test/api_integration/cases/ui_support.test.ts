/**
 * The internal routes the UI needs beyond Kibana's public API: metrics over the cases in scope,
 * assignee suggestions, and user profiles by uid.
 */
import { createCase, createSpace, expectStatus, patchCase, RUN, startCasesServer, type CasesTestServer } from './cases_api';

jest.setTimeout(60_000);

let api: CasesTestServer;
beforeAll(async () => {
  api = await startCasesServer();
});
afterAll(async () => api?.server.stop());

describe('GET /internal/cases/metrics', () => {
  it('answers the mean time to close and per-status counts of the space', async () => {
    const space = `metrics-${RUN}`;
    await createSpace(api, space);
    const a = await createCase(api, {}, space);
    await createCase(api, {}, space);
    expectStatus(await patchCase(api, a, { status: 'closed' }, space), 200);
    const res = await api.call('GET', `/s/${space}/internal/cases/metrics?features=mttr&features=status`);
    expectStatus(res, 200);
    expect(res.body.status).toEqual({ open: 1, inProgress: 0, closed: 1 });
    expect(typeof res.body.mttr).toBe('number');
    expect(res.body.mttr).toBeGreaterThanOrEqual(0);
  });

  it('refuses a request without features, or with an unknown one, naming it', async () => {
    expectStatus(await api.call('GET', '/internal/cases/metrics'), 400, /features/);
    // Kibana's cases metrics client: unknown features are named, then the valid ones, sorted.
    expectStatus(
      await api.call('GET', '/internal/cases/metrics?features=speed&features=mttr'),
      400,
      /^invalid features: \[speed\], please only provide valid features: \[mttr, status\]$/,
    );
  });

  it('counts nothing for an unknown owner, which filters within the owners the caller may read', async () => {
    const res = await api.call('GET', '/internal/cases/metrics?features=status&owner=nobody');
    expectStatus(res, 200);
    expect(res.body).toEqual({ status: { open: 0, inProgress: 0, closed: 0 } });
  });
});

describe('user profiles', () => {
  it('suggests users by name and reads them back by uid', async () => {
    const username = `analyst_${RUN}`;
    const created = await api.call('POST', `/internal/security/users/${username}`, {
      body: { password: 'analyst-pass', roles: ['superuser'], full_name: 'Ana Lyst' },
    });
    expectStatus(created, 200);
    const suggested = await api.call('POST', '/internal/cases/_suggest_user_profiles', {
      body: { name: username, owners: ['securitySolution'] },
    });
    expectStatus(suggested, 200);
    expect(suggested.body).toHaveLength(1);
    expect(suggested.body[0]).toMatchObject({ enabled: true, user: { username, full_name: 'Ana Lyst' } });

    const uid = suggested.body[0].uid;
    const profiles = await api.call('POST', '/internal/security/user_profile/_bulk_get', { body: { uids: [uid, 'u_nobody'], dataPath: 'avatar' } });
    expectStatus(profiles, 200);
    expect(profiles.body).toEqual([suggested.body[0]]);
  });

  it('refuses malformed suggestion requests', async () => {
    expectStatus(await api.call('POST', '/internal/cases/_suggest_user_profiles', { body: { name: 'a', owners: ['o'.repeat(257)] } }), 400, /owner/);
  });

  it('refuses suggestions for an unknown owner with 403, as a privilege nobody holds', async () => {
    expectStatus(await api.call('POST', '/internal/cases/_suggest_user_profiles', { body: { name: 'a', owners: ['nope'] } }), 403, /nope/);
    expectStatus(await api.call('POST', '/internal/cases/_suggest_user_profiles', { body: { name: 'a', owners: ['cases'], size: 0 } }), 400, /size/);
  });
});

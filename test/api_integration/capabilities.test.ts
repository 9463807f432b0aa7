/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked against the contract, not typed */
/**
 * `POST /api/core/capabilities` and the spaces a caller may see, through the real HTTP stack:
 * capabilities follow the roles in the space of the URL and the space's disabled features; the
 * spaces list shows only the spaces a role grants anything in. `api.call` checks every answer
 * against docs/openapi.yaml as it arrives.
 */
import { expectStatus, RUN, spacePath, startCasesServer, type CasesTestServer } from './cases/cases_api';

jest.setTimeout(60_000);

const SEC = 'securitySolutionCasesV3';
const CASES_CAPABILITIES = ['create_cases', 'read_cases', 'update_cases', 'delete_cases', 'push_cases', 'cases_connectors', 'cases_settings', 'case_reopen', 'create_comment', 'cases_assign'];
const every = (value: boolean) => Object.fromEntries(CASES_CAPABILITIES.map((c) => [c, value]));

let api: CasesTestServer;
const EU = `soc-eu-${RUN}`;
const LOCKED = `locked-${RUN}`;

const basic = (username: string) => ({ authorization: `Basic ${Buffer.from(`${username}:${username}-pass`).toString('base64')}` });

async function createUser(username: string, roles: string[]): Promise<void> {
  expectStatus(await api.call('POST', `/internal/security/users/${username}`, { body: { password: `${username}-pass`, roles } }), 200);
}

const capabilities = (space: string | undefined, username?: string) =>
  api.call('POST', spacePath(space, '/api/core/capabilities'), { body: { applications: ['cases'] }, headers: username ? basic(username) : {} });

beforeAll(async () => {
  api = await startCasesServer();
  expectStatus(await api.call('POST', '/api/spaces/space', { body: { id: EU, name: 'SOC EU' } }), 200);
  expectStatus(await api.call('POST', '/api/spaces/space', { body: { id: LOCKED, name: 'Locked', disabledFeatures: [SEC] } }), 200);
  const role = { elasticsearch: { cluster: [], indices: [], run_as: [] }, kibana: [{ base: [], feature: { [SEC]: ['all'] }, spaces: [EU] }] };
  expectStatus(await api.call('PUT', `/api/security/role/eu_sec_${RUN}`, { body: role }), 204);
  await createUser(`eu-${RUN}`, [`eu_sec_${RUN}`]);
  await createUser(`viewer-${RUN}`, ['viewer']);
});

afterAll(async () => {
  await api?.server.stop();
});

describe('POST /api/core/capabilities', () => {
  it('gives the superuser every capability of every feature and the admin pages', async () => {
    const res = await capabilities(undefined);
    expectStatus(res, 200);
    expect(res.body.management).toEqual({ security: { users: true, roles: true }, kibana: { spaces: true } });
    for (const feature of [SEC, 'observabilityCasesV3', 'generalCasesV3']) expect(res.body[feature]).toEqual(every(true));
  });

  it('gives a viewer read in every space, and no admin page', async () => {
    const res = await capabilities(EU, `viewer-${RUN}`);
    expectStatus(res, 200);
    expect(res.body[SEC]).toEqual({ ...every(false), read_cases: true, cases_connectors: true });
    expect(res.body.management).toEqual({ security: { users: false, roles: false }, kibana: { spaces: false } });
  });

  it('follows the space of the URL: a role granted in one space holds nothing in another', async () => {
    const eu = await capabilities(EU, `eu-${RUN}`);
    expect(eu.body[SEC]).toEqual(every(true));
    expect(eu.body.generalCasesV3).toEqual(every(false));
    expect((await capabilities(undefined, `eu-${RUN}`)).body[SEC]).toEqual(every(false));
  });

  it('switches off a feature the space disables, for the superuser too', async () => {
    const res = await capabilities(LOCKED);
    expect(res.body[SEC]).toEqual(every(false));
    expect(res.body.generalCasesV3).toEqual(every(true));
  });

  it('answers 401 without credentials, 400 for a bad body, and has no GET', async () => {
    const anonymous = await api.call('POST', '/api/core/capabilities', { body: { applications: [] }, headers: { authorization: '' } });
    expectStatus(anonymous, 401);
    expectStatus(await api.call('POST', '/api/core/capabilities', { body: { applications: ['no spaces allowed'] } }), 400, /Invalid application id/);
    expectStatus(await api.call('POST', '/api/core/capabilities', { body: {} }), 400);
    expect((await fetch(`${api.server.url}/api/core/capabilities`)).status).toBe(404);
  });
});

describe('spaces a caller may see', () => {
  it('lists only the spaces the roles grant anything in, and hides the others as absent', async () => {
    const list = async (username?: string) => {
      const res = await api.call('GET', '/api/spaces/space', { headers: username ? basic(username) : {} });
      expectStatus(res, 200);
      return (res.body as any[]).map((s) => s.id);
    };
    expect(await list(`eu-${RUN}`)).toEqual([EU]);
    expect(await list(`viewer-${RUN}`)).toEqual(expect.arrayContaining(['default', EU, LOCKED]));
    expect(await list()).toEqual(expect.arrayContaining(['default', EU, LOCKED]));

    expectStatus(await api.call('GET', `/api/spaces/space/${EU}`, { headers: basic(`eu-${RUN}`) }), 200);
    expectStatus(await api.call('GET', '/api/spaces/space/default', { headers: basic(`eu-${RUN}`) }), 404);
  });
});

describe("a space's disabled features", () => {
  it("refuse the feature's owner in that space, to the superuser too, and leave the other owners alone", async () => {
    const body = (owner: string) => ({
      title: 'Disabled feature',
      description: 'Security cases are switched off in this space',
      tags: [],
      owner,
      settings: { syncAlerts: false },
      connector: { id: 'none', name: 'none', type: '.none', fields: null },
    });
    const refused = await api.call('POST', spacePath(LOCKED, '/api/cases'), { body: body('securitySolution') });
    expectStatus(refused, 403, /^Unauthorized to create case with owners: "securitySolution"/);
    expectStatus(await api.call('POST', spacePath(LOCKED, '/api/cases'), { body: body('cases') }), 200);
    // The same Security case is fine in a space that keeps the feature on.
    expectStatus(await api.call('POST', spacePath(EU, '/api/cases'), { body: body('securitySolution') }), 200);
    const found = await api.call('GET', spacePath(LOCKED, '/api/cases/_find'));
    expectStatus(found, 200);
    expect((found.body.cases as any[]).map((c) => c.owner)).toEqual(['cases']);
  });
});

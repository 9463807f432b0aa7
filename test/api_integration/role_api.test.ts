/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked against the contract, not typed */
/**
 * Kibana's role API, features and privileges listings through the real HTTP stack. `api.call`
 * checks every answer against docs/openapi.yaml as it arrives; the documented request example
 * is sent as it is.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectStatus, RUN, useCasesServer } from './cases/cases_api';
import { CONTRACT_PATH } from './cases/openapi_validator';

jest.setTimeout(60_000);

const api = useCasesServer();
const role = (name: string) => `/api/security/role/${encodeURIComponent(name)}`;
const CASES_FEATURES = ['securitySolutionCasesV3', 'observabilityCasesV3', 'generalCasesV3'];
const SUB_FEATURES = ['cases_delete', 'cases_settings', 'create_comment', 'case_reopen', 'cases_assign'];

const euAnalyst = {
  description: 'EU analysts',
  kibana: [{ base: [], feature: { securitySolutionCasesV3: ['minimal_all', 'create_comment'] }, spaces: ['soc-eu'] }],
};

async function createUser(username: string, roles: string[]): Promise<string> {
  const password = `${username}-pass`;
  expectStatus(await api.call('POST', `/internal/security/users/${username}`, { body: { password, roles } }), 200);
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

describe('PUT, GET and DELETE /api/security/role/{name}', () => {
  it('creates a role (204), reads it in Kibana shape, replaces it, lists it by name and deletes it', async () => {
    const name = `eu_analyst_${RUN}`;
    const put = await api.call('PUT', role(name), { body: euAnalyst });
    expectStatus(put, 204);
    expect(put.text).toBe('');

    const got = await api.call('GET', role(name));
    expectStatus(got, 200);
    expect(got.body).toEqual({
      name,
      description: 'EU analysts',
      metadata: {},
      transient_metadata: { enabled: true },
      elasticsearch: { cluster: [], indices: [], run_as: [] },
      kibana: euAnalyst.kibana,
    });

    expectStatus(await api.call('PUT', role(name), { body: { kibana: [{ base: ['read'] }] } }), 204);
    expect((await api.call('GET', role(name))).body.kibana).toEqual([{ base: ['read'], feature: {}, spaces: ['*'] }]);

    const list = await api.call('GET', '/api/security/role');
    expectStatus(list, 200);
    const names = (list.body as any[]).map((r) => r.name);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['superuser', 'viewer', 'editor', 'soc_l1', 'soc_l2', name]));

    expectStatus(await api.call('DELETE', role(name)), 204);
    expectStatus(await api.call('GET', role(name)), 404);
    expectStatus(await api.call('DELETE', role(name)), 404);
  });

  it('answers 409 to createOnly on an existing role and keeps it', async () => {
    const name = `create_once_${RUN}`;
    expectStatus(await api.call('PUT', `${role(name)}?createOnly=true`, { body: euAnalyst }), 204);
    expectStatus(await api.call('PUT', `${role(name)}?createOnly=true`, { body: { kibana: [{ base: ['all'] }] } }), 409, /^Role already exists and cannot be created: /);
    expect((await api.call('GET', role(name))).body.description).toBe('EU analysts');
  });

  it('keeps built-in roles read-only', async () => {
    for (const name of ['superuser', 'viewer', 'editor', 'soc_l1', 'soc_l2']) {
      const got = await api.call('GET', role(name));
      expectStatus(got, 200);
      expect(got.body.metadata).toEqual({ _reserved: true });
      expectStatus(await api.call('PUT', role(name), { body: euAnalyst }), 400, /is reserved/);
      expectStatus(await api.call('DELETE', role(name)), 400, /is reserved/);
    }
    expect((await api.call('GET', role('soc_l2'))).body.kibana).toEqual([
      { base: [], feature: { securitySolutionCasesV3: ['minimal_all', 'create_comment', 'cases_assign', 'case_reopen', 'cases_delete'], actions: ['read'] }, spaces: ['*'] },
    ]);
  });

  it("refuses invalid bodies with Kibana's messages, and stores nothing", async () => {
    const name = `invalid_${RUN}`;
    const refusals: Array<[unknown, RegExp]> = [
      [{ kibana: [{ feature: { securitySolutionCasesV3: ['all', 'everything'] } }] }, /^Role cannot be updated due to validation errors: \["Feature \[securitySolutionCasesV3\] does not support privilege \[everything\]\."\]$/],
      [{ kibana: [{ base: [], feature: {} }] }, /either \[base\] or \[feature\] is expected/],
      [{ kibana: [{ base: ['superpowers'], spaces: ['*'] }] }, /unknown global privilege "superpowers", must be one of \[all,read\]/],
      [{ kibana: [{ base: ['read'], spaces: ['Upper'] }] }, /must be lower case/],
      [{ kibana: [{ base: ['read'], spaces: ['a'] }, { base: ['all'], spaces: ['b', 'a'] }] }, /more than one privilege is applied to the following spaces: \[a\]/],
      [{ kibana: [{ base: ['read'] }], admin: true }, /invalid keys "admin"/],
      [{ name: 'someone_else', kibana: [{ base: ['read'] }] }, /must match/],
      [{ metadata: { _reserved: true } }, /may not start with \[_\]/],
    ];
    for (const [body, message] of refusals) expectStatus(await api.call('PUT', role(name), { body }), 400, message);
    expectStatus(await api.call('PUT', role(' leading_space'), { body: euAnalyst }), 400, /Role names must be/);
    expectStatus(await api.call('GET', role(name)), 404);
  });

  it('works with the documented request example', async () => {
    const document = parse(readFileSync(CONTRACT_PATH, 'utf8'));
    const example = document.paths['/api/security/role/{name}'].put.requestBody.content['application/json'].example;
    expect(example.kibana.length).toBeGreaterThan(0);
    const name = `documented_${RUN}`;
    expectStatus(await api.call('PUT', role(name), { body: example }), 204);
    expect((await api.call('GET', role(name))).body.kibana).toEqual(example.kibana);
  });

  it('is for the superuser only: 403 to a user with every other built-in role, 401 without credentials', async () => {
    const authorization = await createUser(`roles_editor_${RUN}`, ['editor', 'viewer', 'soc_l2']);
    const headers = { authorization };
    const refused = [
      await api.call('GET', '/api/security/role', { headers }),
      await api.call('GET', role('viewer'), { headers }),
      await api.call('PUT', role(`sneaky_${RUN}`), { headers, body: { kibana: [{ base: ['all'] }] } }),
      await api.call('DELETE', role('viewer'), { headers }),
      await api.call('GET', '/api/security/privileges', { headers }),
    ];
    for (const res of refused) expectStatus(res, 403, /action \[manage_security\] is unauthorized/);
    expectStatus(await api.call('GET', role(`sneaky_${RUN}`)), 404);
    expectStatus(await api.call('GET', '/api/security/role', { headers: { authorization: 'Basic bm9ib2R5Om5vcGU=' } }), 401);
  });
});

describe('users name existing roles', () => {
  it('refuses unknown roles with 400 and accepts stored and built-in ones', async () => {
    const name = `user_role_${RUN}`;
    expectStatus(await api.call('PUT', role(name), { body: euAnalyst }), 204);
    const username = `with_roles_${RUN}`;
    const refused = await api.call('POST', `/internal/security/users/${username}`, { body: { password: 'password-1', roles: [name, 'ghost_role', 'viewer'] } });
    expectStatus(refused, 400, /^Unknown role\(s\): \[ghost_role\]$/);
    expectStatus(await api.call('GET', `/internal/security/users/${username}`), 404);
    expectStatus(await api.call('POST', `/internal/security/users/${username}`, { body: { password: 'password-1', roles: [name, 'viewer'] } }), 200);
  });
});

describe('GET /api/features and GET /api/security/privileges', () => {
  it("lists the cases features in Kibana's shape to any signed-in user", async () => {
    const authorization = await createUser(`features_viewer_${RUN}`, ['viewer']);
    const res = await api.call('GET', '/api/features', { headers: { authorization } });
    expectStatus(res, 200);
    const features = res.body as any[];
    expect(features.map((f) => f.id)).toEqual(expect.arrayContaining(CASES_FEATURES));
    const security = features.find((f) => f.id === 'securitySolutionCasesV3');
    expect(security.privileges.all.ui).toEqual(expect.arrayContaining(['create_cases', 'read_cases', 'update_cases', 'push_cases']));
    expect(security.privileges.read.ui).not.toContain('create_cases');
    const subIds = security.subFeatures.flatMap((s: any) => s.privilegeGroups.flatMap((g: any) => g.privileges.map((p: any) => p.id)));
    expect(subIds).toEqual(SUB_FEATURES);
    expectStatus(await api.call('GET', '/api/features', { headers: { authorization: 'Basic bm9ib2R5Om5vcGU=' } }), 401);
  });

  it('lists every privilege name a role body may use', async () => {
    const res = await api.call('GET', '/api/security/privileges');
    expectStatus(res, 200);
    expect(res.body.global).toEqual(['all', 'read']);
    expect(res.body.space).toEqual(['all', 'read']);
    for (const id of CASES_FEATURES) expect(res.body.features[id]).toEqual(['all', 'read', 'minimal_all', 'minimal_read', ...SUB_FEATURES]);
  });
});

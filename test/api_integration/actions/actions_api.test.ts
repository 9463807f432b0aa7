/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked against the contract, not typed */
/**
 * Kibana's actions API against the built server: every route checked against docs/openapi.yaml,
 * Kibana's refusals, preconfigured connectors read-only, execution through the real HTTP client
 * against the Jira simulator, secrets absent from every answer, egress refusal, a missing key,
 * and a restart with another key.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectStatus, RUN, startCasesServer, type ApiAnswer, type CallOptions, type CasesTestServer } from '../cases/cases_api';
import { jiraConnectorFixture, startJiraSimulator, type JiraSimulator } from '../../simulators/jira';

const KEY = 'an-encryption-key-of-32-characters-or-more';
const OTHER_KEY = 'another-encryption-key-of-32-characters!!';

let jira: JiraSimulator;
let api: CasesTestServer;
let configFile: string;
/** Every answer's text, searched for the plain secrets at the end. */
const answers: string[] = [];

async function call(method: string, path: string, opts: CallOptions = {}, server: CasesTestServer = api): Promise<ApiAnswer> {
  const answer = await server.call(method, path, opts);
  answers.push(answer.text);
  return answer;
}

const fixture = () => jiraConnectorFixture(jira);
const createBody = (overrides: Record<string, unknown> = {}) => {
  const { connector_type_id, name, config, secrets } = fixture();
  return { connector_type_id, name, config, secrets, ...overrides };
};

function preconfiguredYaml(sim: JiraSimulator): string {
  const { config, secrets } = jiraConnectorFixture(sim);
  const connector = (name: string, expose: boolean) =>
    [`    name: ${name}`, '    actionTypeId: .jira', `    config: ${JSON.stringify(config)}`, `    secrets: ${JSON.stringify(secrets)}`, `    exposeConfig: ${expose}`].join('\n');
  return ['xpack.actions.preconfigured:', '  pre-jira:', connector('A preconfigured Jira', false), '  pre-exposed:', connector('B exposed Jira', true), ''].join('\n');
}

beforeAll(async () => {
  jira = await startJiraSimulator();
  const dir = mkdtempSync(join(tmpdir(), 'actions-api-'));
  configFile = join(dir, 'cases.yml');
  writeFileSync(configFile, preconfiguredYaml(jira));
  api = await startCasesServer({ args: ['--config', configFile, `--xpack.encryptedSavedObjects.encryptionKey=${KEY}`] });
}, 60_000);

afterAll(async () => {
  await api?.server.stop();
  await jira?.close();
});

describe('connector types', () => {
  it("lists the built-in types in Kibana's shape, filtered by feature", async () => {
    const all = await call('GET', '/api/actions/connector_types');
    expectStatus(all, 200);
    const jiraType = all.body.find((type: any) => type.id === '.jira');
    expect(jiraType).toMatchObject({ name: 'Jira', enabled: true, enabled_in_config: true, enabled_in_license: true, source: 'stack' });
    const forCases = await call('GET', '/api/actions/connector_types?feature_id=cases');
    expect(forCases.body.length).toBeGreaterThan(0);
    for (const type of forCases.body) expect(type.supported_feature_ids).toContain('cases');
    expectStatus(await call('GET', '/api/actions/connector_types?bogus=1'), 400);
  });
});

describe('connectors: create, read, update, delete', () => {
  it('creates a connector and answers it without secrets', async () => {
    const created = await call('POST', '/api/actions/connector', { body: createBody() });
    expectStatus(created, 200);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: 'Jira simulator',
      connector_type_id: '.jira',
      config: fixture().config,
      is_preconfigured: false,
      is_deprecated: false,
      is_system_action: false,
      is_connector_type_deprecated: false,
      is_missing_secrets: false,
    });
    expectStatus(await call('GET', `/api/actions/connector/${created.body.id}`), 200);
  });

  it('creates with a chosen id; the id again is a conflict, a preconfigured id a 400', async () => {
    const id = `chosen-${RUN}`;
    expectStatus(await call('POST', `/api/actions/connector/${id}`, { body: createBody({ name: 'Chosen' }) }), 200);
    expectStatus(await call('POST', `/api/actions/connector/${id}`, { body: createBody() }), 409, /Saved object \[action\/chosen-.*\] conflict/);
    expectStatus(await call('POST', '/api/actions/connector/pre-jira', { body: createBody() }), 400, /^This pre-jira already exists in a preconfigured action\.$/);
  });

  it("refuses bad bodies with Kibana's texts and stores nothing", async () => {
    const before = (await call('GET', '/api/actions/connectors')).body.length;
    expectStatus(await call('POST', '/api/actions/connector', { body: { ...createBody(), extra: true } }), 400);
    expectStatus(await call('POST', '/api/actions/connector', { body: createBody({ connector_type_id: '.nope' }) }), 400, /^Action type "\.nope" is not registered\.$/);
    expectStatus(await call('POST', '/api/actions/connector', { body: createBody({ config: { projectKey: 'X' } }) }), 400, /^error validating action type config: \[apiUrl\]/);
    expectStatus(await call('POST', '/api/actions/connector', { body: createBody({ secrets: {} }) }), 400, /^error validating action type secrets: /);
    expect((await call('GET', '/api/actions/connectors')).body).toHaveLength(before);
  });

  it('lists stored and preconfigured connectors by name, config only where exposed', async () => {
    const list = await call('GET', '/api/actions/connectors');
    expectStatus(list, 200);
    const names = list.body.map((c: any) => c.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    const pre = list.body.find((c: any) => c.id === 'pre-jira');
    expect(pre).toEqual({ id: 'pre-jira', name: 'A preconfigured Jira', connector_type_id: '.jira', is_preconfigured: true, is_deprecated: false, is_system_action: false, is_connector_type_deprecated: false, referenced_by_count: 0 });
    expect(list.body.find((c: any) => c.id === 'pre-exposed').config).toEqual(fixture().config);
  });

  it('keeps preconfigured connectors read-only', async () => {
    expectStatus(await call('PUT', '/api/actions/connector/pre-jira', { body: { name: 'x', config: fixture().config, secrets: fixture().secrets } }), 400, /^Preconfigured action pre-jira can not be updated\.$/);
    expectStatus(await call('DELETE', '/api/actions/connector/pre-jira'), 400, /^Preconfigured action pre-jira is not allowed to delete\.$/);
  });

  it('updates and deletes; a missing connector is a 404', async () => {
    const { body } = await call('POST', '/api/actions/connector', { body: createBody({ name: 'To change' }) });
    const updated = await call('PUT', `/api/actions/connector/${body.id}`, { body: { name: 'Changed', config: fixture().config, secrets: fixture().secrets } });
    expectStatus(updated, 200);
    expect(updated.body.name).toBe('Changed');
    expectStatus(await call('PUT', `/api/actions/connector/${body.id}`, { body: { name: 'x', connector_type_id: '.jira' } }), 400);
    expectStatus(await call('DELETE', `/api/actions/connector/${body.id}`), 204);
    expectStatus(await call('GET', `/api/actions/connector/${body.id}`), 404, new RegExp(`^Saved object \\[action/${body.id}\\] not found$`));
    expectStatus(await call('DELETE', `/api/actions/connector/${body.id}`), 404);
  });
});

describe('connectors: _execute', () => {
  it('runs a sub-action against the external system with the decrypted secrets', async () => {
    const { body } = await call('POST', '/api/actions/connector', { body: createBody() });
    const result = await call('POST', `/api/actions/connector/${body.id}/_execute`, { body: { params: { subAction: 'issueTypes', subActionParams: {} } } });
    expectStatus(result, 200);
    expect(result.body).toMatchObject({ connector_id: body.id, status: 'ok' });
    expect(JSON.stringify(result.body.data)).toContain('Task');
    const preconfigured = await call('POST', '/api/actions/connector/pre-jira/_execute', { body: { params: { subAction: 'issueTypes', subActionParams: {} } } });
    expect(preconfigured.body.status).toBe('ok');
  });

  it("answers failures with 200 and Kibana's error result", async () => {
    const { body } = await call('POST', '/api/actions/connector', { body: createBody({ secrets: { email: 'someone@example.com', apiToken: 'wrong-token' } }) });
    const refused = await call('POST', `/api/actions/connector/${body.id}/_execute`, { body: { params: { subAction: 'issueTypes', subActionParams: {} } } });
    expectStatus(refused, 200);
    expect(refused.body).toMatchObject({ connector_id: body.id, status: 'error', message: 'an error occurred while running the action', retry: true });
    expect(refused.body.service_message).toContain('Request failed with status code 401');
    const badParams = await call('POST', `/api/actions/connector/${body.id}/_execute`, { body: { params: { subAction: 'nope' } } });
    expect(badParams.body).toMatchObject({ status: 'error', retry: false });
    expect(badParams.body.message).toMatch(/^error validating action params: /);
    expectStatus(await call('POST', '/api/actions/connector/missing/_execute', { body: { params: {} } }), 404);
  });
});

describe('connectors: authorization', () => {
  it('lets a role with actions read list and run connectors, not create them', async () => {
    const role = { elasticsearch: { cluster: [], indices: [], run_as: [] }, kibana: [{ base: [], feature: { actions: ['read'] }, spaces: ['*'] }] };
    expectStatus(await call('PUT', `/api/security/role/connectors_read_${RUN}`, { body: role }), 204);
    expectStatus(await call('POST', `/internal/security/users/reader-${RUN}`, { body: { password: `reader-${RUN}-pass`, roles: [`connectors_read_${RUN}`] } }), 200);
    const headers = { authorization: `Basic ${Buffer.from(`reader-${RUN}:reader-${RUN}-pass`).toString('base64')}` };
    expectStatus(await call('GET', '/api/actions/connectors', { headers }), 200);
    expectStatus(await call('POST', '/api/actions/connector', { body: createBody(), headers }), 403, /^Unauthorized to create a "\.jira" action$/);
    expectStatus(await call('DELETE', '/api/actions/connector/pre-jira', { headers }), 403, /^Unauthorized to delete actions$/);
  });
});

describe('secrets', () => {
  it('never appear in any answer', () => {
    const plain = [...fixture().plainSecrets, 'wrong-token'];
    expect(answers.length).toBeGreaterThan(20);
    for (const text of answers) for (const secret of plain) expect(text).not.toContain(secret);
    // Nor in the log: failures are logged at warn, which the test server prints.
    expect(api.server.output()).toContain('failed');
    for (const secret of plain) expect(api.server.output()).not.toContain(secret);
  });

  it("after a restart with another key, reads still answer and a run answers the decryption error", async () => {
    const { body } = await call('POST', '/api/actions/connector', { body: createBody({ name: 'Before the new key' }) });
    await api.server.stop();
    api = await startCasesServer({ dataDir: api.server.dataDir, args: ['--config', configFile, `--xpack.encryptedSavedObjects.encryptionKey=${OTHER_KEY}`] });
    const read = await call('GET', `/api/actions/connector/${body.id}`);
    expectStatus(read, 200);
    expect(read.body.config).toEqual(fixture().config);
    const run = await call('POST', `/api/actions/connector/${body.id}/_execute`, { body: { params: { subAction: 'issueTypes', subActionParams: {} } } });
    expect(run.body).toMatchObject({ status: 'error', retry: false });
    expect(run.body.message).toBe(`Unable to decrypt the secrets of connector ${body.id}: the encryption key is not the one they were stored with (Unable to decrypt attribute "secrets")`);
  }, 60_000);
});

describe('without an encryption key, and with limited hosts', () => {
  let limited: CasesTestServer;
  beforeAll(async () => {
    // Without the preconfigured file: its connectors point at 127.0.0.1, which this server refuses.
    limited = await startCasesServer({ args: ['--xpack.actions.allowedHosts=localhost'] });
  }, 60_000);
  afterAll(async () => {
    await limited?.server.stop();
  });

  it("refuses secrets with Kibana's message", async () => {
    const body = createBody({ config: { apiUrl: 'http://localhost:1', projectKey: 'P' } });
    expectStatus(
      await call('POST', '/api/actions/connector', { body }, limited),
      400,
      /^Unable to create actions client because the Encrypted Saved Objects plugin is missing encryption key\. Please set xpack\.encryptedSavedObjects\.encryptionKey in config\/cases\.yml\.$/,
    );
  });

  it("refuses a host outside xpack.actions.allowedHosts with Kibana's message", async () => {
    const refused = await call('POST', '/api/actions/connector', { body: createBody() }, limited);
    expectStatus(refused, 400);
    expect(refused.body.message).toBe(`error validating action type config: error configuring connector action: target url "${jira.url}" is not added to the Kibana config xpack.actions.allowedHosts`);
  });
});

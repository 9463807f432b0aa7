/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked against the contract, not typed */
/**
 * Kibana's configure API through the real HTTP stack: `GET`, `POST` and `PATCH
 * /api/cases/configure`. `api.call` checks every answer against docs/openapi.yaml as it
 * arrives; the examples that document the request bodies are sent as they are; and, where
 * Kibana's own OpenAPI file is present, its examples are sent too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contract, createSpace, expectStatus, NONE_CONNECTOR, RUN, spacePath, startCasesServer, type CasesTestServer } from './cases/cases_api';
import { OpenApiContract, type JsonObject } from './cases/openapi_validator';
import { withErrata } from './kibana_openapi_errata';

jest.setTimeout(60_000);

const URL = '/api/cases/configure';
let api: CasesTestServer;

beforeAll(async () => {
  api = await startCasesServer();
});
afterAll(async () => {
  await api?.server.stop();
});

/** Each test works in its own space, so configurations of one never meet another's. */
let spaceCounter = 0;
async function freshSpace(): Promise<string> {
  const id = `cfg-${RUN}-${++spaceCounter}`;
  await createSpace(api, id);
  return id;
}

const body = (overrides: Record<string, unknown> = {}) => ({ owner: 'cases', connector: NONE_CONNECTOR, closure_type: 'close-by-user', ...overrides });

async function post(space: string, overrides: Record<string, unknown> = {}) {
  const res = await api.call('POST', spacePath(space, URL), { body: body(overrides) });
  expectStatus(res, 200);
  return res.body;
}
const patch = (space: string, id: string, changes: Record<string, unknown>) =>
  api.call('PATCH', spacePath(space, `${URL}/${id}`), { body: changes });
const list = async (space: string, query = '') => {
  const res = await api.call('GET', spacePath(space, `${URL}${query}`));
  expectStatus(res, 200);
  return res.body as any[];
};

describe('GET /api/cases/configure', () => {
  it('lists the configurations of the owners asked for; an unknown owner matches nothing', async () => {
    const space = await freshSpace();
    expect(await list(space)).toEqual([]);
    const cases = await post(space);
    const security = await post(space, { owner: 'securitySolution' });
    expect((await list(space)).map((c) => c.id).sort()).toEqual([cases.id, security.id].sort());
    expect(await list(space, '?owner=securitySolution')).toEqual([security]);
    expect((await list(space, '?owner=cases&owner=securitySolution')).length).toBe(2);
    expect(await list(space, '?owner=nobody')).toEqual([]);
  });

  it('does not see another space', async () => {
    const space = await freshSpace();
    await post(space);
    expect(await list(await freshSpace())).toEqual([]);
  });
});

describe('POST /api/cases/configure', () => {
  it("answers Kibana's shape and replaces the owner's configuration", async () => {
    const space = await freshSpace();
    const first = await post(space, { customFields: [{ key: 'ticket', label: 'Ticket', type: 'text', required: false }] });
    expect(first).toMatchObject({ owner: 'cases', customFields: [{ key: 'ticket' }], templates: [], observableTypes: [], mappings: [], error: null, updated_at: null, updated_by: null });
    const second = await post(space, { closure_type: 'close-by-pushing' });
    expect(await list(space, '?owner=cases')).toEqual([second]);
  });

  it('takes a connector cases can push to as the default, and refuses one they cannot (400 naming it)', async () => {
    const space = await freshSpace();
    const refused = await api.call('POST', spacePath(space, URL), { body: body({ connector: { id: 'm', name: 'Mailer', type: '.email', fields: null } }) });
    expectStatus(refused, 400, /"\.email"/);
    expect(await list(space)).toEqual([]);
    const jira = { id: 'j', name: 'Jira', type: '.jira', fields: null };
    const accepted = await api.call('POST', spacePath(space, URL), { body: body({ connector: jira }) });
    expectStatus(accepted, 200);
    expect(accepted.body.connector).toEqual(jira);
    // Kibana's connector mappings of the type: what a push to it sends where.
    expect(accepted.body.mappings).toEqual([
      { source: 'title', target: 'summary', action_type: 'overwrite' },
      { source: 'description', target: 'description', action_type: 'overwrite' },
      { source: 'comments', target: 'comments', action_type: 'append' },
      { source: 'tags', target: 'labels', action_type: 'overwrite' },
    ]);
  });

  it('refuses unknown keys (400), an unregistered owner (403) and over-cap lists (400), writing nothing', async () => {
    const space = await freshSpace();
    expectStatus(await api.call('POST', spacePath(space, URL), { body: body({ extra: 1 }) }), 400);
    expectStatus(await api.call('POST', spacePath(space, URL), { body: body({ owner: 'nobody' }) }), 403);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ key: `f${i}`, label: `F${i}`, type: 'toggle', required: false }));
    expectStatus(
      await api.call('POST', spacePath(space, URL), { body: body({ customFields: eleven }) }),
      400,
      /^The length of the field customFields is too long\. Array must be of length <= 10\.$/,
    );
    expect(await list(space)).toEqual([]);
  });
});

describe('PATCH /api/cases/configure/{configuration_id}', () => {
  it("answers 404 and 409 with Kibana's bodies", async () => {
    const space = await freshSpace();
    const missing = await patch(space, 'not-exist', { closure_type: 'close-by-pushing', version: 'no-version' });
    expectStatus(missing, 404);
    expect(missing.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Saved object [cases-configure/not-exist] not found' });
    const c = await post(space);
    const stale = await patch(space, c.id, { closure_type: 'close-by-pushing', version: 'no-version' });
    expectStatus(stale, 409);
    expect(stale.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'This configuration has been updated. Please refresh before saving additional updates.',
    });
  });

  it('refuses an owner in the body and a change of custom field type', async () => {
    const space = await freshSpace();
    const c = await post(space, { customFields: [{ key: 'k', label: 'Kind', type: 'text', required: false }] });
    expectStatus(await patch(space, c.id, { version: c.version, owner: 'securitySolution' }), 400);
    expectStatus(
      await patch(space, c.id, { version: c.version, customFields: [{ key: 'k', label: 'Kind', type: 'toggle', required: false }] }),
      400,
      /^Invalid custom field types in request for the following labels: "Kind"$/,
    );
    expect((await list(space))[0]).toEqual(c);
  });

  it('lets exactly one of two PATCHes with the same version win; the stored configuration is the winner', async () => {
    const space = await freshSpace();
    const c = await post(space);
    const [a, b] = await Promise.all([
      patch(space, c.id, { version: c.version, closure_type: 'close-by-pushing' }),
      patch(space, c.id, { version: c.version, customFields: [{ key: 'x', label: 'X', type: 'toggle', required: false }] }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    expect((await list(space))[0]).toEqual(winner.body);
  });

  it('removing a custom field definition leaves the cases that hold a value untouched', async () => {
    const space = await freshSpace();
    const c = await post(space, { customFields: [{ key: 'ticket', label: 'Ticket', type: 'text', required: false }] });
    const created = await api.call('POST', spacePath(space, '/api/cases'), {
      body: {
        title: `configured-${RUN}`,
        description: 'holds a ticket',
        tags: [],
        owner: 'cases',
        settings: { syncAlerts: false },
        connector: NONE_CONNECTOR,
        customFields: [{ key: 'ticket', type: 'text', value: 'INC-42' }],
      },
    });
    expectStatus(created, 200);
    expectStatus(await patch(space, c.id, { version: c.version, customFields: [] }), 200);
    const read = await api.call('GET', spacePath(space, `/api/cases/${created.body.id}`));
    expectStatus(read, 200);
    expect(read.body.customFields).toEqual([{ key: 'ticket', type: 'text', value: 'INC-42' }]);
  });
});

const LIMITS_URL = '/internal/cases/configure/_limits';

describe('raised caps', () => {
  it('honours xpack.cases.configure.maxCustomFields from the command line, and GET _limits says so', async () => {
    const raised = await startCasesServer({
      args: ['--xpack.cases.configure.maxCustomFields=12', '--xpack.cases.observables.maxPerCase=7', '--xpack.cases.files.maxSize=2048'],
    });
    try {
      const fields = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `f${i}`, label: `F${i}`, type: 'toggle', required: false }));
      expectStatus(await raised.call('POST', URL, { body: body({ customFields: fields(12) }) }), 200);
      expectStatus(await raised.call('POST', URL, { body: body({ customFields: fields(13) }) }), 400, /<= 12\.$/);
      const limits = await raised.call('GET', LIMITS_URL);
      expectStatus(limits, 200);
      expect(limits.body).toEqual({
        customFields: 12,
        templates: 10,
        observableTypes: 10,
        observablesPerCase: 7,
        // An image may never be larger than any file.
        files: { maxSize: 2048, maxImageSize: 2048, maxPerCase: 100 },
      });
    } finally {
      await raised.server.stop();
    }
  });
});

describe('GET /internal/cases/configure/_limits', () => {
  it("answers Kibana's caps by default, in every space", async () => {
    const space = await freshSpace();
    for (const path of [LIMITS_URL, spacePath(space, LIMITS_URL)]) {
      const res = await api.call('GET', path);
      expectStatus(res, 200);
      expect(res.body).toEqual({
        customFields: 10,
        templates: 10,
        observableTypes: 10,
        observablesPerCase: 50,
        files: { maxSize: 100 * 1024 * 1024, maxImageSize: 10 * 1024 * 1024, maxPerCase: 100 },
      });
    }
  });

  it('is refused to a caller who may read no case settings (403) and to no caller at all (401)', async () => {
    const username = `nosettings_${RUN}`;
    expectStatus(await api.call('POST', `/internal/security/users/${username}`, { body: { password: 'no-settings-pass', roles: [] } }), 200);
    const authorization = `Basic ${Buffer.from(`${username}:no-settings-pass`).toString('base64')}`;
    expectStatus(await api.call('GET', LIMITS_URL, { headers: { authorization } }), 403);
    expectStatus(await api.call('GET', LIMITS_URL, { headers: { authorization: 'Basic bm9ib2R5Om5vcGU=' } }), 401);
  });
});

describe('the documented examples work unchanged', () => {
  it('POST and PATCH with the request examples of docs/openapi.yaml', async () => {
    const space = await freshSpace();
    const created = await api.call('POST', spacePath(space, URL), { body: contract.example('set_case_configuration_request') });
    expectStatus(created, 200);
    const update = { ...contract.example('update_case_configuration_request'), version: created.body.version };
    const updated = await patch(space, created.body.id, update);
    expectStatus(updated, 200);
    expect(updated.body.customFields.map((f: any) => f.key)).toEqual(['ticket_ref', 'escalated']);
    // The template follows: the removed fields' values are gone, the new toggle is added empty.
    expect(updated.body.templates[0].caseFields.customFields).toEqual([
      { key: 'ticket_ref', type: 'text', value: 'Reported via the mail button' },
      { key: 'escalated', type: 'toggle', value: false },
    ]);
  });
});

const KIBANA_FILE = process.env.KIBANA_CASES_OPENAPI ?? resolve(__dirname, '../../../shared/reference/kibana-cases-openapi.json');

(existsSync(KIBANA_FILE) ? describe : describe.skip)("Kibana's own configure examples", () => {
  let kibana: OpenApiContract;
  beforeAll(() => {
    kibana = new OpenApiContract(withErrata(JSON.parse(readFileSync(KIBANA_FILE, 'utf8')) as JsonObject), { id: 'kibana-cases-openapi' });
  });

  it('are accepted and answered as Kibana documents, their Jira default connector included', async () => {
    const space = await freshSpace();
    const set = kibana.example('set_case_configuration_request');
    contract.expectToMatchSchema({ $ref: '#/components/schemas/set_case_configuration_request' }, set, 'set_case_configuration_request');

    const created = await api.call('POST', spacePath(space, URL), { body: set });
    expectStatus(created, 200);
    expect(created.body.connector).toEqual(set.connector);
    kibana.expectResponseToMatch('POST', URL, 200, created.body);

    const update = { ...kibana.example('update_case_configuration_request'), version: created.body.version };
    contract.expectToMatchSchema({ $ref: '#/components/schemas/update_case_configuration_request' }, update, 'update_case_configuration_request');
    const updated = await patch(space, created.body.id, update);
    expectStatus(updated, 200);
    kibana.expectResponseToMatch('PATCH', `${URL}/${created.body.id}`, 200, updated.body);

    const listed = await api.call('GET', spacePath(space, `${URL}?owner=cases`));
    expectStatus(listed, 200);
    kibana.expectResponseToMatch('GET', URL, 200, listed.body);
    expect(listed.body).toEqual([updated.body]);
  });
});

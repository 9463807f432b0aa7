/**
 * Cases obey their owner's custom field configuration, through the HTTP stack: create fills and
 * refuses, PATCH and the one-field PUT check against the owner's definitions, and a value whose
 * definition was removed still reads. Every answer is checked against docs/openapi.yaml as it
 * arrives (the PUT route's contract coverage).
 */
import { caseBody, createCase, createSpace, expectStatus, patchCase, RUN, spacePath, useCasesServer, userActions } from './cases/cases_api';

jest.setTimeout(60_000);

const api = useCasesServer();
const SPACE = `cf-${RUN}`;
const at = (path: string) => spacePath(SPACE, path);

const DEFINITIONS = [
  { key: 'ticket', label: 'Ticket', type: 'text', required: true },
  { key: 'escalated', label: 'Escalated', type: 'toggle', required: false, defaultValue: true },
  { key: 'hosts', label: 'Hosts', type: 'number', required: false },
];
const ticket = (value = 'INC-1') => ({ key: 'ticket', type: 'text', value });

let configuration: { id: string; version: string };

beforeAll(async () => {
  await createSpace(api, SPACE);
  const res = await api.call('POST', at('/api/cases/configure'), {
    body: { owner: 'cases', closure_type: 'close-by-user', connector: { id: 'none', name: 'none', type: '.none', fields: null }, customFields: DEFINITIONS },
  });
  expectStatus(res, 200);
  configuration = res.body;
});

const put = (c: { id: string; version: string }, key: string, value: unknown, caseVersion = c.version) =>
  api.call('PUT', at(`/internal/cases/${c.id}/custom_fields/${key}`), { body: { caseVersion, value } });

describe('creating a case', () => {
  it('fills defaults and nulls in the configuration order', async () => {
    const c = await createCase(api, { customFields: [{ key: 'hosts', type: 'number', value: 3 }, ticket()] }, SPACE);
    expect(c.customFields).toEqual([ticket(), { key: 'escalated', type: 'toggle', value: true }, { key: 'hosts', type: 'number', value: 3 }]);
  });

  it.each([
    ['a missing required field', [], 'Missing required custom fields without default value configured: "Ticket"'],
    ['a wrong type', [ticket(), { key: 'escalated', type: 'text', value: 'yes' }], 'The following custom fields have the wrong type in the request: "Escalated"'],
    ['an unknown key', [ticket(), { key: 'nope', type: 'toggle', value: true }], 'Invalid custom field keys: nope'],
    ['a text of 161 characters', [ticket('x'.repeat(161))], 'The length of the value is too long. The maximum length is 160.'],
  ])('refuses %s with 400', async (_what, customFields, message) => {
    const res = await api.call('POST', at('/api/cases'), { body: caseBody({ customFields }) });
    expectStatus(res, 400);
    expect(res.body.message).toContain(message);
  });
});

describe('PUT /internal/cases/{case_id}/custom_fields/{custom_field_id}', () => {
  it("sets one value, answers the field (Kibana's shape), and logs that field alone", async () => {
    const c = await createCase(api, { customFields: [ticket()] }, SPACE);
    const res = await put(c, 'hosts', 12);
    expectStatus(res, 200);
    expect(res.body).toEqual({ key: 'hosts', type: 'number', value: 12 });
    const read = await api.call('GET', at(`/api/cases/${c.id}`));
    expect(read.body).toMatchObject({ id: c.id, customFields: [ticket(), { key: 'escalated', value: true }, { key: 'hosts', type: 'number', value: 12 }] });
    const logged = (await userActions(api, c.id, {}, SPACE)).filter((a) => a.type === 'customFields');
    expect(logged.map((a) => a.payload)).toEqual([{ customFields: [{ key: 'hosts', type: 'number', value: 12 }] }]);
  });

  it('answers 400 for an unknown key, a null required value, a wrong type; 409 for a stale version; 404 for no case', async () => {
    const c = await createCase(api, { customFields: [ticket()] }, SPACE);
    expectStatus(await put(c, 'nope', 'x'), 400, /cannot find custom field/);
    expectStatus(await put(c, 'ticket', null), 400, /Custom field value cannot be null or undefined\./);
    expectStatus(await put(c, 'escalated', 'yes'), 400, /wrong type in the request: "Escalated"/);
    expectStatus(await put(c, 'hosts', 2 ** 53), 400, /integer between/);
    expectStatus(await put(c, 'hosts', 1), 200);
    expectStatus(await put(c, 'hosts', 2), 409, new RegExp(`This case ${c.id} has been updated\\. Please refresh`));
    expectStatus(await put({ id: 'no-such-case', version: 'x' }, 'hosts', 1), 404);
  });
});

describe('a value whose definition was removed', () => {
  it('still reads, may be carried back by a PATCH, and may not be changed', async () => {
    const c = await createCase(api, { customFields: [ticket(), { key: 'hosts', type: 'number', value: 2 }] }, SPACE);
    const current = await api.call('GET', at(`/api/cases/configure?owner=cases`));
    const latest = current.body.find((conf: { id: string }) => conf.id === configuration.id);
    const patched = await api.call('PATCH', at(`/api/cases/configure/${configuration.id}`), {
      body: { version: latest.version, customFields: DEFINITIONS.filter((d) => d.key !== 'hosts') },
    });
    expectStatus(patched, 200);
    configuration = patched.body;

    const read = await api.call('GET', at(`/api/cases/${c.id}`));
    expectStatus(read, 200);
    expect(read.body.customFields).toContainEqual({ key: 'hosts', type: 'number', value: 2 });
    const carried = await patchCase(api, read.body, { customFields: [ticket('INC-2'), { key: 'hosts', type: 'number', value: 2 }] }, SPACE);
    expectStatus(carried, 200);
    const changed = await patchCase(api, carried.body[0], { customFields: [ticket('INC-2'), { key: 'hosts', type: 'number', value: 3 }] }, SPACE);
    expectStatus(changed, 400, /Invalid custom field keys: hosts/);
    expectStatus(await put(carried.body[0], 'hosts', 3), 400, /cannot find custom field/);
  });
});

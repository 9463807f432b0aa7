/** The custom field limits a request meets before any rule: on POST, PATCH and the one-field PUT. */
import { CASE_CONFIGURE_SAVED_OBJECT } from '../../common/constants';
import { createFakeRouter, type FakeRouter } from '../core/mocks';
import { admin, createHarness, newCase, type Harness } from '../client/__fixtures__/client_harness';
import { registerRoutes } from '.';

let h: Harness;
let router: FakeRouter;
let c: { id: string; version: string };
beforeEach(async () => {
  h = await createHarness();
  router = createFakeRouter();
  registerRoutes({ router, attachmentTypes: h.registries.attachments, kibanaVersion: '9.9.9', getClient: (ctx) => h.client(ctx.spaceId, ctx.user) });
  await h.objects().create(CASE_CONFIGURE_SAVED_OBJECT, {
    connector: { id: 'none', name: 'none', type: '.none', fields: null },
    closure_type: 'close-by-user',
    customFields: [
      { key: 'note', label: 'Note', type: 'text', required: false },
      { key: 'hosts', label: 'Hosts', type: 'number', required: false },
    ],
    templates: [],
    observableTypes: [],
    owner: 'securitySolution',
    created_at: '2024-01-01T00:00:00.000Z',
    created_by: { username: 'elastic', full_name: null, email: null },
    updated_at: null,
    updated_by: null,
  });
  c = (await router.call('post', '/api/cases', { user: admin, body: newCase() })).body as { id: string; version: string };
});
afterEach(() => h.close());

const PUT_PATH = '/internal/cases/{case_id}/custom_fields/{custom_field_id}';
const TOO_LONG = 'The length of the value is too long. The maximum length is 160.';
const UNSAFE = 'The value field should be an integer between -(2^53 - 1) and 2^53 - 1, inclusive.';

describe('custom field values at the edge', () => {
  it.each([
    ['a text of 161 characters', { key: 'note', type: 'text', value: 'x'.repeat(161) }, TOO_LONG],
    ['an unsafe integer', { key: 'hosts', type: 'number', value: 2 ** 53 }, UNSAFE],
    ['a fraction', { key: 'hosts', type: 'number', value: 1.5 }, UNSAFE],
  ])('refuses %s on POST and PATCH', async (_what, field, message) => {
    const posted = await router.call('post', '/api/cases', { user: admin, body: newCase({ customFields: [field as never] }) });
    expect(posted).toMatchObject({ status: 400, body: { message: expect.stringContaining(message) } });
    const patched = await router.call('patch', '/api/cases', { user: admin, body: { cases: [{ id: c.id, version: c.version, customFields: [field] }] } });
    expect(patched).toMatchObject({ status: 400, body: { message: expect.stringContaining(message) } });
  });

  it('takes a text of exactly 160 characters', async () => {
    const field = { key: 'note', type: 'text', value: 'x'.repeat(160) };
    const patched = await router.call('patch', '/api/cases', { user: admin, body: { cases: [{ id: c.id, version: c.version, customFields: [field] }] } });
    expect(patched).toMatchObject({ status: 200, body: [{ customFields: [field, { key: 'hosts', type: 'number', value: null }] }] });
  });

  it.each([
    ['a text of 161 characters', 'note', 'x'.repeat(161), TOO_LONG],
    ['an unsafe integer', 'hosts', -(2 ** 53), UNSAFE],
    ['an object', 'note', { a: 1 }, 'value'],
  ])('refuses %s on PUT', async (_what, key, value, message) => {
    const res = await router.call('put', PUT_PATH, { user: admin, params: { case_id: c.id, custom_field_id: key }, body: { caseVersion: c.version, value } });
    expect(res).toMatchObject({ status: 400, body: { message: expect.stringContaining(message) } });
  });

  it('refuses a PUT body with an unknown key or without caseVersion', async () => {
    const params = { case_id: c.id, custom_field_id: 'note' };
    expect((await router.call('put', PUT_PATH, { user: admin, params, body: { caseVersion: c.version, value: 'a', extra: 1 } })).status).toBe(400);
    expect((await router.call('put', PUT_PATH, { user: admin, params, body: { value: 'a' } })).status).toBe(400);
  });

  it('answers the field on PUT, as Kibana does', async () => {
    const res = await router.call('put', PUT_PATH, { user: admin, params: { case_id: c.id, custom_field_id: 'hosts' }, body: { caseVersion: c.version, value: 42 } });
    expect(res).toMatchObject({ status: 200, body: { key: 'hosts', type: 'number', value: 42 } });
  });
});

import { createFakeRouter, type FakeRouter } from '../core/mocks';
import { admin, createHarness, newCase, type Harness } from '../client/__fixtures__/client_harness';
import { registerRoutes } from '.';

let h: Harness;
let router: FakeRouter;
beforeEach(async () => {
  h = await createHarness();
  router = createFakeRouter();
  registerRoutes({ router, attachmentTypes: h.registries.attachments, kibanaVersion: '9.9.9', getClient: (ctx) => h.client(ctx.spaceId, ctx.user) });
});
afterEach(() => h.close());

describe('cases routes', () => {
  it('creates, reads and finds a case', async () => {
    const created = await router.call('post', '/api/cases', { user: admin, body: newCase() });
    expect(created.status).toBe(200);
    const id = (created.body as { id: string }).id;
    const got = await router.call('get', '/api/cases/{case_id}', { user: admin, params: { case_id: id } });
    expect(got).toMatchObject({ status: 200, body: { id, incremental_id: 1 } });
    const found = await router.call('get', '/api/cases/_find', { user: admin, query: { perPage: '5', page: '1', status: 'open', tags: 'auth' } });
    expect(found).toMatchObject({ status: 200, body: { total: 1, per_page: 5 } });
  });

  it.each([
    ['an unknown key', { ...newCase(), foo: 1 }, 'invalid keys "foo"'],
    ['a title past 160', newCase({ title: 'x'.repeat(161) }), 'The length of the title is too long. The maximum length is 160.'],
    ['an empty title', newCase({ title: '  ' }), 'The title field cannot be an empty string.'],
    ['201 tags', newCase({ tags: Array.from({ length: 201 }, (_, i) => `t${i}`) }), 'The length of the field tags is too long. Array must be of length <= 200.'],
    ['a bad severity', { ...newCase(), severity: 'urgent' }, 'severity'],
    ['no settings', (({ settings: _s, ...rest }) => rest)(newCase()), 'settings'],
  ])('refuses %s with 400 naming it', async (_what, body, message) => {
    const res = await router.call('post', '/api/cases', { user: admin, body });
    expect(res.status).toBe(400);
    expect((res.body as { message: string }).message).toContain(message);
  });

  const customField = (key: string, value = 'v') => ({ key, type: 'text' as const, value });

  it('refuses two custom fields with one key, on POST and PATCH, with Kibana\'s 400 (Kibana: server/client/cases/create.ts, bulk_update.ts)', async () => {
    const message = 'Invalid duplicated customFields keys in request: dup';
    const posted = await router.call('post', '/api/cases', { user: admin, body: newCase({ customFields: [customField('dup'), customField('dup', 'w'), customField('other')] }) });
    expect(posted).toMatchObject({ status: 400, body: { message: expect.stringContaining(message) } });
    const c = (await router.call('post', '/api/cases', { user: admin, body: newCase() })).body as { id: string; version: string };
    const patched = await router.call('patch', '/api/cases', {
      user: admin,
      body: { cases: [{ id: c.id, version: c.version, customFields: [customField('dup'), customField('dup')] }] },
    });
    expect(patched).toMatchObject({ status: 400, body: { message: expect.stringContaining(message) } });
  });

  it.each([
    ['a custom field key past 36', { customFields: [customField('k'.repeat(37))] }, 'The length of the key is too long. The maximum length is 36.'],
    ['an empty custom field key', { customFields: [customField('')] }, 'The length of the key is too short. The minimum length is 1.'],
    ['a patch owner past its bound', { owner: 'o'.repeat(257) }, 'The length of the owner is too long. The maximum length is 256.'],
  ])('refuses %s in a PATCH with 400 naming it', async (_what, fields, message) => {
    const c = (await router.call('post', '/api/cases', { user: admin, body: newCase() })).body as { id: string; version: string };
    const res = await router.call('patch', '/api/cases', { user: admin, body: { cases: [{ id: c.id, version: c.version, ...fields }] } });
    expect(res).toMatchObject({ status: 400, body: { message: expect.stringContaining(message) } });
  });

  it.each([
    ['tags', 'x'.repeat(257), 'The length of the tags is too long. The maximum length is 256.'],
    ['category', 'x'.repeat(51), 'The length of the category is too long. The maximum length is 50.'],
    ['assignees', 'x'.repeat(513), 'The length of the assignees is too long. The maximum length is 512.'],
    ['reporters', 'x'.repeat(1025), 'The length of the reporters is too long. The maximum length is 1024.'],
  ])('refuses a find filter value of %s past its bound with 400 naming it', async (field, value, message) => {
    const res = await router.call('get', '/api/cases/_find', { user: admin, query: { [field]: ['ok', value] } });
    expect(res).toMatchObject({ status: 400, body: { message: expect.stringContaining(message) } });
  });

  it('resolves a case as Kibana\'s internal resolve route does: { case, outcome: exactMatch }, 404 when missing', async () => {
    const c = (await router.call('post', '/api/cases', { user: admin, body: newCase() })).body as { id: string };
    const resolved = await router.call('get', '/api/cases/{case_id}/resolve', { user: admin, params: { case_id: c.id }, query: { includeComments: 'false' } });
    expect(resolved).toMatchObject({ status: 200, body: { outcome: 'exactMatch', case: { id: c.id, comments: [] } } });
    expect(await router.call('get', '/api/cases/{case_id}/resolve', { user: admin, params: { case_id: 'fake-id' } })).toMatchObject({ status: 404 });
  });

  it('deletes by ids given as a JSON array or repeated', async () => {
    const a = (await router.call('post', '/api/cases', { user: admin, body: newCase() })).body as { id: string };
    const b = (await router.call('post', '/api/cases', { user: admin, body: newCase() })).body as { id: string };
    expect((await router.call('delete', '/api/cases', { user: admin, query: { ids: JSON.stringify([a.id]) } })).status).toBe(204);
    expect((await router.call('delete', '/api/cases', { user: admin, query: { ids: [b.id] } })).status).toBe(204);
    const tooMany = await router.call('delete', '/api/cases', { user: admin, query: { ids: Array.from({ length: 101 }, (_, i) => `c${i}`) } });
    expect(tooMany.status).toBe(400);
  });

  it('refuses paging past the window and perPage over 100', async () => {
    expect((await router.call('get', '/api/cases/_find', { user: admin, query: { perPage: '101' } })).body).toMatchObject({
      message: 'The provided perPage value is too high. The maximum allowed perPage value is 100.',
    });
    expect((await router.call('get', '/api/cases/_find', { user: admin, query: { perPage: '100', page: '101' } })).status).toBe(400);
    expect((await router.call('get', '/api/cases/_find', { user: admin, query: { sortField: 'nope' } })).status).toBe(400);
  });

  it('answers 406 for a patch that changes nothing', async () => {
    const c = (await router.call('post', '/api/cases', { user: admin, body: newCase() })).body as { id: string; version: string };
    const res = await router.call('patch', '/api/cases', { user: admin, body: { cases: [{ id: c.id, version: c.version, tags: ['auth'] }] } });
    expect(res.status).toBe(406);
  });

  it('serves comments, user actions, tags, reporters, categories and bulk get', async () => {
    const c = (await router.call('post', '/api/cases', { user: admin, body: newCase({ category: 'cat' }) })).body as { id: string };
    const params = { case_id: c.id };
    expect((await router.call('post', '/api/cases/{case_id}/comments', { user: admin, params, body: { type: 'user', comment: 'hi', owner: 'securitySolution' } })).status).toBe(200);
    expect((await router.call('get', '/api/cases/{case_id}/comments/_find', { user: admin, params })).body).toMatchObject({ total: 1 });
    expect((await router.call('get', '/api/cases/{case_id}/comments', { user: admin, params })).body).toHaveLength(1);
    expect((await router.call('get', '/api/cases/{case_id}/user_actions/_find', { user: admin, params, query: { types: 'comment' } })).body).toMatchObject({ total: 1 });
    expect((await router.call('get', '/api/cases/{case_id}/user_actions', { user: admin, params })).body).toHaveLength(2);
    expect((await router.call('get', '/api/cases/tags', { user: admin, query: { owner: 'securitySolution' } })).body).toEqual(['auth']);
    expect((await router.call('get', '/internal/cases/categories', { user: admin })).body).toEqual(['cat']);
    expect((await router.call('get', '/api/cases/reporters', { user: admin })).body).toHaveLength(1);
    expect((await router.call('post', '/internal/cases/_bulk_get', { user: admin, body: { ids: [c.id] } })).body).toMatchObject({ errors: [] });
    expect((await router.call('post', '/api/cases/{case_id}/comments', { user: admin, params, body: { type: 'user', comment: '', owner: 'securitySolution' } })).body).toMatchObject({
      message: 'The comment field cannot be an empty string.',
    });
    expect((await router.call('delete', '/api/cases/{case_id}/comments', { user: admin, params })).status).toBe(204);
  });
});

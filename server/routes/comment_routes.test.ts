import { createFakeRouter, type FakeRouter } from '../core/mocks';
import { admin, createHarness, newCase, type Harness } from '../client/__fixtures__/client_harness';
import { registerRoutes } from '.';

let h: Harness;
let router: FakeRouter;
beforeEach(async () => {
  h = await createHarness();
  router = createFakeRouter();
  registerRoutes({ router, attachmentTypes: h.registries.attachments, kibanaVersion: '8.18.0', getClient: (ctx) => h.client(ctx.spaceId, ctx.user) });
});
afterEach(() => h.close());

async function caseWithComment() {
  const c = (await router.call('post', '/api/cases', { user: admin, body: newCase() })).body as { id: string };
  const params = { case_id: c.id };
  await router.call('post', '/api/cases/{case_id}/comments', { user: admin, params, body: { type: 'user', comment: 'hi', owner: 'securitySolution' } });
  return params;
}

describe('comment and user-action routes, as Kibana answers', () => {
  // Kibana's deprecated list endpoints carry `Warning: 299 Kibana-<version> "Deprecated endpoint"`.
  it('warns on the deprecated lists, and only there', async () => {
    const params = await caseWithComment();
    const warning = '299 Kibana-8.18.0 "Deprecated endpoint"';
    expect((await router.call('get', '/api/cases/{case_id}/comments', { user: admin, params })).headers).toEqual({ warning });
    expect((await router.call('get', '/api/cases/{case_id}/user_actions', { user: admin, params })).headers).toEqual({ warning });
    expect((await router.call('get', '/api/cases/{case_id}/comments/_find', { user: admin, params })).headers).toEqual({});
    expect((await router.call('get', '/api/cases/{case_id}/user_actions/_find', { user: admin, params })).headers).toEqual({});
  });

  it('names an unknown attachment type in its 400', async () => {
    const params = await caseWithComment();
    const res = await router.call('post', '/api/cases/{case_id}/comments', { user: admin, params, body: { type: 'lens', owner: 'securitySolution' } });
    expect(res).toMatchObject({ status: 400, body: { message: 'Attachment type lens is not registered.' } });
  });

  // Kibana: get case with includeComments=false answers without comments (the totals stay).
  it('leaves the comments out when includeComments is false', async () => {
    const params = await caseWithComment();
    const without = await router.call('get', '/api/cases/{case_id}', { user: admin, params, query: { includeComments: 'false' } });
    expect(without.body).toMatchObject({ comments: [], totalComment: 1 });
    const withThem = await router.call('get', '/api/cases/{case_id}', { user: admin, params, query: { includeComments: 'true' } });
    expect((withThem.body as { comments: unknown[] }).comments).toHaveLength(1);
  });

  // Kibana answers 404 on a deleted case's user_actions/_find and [] on the deprecated list.
  it('answers 404 on _find and [] on the list once the case is deleted', async () => {
    const params = await caseWithComment();
    await router.call('delete', '/api/cases', { user: admin, query: { ids: [params.case_id] } });
    expect((await router.call('get', '/api/cases/{case_id}/user_actions/_find', { user: admin, params })).status).toBe(404);
    expect((await router.call('get', '/api/cases/{case_id}/user_actions', { user: admin, params })).body).toEqual([]);
  });
});

/**
 * Kibana's Lens attachment (`persistableState` of sub-type `.lens`) through the comments API:
 * posted as Kibana's clients post it, read back, logged with its payload, found among the
 * case's attachments, deleted; and refused with a 400 naming the field when its state is not
 * a visualization with its time range.
 */
import { INTERNAL_BULK_CREATE_ATTACHMENTS_URL, MAX_PERSISTABLE_STATE_ATTACHMENTS } from '../../common/constants';
import { createFakeRouter, type FakeRouter } from '../core/mocks';
import { admin, createHarness, newCase, type Harness } from '../client/__fixtures__/client_harness';
import { registerRoutes } from '../routes';

let h: Harness;
let router: FakeRouter;
beforeEach(async () => {
  h = await createHarness();
  router = createFakeRouter();
  registerRoutes({ router, attachmentTypes: h.registries.attachments, kibanaVersion: '9.9.9', getClient: (ctx) => h.client(ctx.spaceId, ctx.user) });
});
afterEach(() => h.close());

const state = {
  attributes: {
    title: 'Alerts per host',
    visualizationType: 'lnsXY',
    type: 'lens',
    references: [{ type: 'index-pattern', id: 'alerts-view', name: 'indexpattern-datasource-layer-l1' }],
    state: { datasourceStates: { formBased: { layers: {} } }, visualization: { layers: [] }, query: { query: '', language: 'kuery' }, filters: [] },
  },
  timeRange: { from: '2025-04-24T00:00:00.000Z', to: '2025-05-01T00:00:00.000Z' },
};
const lens = (persistableStateAttachmentState: unknown = state, more: Record<string, unknown> = {}) => ({
  type: 'persistableState',
  persistableStateAttachmentTypeId: '.lens',
  persistableStateAttachmentState,
  owner: 'securitySolution',
  ...more,
});

type CaseBody = { id: string; totalComment: number; comments: Array<{ id: string; type: string }> };

async function newCaseParams() {
  const c = (await router.call('post', '/api/cases', { user: admin, body: newCase() })).body as { id: string };
  return { case_id: c.id };
}
const post = (params: { case_id: string }, body: unknown) => router.call('post', '/api/cases/{case_id}/comments', { user: admin, params, body });

describe('a Lens attachment through the comments API', () => {
  it('is posted, read, logged with its payload, found and deleted', async () => {
    const params = await newCaseParams();
    const posted = await post(params, lens());
    expect(posted.status).toBe(200);
    const body = posted.body as CaseBody;
    // Kibana counts user comments only in totalComment.
    expect(body).toMatchObject({ totalComment: 0, comments: [lens()] });
    const commentId = body.comments[0].id;

    const read = await router.call('get', '/api/cases/{case_id}/comments/{comment_id}', { user: admin, params: { ...params, comment_id: commentId } });
    expect(read).toMatchObject({ status: 200, body: { id: commentId, ...lens() } });
    // Kibana's comments/_find lists user comments only; the full list holds every attachment.
    const found = await router.call('get', '/api/cases/{case_id}/comments/_find', { user: admin, params, query: {} });
    expect((found.body as { comments: unknown[] }).comments).toEqual([]);
    const all = await router.call('get', '/api/cases/{case_id}/comments', { user: admin, params });
    expect(all.body).toEqual([expect.objectContaining(lens())]);

    // Kibana's "attachment" filter of the activity is externalReference and persistableState comments.
    const actions = await router.call('get', '/api/cases/{case_id}/user_actions/_find', { user: admin, params, query: { types: 'attachment' } });
    expect((actions.body as { userActions: unknown[] }).userActions).toEqual([
      expect.objectContaining({ action: 'create', type: 'comment', comment_id: commentId, payload: { comment: lens() } }),
    ]);

    const deleted = await router.call('delete', '/api/cases/{case_id}/comments/{comment_id}', { user: admin, params: { ...params, comment_id: commentId } });
    expect(deleted.status).toBe(204);
    expect(((await router.call('get', '/api/cases/{case_id}', { user: admin, params })).body as CaseBody).comments).toEqual([]);
  });

  it("accepts Kibana's optional time-range mode and metadata, and a relative range", async () => {
    const params = await newCaseParams();
    const relative = { ...state, timeRange: { from: 'now-24h', to: 'now', mode: 'relative' }, metadata: { description: 'from a dashboard' } };
    expect((await post(params, lens(relative))).status).toBe(200);
  });

  it.each<[string, unknown, string | RegExp]>([
    ['no time range', { attributes: state.attributes }, 'persistableStateAttachmentState.timeRange'],
    ['no attributes', { timeRange: state.timeRange }, 'persistableStateAttachmentState.attributes'],
    ['an unknown key in the state', { ...state, colour: 'red' }, 'invalid keys "colour" in "persistableStateAttachmentState"'],
    ['an unknown key in the time range', { ...state, timeRange: { ...state.timeRange, zone: 'UTC' } }, 'invalid keys "zone"'],
    ['a time range that is not strings', { ...state, timeRange: { from: 1, to: 2 } }, 'timeRange.from'],
    ['an empty title', { ...state, attributes: { ...state.attributes, title: ' ' } }, 'The title field cannot be an empty string.'],
    ['no chart type', { ...state, attributes: { ...state.attributes, visualizationType: null } }, 'visualizationType'],
    ['a state that is not an object', { ...state, attributes: { ...state.attributes, state: 'bars' } }, 'attributes.state'],
    ['references that are not references', { ...state, attributes: { ...state.attributes, references: [{ id: 'x' }] } }, 'references'],
    ['a state that is not an object at all', [state], 'persistableStateAttachmentState'],
  ])('refuses %s with a 400 naming the field', async (_what, badState, message) => {
    const params = await newCaseParams();
    const res = await post(params, lens(badState));
    expect(res).toMatchObject({ status: 400, body: { statusCode: 400, error: 'Bad Request', message: expect.stringContaining(message as string) } });
  });

  it('refuses an unregistered persistable-state sub-type and unknown top-level keys', async () => {
    const params = await newCaseParams();
    expect(await post(params, lens(state, { persistableStateAttachmentTypeId: '.dashboard' }))).toMatchObject({
      status: 400,
      body: { message: 'Attachment type .dashboard is not registered.' },
    });
    expect(await post(params, lens(state, { extra: true }))).toMatchObject({ status: 400, body: { message: expect.stringContaining('invalid keys "extra"') } });
  });

  it("holds a case to Kibana's 100 persistable-state attachments", async () => {
    const params = await newCaseParams();
    const bulk = Array.from({ length: MAX_PERSISTABLE_STATE_ATTACHMENTS }, () => lens());
    expect((await router.call('post', INTERNAL_BULK_CREATE_ATTACHMENTS_URL, { user: admin, params, body: bulk })).status).toBe(200);
    expect(await post(params, lens())).toMatchObject({
      status: 400,
      body: { message: `Case has reached the maximum allowed number (${MAX_PERSISTABLE_STATE_ATTACHMENTS}) of attached persistable state attachments.` },
    });
  });
});

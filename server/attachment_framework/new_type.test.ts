/**
 * The attachment framework's promise: a new attachment type is one registration. The fixture
 * type below is registered and nothing else changes; it is then posted, read, counted, found in
 * the activity and deleted through the routes, with its limit and hooks honoured.
 */
import * as t from 'io-ts';
import { strict } from '../../common/core/codec';
import { idString } from '../../common/types/api/request_codecs';
import { OwnerRt } from '../../common/types/domain/enums';
import { createFakeRouter, type FakeRouter } from '../core/mocks';
import { admin, createHarness, newCase, type Harness } from '../client/__fixtures__/client_harness';
import { createCasesRegistries } from '../registries/cases_registries';
import { registerRoutes } from '../routes';
import type { AnyAttachmentPayload } from '../../common/types/domain/attachment';
import type { AttachmentHookContext, AttachmentTypeDefinition } from './types';

const hookCalls: Array<{ hook: string; caseId: string; ids: string[] }> = [];
const record = (hook: string) => async ({ caseId, attachments }: AttachmentHookContext) => {
  hookCalls.push({ hook, caseId, ids: attachments.map((a) => a.id) });
};

/** A "widget": a made-up type that counts toward the alerts total and allows two per case. */
const widgetType: AttachmentTypeDefinition = {
  type: 'widget',
  request: strict({ type: t.literal('widget'), widgetId: idString('widgetId', 64), owner: OwnerRt }, 'WidgetRequest') as t.Decoder<unknown, AnyAttachmentPayload>,
  stored: t.type({ type: t.literal('widget'), widgetId: t.string, owner: OwnerRt }) as t.Decoder<unknown, AnyAttachmentPayload>,
  mappings: { widgetId: { type: 'keyword' } },
  total: 'totalAlerts',
  limit: { max: 2, noun: 'widgets' },
  hooks: { onAdded: record('added'), onDeleted: record('deleted') },
};

let h: Harness;
let router: FakeRouter;
beforeEach(async () => {
  hookCalls.length = 0;
  const registries = createCasesRegistries();
  registries.attachments.register(widgetType);
  h = await createHarness({ registries });
  router = createFakeRouter();
  registerRoutes({ router, attachmentTypes: registries.attachments, kibanaVersion: '9.9.9', getClient: (ctx) => h.client(ctx.spaceId, ctx.user) });
});
afterEach(() => h.close());

const widget = (widgetId: string) => ({ type: 'widget', widgetId, owner: 'securitySolution' });
type CaseBody = { id: string; totalAlerts: number; totalComment: number; comments: Array<{ id: string; type: string; widgetId?: string }> };

describe('an attachment type added by one registration', () => {
  it('is posted, read, counted, logged, found and deleted through the API', async () => {
    const c = (await router.call('post', '/api/cases', { user: admin, body: newCase() })).body as { id: string };
    const params = { case_id: c.id };
    const posted = await router.call('post', '/api/cases/{case_id}/comments', { user: admin, params, body: widget('w-1') });
    expect(posted.status).toBe(200);
    const body = posted.body as CaseBody;
    expect(body).toMatchObject({ totalAlerts: 1, totalComment: 0, comments: [{ type: 'widget', widgetId: 'w-1', owner: 'securitySolution' }] });
    const commentId = body.comments[0].id;
    expect(hookCalls).toEqual([{ hook: 'added', caseId: c.id, ids: [commentId] }]);

    const read = await router.call('get', '/api/cases/{case_id}/comments/{comment_id}', { user: admin, params: { ...params, comment_id: commentId } });
    expect(read.body).toMatchObject({ id: commentId, type: 'widget', widgetId: 'w-1' });
    const found = await router.call('get', '/api/cases/_find', { user: admin, query: {} });
    expect((found.body as { cases: CaseBody[] }).cases[0]).toMatchObject({ id: c.id, totalAlerts: 1, totalComment: 0 });
    const actions = await router.call('get', '/api/cases/{case_id}/user_actions/_find', { user: admin, params, query: { types: 'comment' } });
    expect((actions.body as { userActions: unknown[] }).userActions).toEqual([
      expect.objectContaining({ action: 'create', type: 'comment', comment_id: commentId, payload: { comment: widget('w-1') } }),
    ]);

    const deleted = await router.call('delete', '/api/cases/{case_id}/comments/{comment_id}', { user: admin, params: { ...params, comment_id: commentId } });
    expect(deleted.status).toBe(204);
    expect(hookCalls[1]).toEqual({ hook: 'deleted', caseId: c.id, ids: [commentId] });
    const after = (await router.call('get', '/api/cases/{case_id}', { user: admin, params })).body as CaseBody;
    expect(after).toMatchObject({ totalAlerts: 0, comments: [] });
  });

  it('is held to its own limit with Kibana-style wording, and its request codec stays strict', async () => {
    const c = (await router.call('post', '/api/cases', { user: admin, body: newCase() })).body as { id: string };
    const params = { case_id: c.id };
    for (const id of ['a', 'b']) expect((await router.call('post', '/api/cases/{case_id}/comments', { user: admin, params, body: widget(id) })).status).toBe(200);
    const third = await router.call('post', '/api/cases/{case_id}/comments', { user: admin, params, body: widget('c') });
    expect(third).toMatchObject({ status: 400, body: { message: 'Case has reached the maximum allowed number (2) of attached widgets.' } });
    const extra = await router.call('post', '/api/cases/{case_id}/comments', { user: admin, params, body: { ...widget('d'), colour: 'red' } });
    expect(extra).toMatchObject({ status: 400, body: { message: expect.stringContaining('invalid keys "colour"') } });
  });
});

/**
 * The activity log: every change to a case writes a user action with the contract's payload,
 * and GET /api/cases/{caseId}/user_actions/_find filters, sorts and pages them.
 */
import { addComment, createCase, expectStatus, patchCase, qs, RUN, useCasesServer, userActions } from './cases_api';

const api = useCasesServer();

type Action = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const ofType = (actions: Action[], type: string) => actions.filter((a) => a.type === type);

/** Applies one change and returns the case after it. */
async function change(theCase: { id: string; version: string }, changes: Record<string, unknown>) {
  const res = await patchCase(api, theCase, changes);
  expectStatus(res, 200);
  return res.body[0];
}

describe('user actions written per change', () => {
  it('records create_case with the whole case in the payload', async () => {
    const created = await createCase(api, { severity: 'high', assignees: [{ uid: 'u_alice' }], category: 'malware', tags: ['a', 'b'] });
    const actions = await userActions(api, created.id);
    expect(actions).toHaveLength(1);
    const [create] = actions;
    expect(create).toMatchObject({ type: 'create_case', action: 'create', comment_id: null, owner: 'cases' });
    expect(create.created_by.username).toBe('elastic');
    expect(create.payload).toMatchObject({
      title: created.title,
      description: created.description,
      tags: ['a', 'b'],
      severity: 'high',
      assignees: [{ uid: 'u_alice' }],
      category: 'malware',
      owner: 'cases',
      settings: { syncAlerts: false },
      connector: { id: 'none', name: 'none', type: '.none', fields: null },
    });
    expect(Date.parse(create.created_at)).toBeGreaterThanOrEqual(Date.parse(created.created_at) - 1000);
  });

  it('records one action per changed field, with the new value as payload', async () => {
    let c = await createCase(api, { tags: ['old'] });
    c = await change(c, { title: `${c.title} (renamed)` });
    c = await change(c, { description: 'new description' });
    c = await change(c, { status: 'in-progress' });
    c = await change(c, { severity: 'critical' });
    c = await change(c, { tags: ['old', 'new'] });
    c = await change(c, { assignees: [{ uid: 'u_bob' }] });
    c = await change(c, { category: 'phishing' });
    c = await change(c, { settings: { syncAlerts: true } });
    const actions = await userActions(api, c.id, { sortOrder: 'asc' });
    const payloadOf = (type: string) => ofType(actions, type).map((a) => a.payload);
    expect(payloadOf('title')).toEqual([{ title: c.title }]);
    expect(payloadOf('description')).toEqual([{ description: 'new description' }]);
    expect(payloadOf('status')).toEqual([{ status: 'in-progress' }]);
    expect(payloadOf('severity')).toEqual([{ severity: 'critical' }]);
    expect(payloadOf('tags').flatMap((p) => p.tags)).toContain('new');
    expect(payloadOf('assignees').flatMap((p) => p.assignees)).toContainEqual({ uid: 'u_bob' });
    expect(payloadOf('category')).toEqual([{ category: 'phishing' }]);
    expect(payloadOf('settings')).toEqual([{ settings: { syncAlerts: true } }]);
    for (const type of ['title', 'description', 'status', 'severity', 'category', 'settings']) {
      expect(ofType(actions, type).map((a) => a.action)).toEqual(['update']);
    }
    expect(actions[0].type).toBe('create_case');
    expect(actions.every((a) => a.created_by.username === 'elastic' && a.owner === 'cases')).toBe(true);
  });

  it('records two actions when one PATCH changes two fields', async () => {
    const c = await createCase(api);
    await change(c, { title: `${c.title}!`, severity: 'medium' });
    const types = (await userActions(api, c.id)).map((a) => a.type).sort();
    expect(types).toEqual(['create_case', 'severity', 'title']);
  });

  it('records closing and reopening as status actions', async () => {
    let c = await createCase(api);
    c = await change(c, { status: 'closed' });
    c = await change(c, { status: 'open' });
    const statuses = ofType(await userActions(api, c.id, { sortOrder: 'asc' }), 'status').map((a) => a.payload.status);
    expect(statuses).toEqual(['closed', 'open']);
  });

  it('records comments being added, updated and deleted, with comment_id and the comment payload', async () => {
    const c = await createCase(api);
    const [comment] = (await addComment(api, c.id, 'first words')).comments;
    const patched = await api.call('PATCH', `/api/cases/${c.id}/comments`, {
      body: { id: comment.id, version: comment.version, type: 'user', comment: 'second words', owner: 'cases' },
    });
    expectStatus(patched, 200);
    expectStatus(await api.call('DELETE', `/api/cases/${c.id}/comments/${comment.id}`), 204);
    const comments = ofType(await userActions(api, c.id, { sortOrder: 'asc' }), 'comment');
    expect(comments.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    expect(comments.every((a) => a.comment_id === comment.id)).toBe(true);
    expect(comments[0].payload).toEqual({ comment: { type: 'user', comment: 'first words', owner: 'cases' } });
    expect(comments[1].payload.comment).toMatchObject({ type: 'user', comment: 'second words' });
  });

  it('writes nothing for a refused change', async () => {
    const c = await createCase(api);
    expectStatus(await patchCase(api, c, { severity: 'urgent' }), 400);
    expectStatus(await patchCase(api, { id: c.id, version: 'Wzk5OTksOTld' }, { title: 'stale' }), 409);
    expect((await userActions(api, c.id)).map((a) => a.type)).toEqual(['create_case']);
  });
});

describe('GET /api/cases/{caseId}/user_actions/_find', () => {
  let caseId = '';

  beforeAll(async () => {
    let c = await createCase(api);
    caseId = c.id;
    c = await change(c, { title: `${c.title} 1` });
    c = await change(c, { severity: 'high' });
    await addComment(api, c.id, 'a');
    await addComment(api, c.id, 'b');
  });

  const find = (params: Record<string, string | number | string[]>) => api.call('GET', `/api/cases/${caseId}/user_actions/_find?${qs(params)}`);

  it('filters by types', async () => {
    const comments = await find({ types: 'comment' });
    expectStatus(comments, 200);
    expect(comments.body.userActions.map((a: Action) => a.type)).toEqual(['comment', 'comment']);
    expect(comments.body.total).toBe(2);
    const several = await find({ types: ['title', 'severity'] });
    expect(several.body.userActions.map((a: Action) => a.type).sort()).toEqual(['severity', 'title']);
  });

  it('sorts by creation time in both orders, oldest first by default as Kibana does', async () => {
    const asc = (await find({ sortOrder: 'asc' })).body.userActions.map((a: Action) => a.type);
    expect(asc).toEqual(['create_case', 'title', 'severity', 'comment', 'comment']);
    const desc = (await find({ sortOrder: 'desc' })).body.userActions.map((a: Action) => a.type);
    expect(desc).toEqual([...asc].reverse());
    // Kibana's implementation answers oldest first; the contract's shared sortOrder parameter says desc.
    expect((await find({})).body.userActions.map((a: Action) => a.type)).toEqual(asc);
  });

  it('pages with page and perPage', async () => {
    const page = await find({ sortOrder: 'asc', page: 2, perPage: 2 });
    expectStatus(page, 200);
    expect(page.body).toMatchObject({ page: 2, perPage: 2, total: 5 });
    expect(page.body.userActions.map((a: Action) => a.type)).toEqual(['severity', 'comment']);
  });

  it('answers 404 for an unknown case and 400 for bad parameters', async () => {
    // As in Kibana, whose find resolves the case first: a missing (or deleted) case is a 404.
    const unknown = await api.call('GET', `/api/cases/missing-${RUN}/user_actions/_find`);
    expectStatus(unknown, 404);
    expectStatus(await find({ types: 'bogus' }), 400, /types/);
    expectStatus(await find({ sortOrder: 'sideways' }), 400, /sortOrder/);
    expectStatus(await find({ perPage: 101 }), 400, /perPage/);
    expectStatus(await find({ colour: 'red' }), 400, /colour/);
  });
});

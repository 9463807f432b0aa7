/**
 * User comments on a case: add, update with a version, find, get one, delete one, delete all.
 */
import { addComment, createCase, expectStatus, qs, RUN, useCasesServer } from './cases_api';

const api = useCasesServer();

const findComments = (caseId: string, params: Record<string, string | number> = {}) =>
  api.call('GET', `/api/cases/${caseId}/comments/_find?${qs(params)}`);
const patchComment = (caseId: string, body: Record<string, unknown>) => api.call('PATCH', `/api/cases/${caseId}/comments`, { body });

describe('POST /api/cases/{caseId}/comments', () => {
  it('adds a user comment and answers the case with it', async () => {
    const created = await createCase(api);
    const res = await api.call('POST', `/api/cases/${created.id}/comments`, { body: { type: 'user', comment: 'Host isolated', owner: 'cases' } });
    expectStatus(res, 200);
    expect(res.body.id).toBe(created.id);
    expect(res.body.totalComment).toBe(1);
    expect(res.body.version).not.toBe(created.version);
    const [comment] = res.body.comments;
    expect(comment).toMatchObject({ type: 'user', comment: 'Host isolated', owner: 'cases', pushed_at: null, updated_at: null });
    expect(comment.created_by.username).toBe('elastic');
    expect(typeof comment.id).toBe('string');
    expect(typeof comment.version).toBe('string');
  });

  it('answers 404 for an unknown case', async () => {
    expectStatus(await api.call('POST', `/api/cases/missing-${RUN}/comments`, { body: { type: 'user', comment: 'x', owner: 'cases' } }), 404);
  });

  it('answers 400 for a missing comment, a wrong type, a wrong owner or an unknown key, and adds nothing', async () => {
    const created = await createCase(api);
    const post = (body: unknown) => api.call('POST', `/api/cases/${created.id}/comments`, { body });
    expectStatus(await post({ type: 'user', owner: 'cases' }), 400, /comment/);
    expectStatus(await post({ type: 'note', comment: 'x', owner: 'cases' }), 400, /type/);
    expectStatus(await post({ type: 'user', comment: 'x', owner: 'nobody' }), 400, /owner/);
    expectStatus(await post({ type: 'user', comment: 'x', owner: 'cases', pinned: true }), 400, /pinned/);
    expect((await findComments(created.id)).body.total).toBe(0);
  });

  it('answers 400 for an empty or blank comment', async () => {
    const created = await createCase(api);
    expectStatus(await api.call('POST', `/api/cases/${created.id}/comments`, { body: { type: 'user', comment: '   ', owner: 'cases' } }), 400, /comment/);
  });
});

describe('PATCH /api/cases/{caseId}/comments', () => {
  it('updates a comment when the version matches and answers the case', async () => {
    const created = await createCase(api);
    const [comment] = (await addComment(api, created.id, 'draft')).comments;
    const res = await patchComment(created.id, { id: comment.id, version: comment.version, type: 'user', comment: 'final', owner: 'cases' });
    expectStatus(res, 200);
    const updated = res.body.comments.find((c: { id: string }) => c.id === comment.id);
    expect(updated.comment).toBe('final');
    expect(updated.updated_by.username).toBe('elastic');
    expect(updated.version).not.toBe(comment.version);
    expect(Date.parse(updated.updated_at)).toBeGreaterThanOrEqual(Date.parse(comment.created_at));
  });

  it('answers 409 for a stale version and keeps the comment', async () => {
    const created = await createCase(api);
    const [comment] = (await addComment(api, created.id, 'draft')).comments;
    expectStatus(await patchComment(created.id, { id: comment.id, version: comment.version, type: 'user', comment: 'one', owner: 'cases' }), 200);
    expectStatus(await patchComment(created.id, { id: comment.id, version: comment.version, type: 'user', comment: 'two', owner: 'cases' }), 409);
    expect((await api.call('GET', `/api/cases/${created.id}/comments/${comment.id}`)).body.comment).toBe('one');
  });

  it('answers 404 for an unknown comment or a comment of another case, 400 for a missing version', async () => {
    const a = await createCase(api);
    const b = await createCase(api);
    const [comment] = (await addComment(api, a.id, 'on a')).comments;
    expectStatus(await patchComment(a.id, { id: `missing-${RUN}`, version: 'WzEsMV0=', type: 'user', comment: 'x', owner: 'cases' }), 404);
    expectStatus(await patchComment(b.id, { id: comment.id, version: comment.version, type: 'user', comment: 'x', owner: 'cases' }), 404);
    expectStatus(await patchComment(a.id, { id: comment.id, type: 'user', comment: 'x', owner: 'cases' }), 400, /version/);
    expect((await api.call('GET', `/api/cases/${a.id}/comments/${comment.id}`)).body.comment).toBe('on a');
  });
});

describe('GET /api/cases/{caseId}/comments/_find and /{commentId}', () => {
  it('pages through comments in the order asked for', async () => {
    const created = await createCase(api);
    for (const text of ['c1', 'c2', 'c3']) await addComment(api, created.id, text);
    const asc = await findComments(created.id, { sortOrder: 'asc' });
    expectStatus(asc, 200);
    expect(asc.body.comments.map((c: { comment: string }) => c.comment)).toEqual(['c1', 'c2', 'c3']);
    expect(asc.body.total).toBe(3);
    const desc = await findComments(created.id, { sortOrder: 'desc', page: 1, perPage: 2 });
    expect(desc.body).toMatchObject({ page: 1, per_page: 2, total: 3 });
    expect(desc.body.comments.map((c: { comment: string }) => c.comment)).toEqual(['c3', 'c2']);
    const second = await findComments(created.id, { sortOrder: 'desc', page: 2, perPage: 2 });
    expect(second.body.comments.map((c: { comment: string }) => c.comment)).toEqual(['c1']);
  });

  it('answers an empty page for an unknown case (as Kibana does) and 400 for bad paging', async () => {
    const unknown = await findComments(`missing-${RUN}`);
    expectStatus(unknown, 200);
    expect(unknown.body).toMatchObject({ comments: [], total: 0 });
    const created = await createCase(api);
    expectStatus(await findComments(created.id, { perPage: 101 }), 400, /perPage/);
    expectStatus(await findComments(created.id, { sortOrder: 'sideways' }), 400, /sortOrder/);
  });

  it('gets one comment, and answers 404 for an unknown one or one of another case', async () => {
    const a = await createCase(api);
    const b = await createCase(api);
    const [comment] = (await addComment(api, a.id, 'only on a')).comments;
    const res = await api.call('GET', `/api/cases/${a.id}/comments/${comment.id}`);
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ id: comment.id, comment: 'only on a', type: 'user', owner: 'cases' });
    expectStatus(await api.call('GET', `/api/cases/${a.id}/comments/missing-${RUN}`), 404);
    expectStatus(await api.call('GET', `/api/cases/${b.id}/comments/${comment.id}`), 404);
  });
});

describe('DELETE comments', () => {
  it('deletes one comment: 204, then 404 for it, and the case counts one fewer', async () => {
    const created = await createCase(api);
    await addComment(api, created.id, 'keep');
    const [, gone] = (await addComment(api, created.id, 'remove')).comments;
    const res = await api.call('DELETE', `/api/cases/${created.id}/comments/${gone.id}`);
    expectStatus(res, 204);
    expect(res.text).toBe('');
    expectStatus(await api.call('GET', `/api/cases/${created.id}/comments/${gone.id}`), 404);
    expectStatus(await api.call('DELETE', `/api/cases/${created.id}/comments/${gone.id}`), 404);
    const after = (await api.call('GET', `/api/cases/${created.id}`)).body;
    expect(after.totalComment).toBe(1);
    expect(after.comments.map((c: { comment: string }) => c.comment)).toEqual(['keep']);
  });

  it('deletes all comments of a case and only of that case', async () => {
    const a = await createCase(api);
    const b = await createCase(api);
    for (const text of ['x', 'y']) await addComment(api, a.id, text);
    await addComment(api, b.id, 'untouched');
    expectStatus(await api.call('DELETE', `/api/cases/${a.id}/comments`), 204);
    expect((await findComments(a.id)).body.total).toBe(0);
    expect((await api.call('GET', `/api/cases/${a.id}`)).body.totalComment).toBe(0);
    expect((await findComments(b.id)).body.total).toBe(1);
  });

  it('answers 404 for an unknown case', async () => {
    expectStatus(await api.call('DELETE', `/api/cases/missing-${RUN}/comments`), 404);
    expectStatus(await api.call('DELETE', `/api/cases/missing-${RUN}/comments/also-missing`), 404);
  });
});

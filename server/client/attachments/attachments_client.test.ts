import { createHarness, newCase, type Harness } from '../__fixtures__/client_harness';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

const comment = (text: string) => ({ type: 'user' as const, comment: text, owner: 'securitySolution' as const });

describe('comments', () => {
  it('adds a comment: case returned with it, updated_at bumped, user action logged', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    h.clock.now += 5000;
    const updated = await client.attachments.add(c.id, comment('hello'));
    expect(updated).toMatchObject({ totalComment: 1, updated_at: '2024-01-01T00:00:05.000Z', updated_by: { username: 'elastic' } });
    expect(updated.version).not.toBe(c.version);
    expect(updated.comments[0]).toMatchObject({ type: 'user', comment: 'hello', owner: 'securitySolution', pushed_at: null, updated_at: null });
    const { userActions } = await client.userActions.find(c.id, { types: ['user'] });
    expect(userActions).toHaveLength(1);
    expect(userActions[0]).toMatchObject({ action: 'create', type: 'comment', comment_id: updated.comments[0].id, payload: { comment: comment('hello') } });
  });

  it('refuses a comment whose owner differs from the case, and a missing case', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    await expect(client.attachments.add(c.id, { ...comment('x'), owner: 'cases' })).rejects.toMatchObject({ statusCode: 400 });
    await expect(client.attachments.add('missing', comment('x'))).rejects.toMatchObject({ statusCode: 404 });
  });

  it('updates with the current version only', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    const { comments } = await client.attachments.add(c.id, comment('v1'));
    const [first] = comments;
    const after = await client.attachments.update(c.id, { id: first.id, version: first.version, type: 'user', comment: 'v2', owner: 'securitySolution' });
    expect(after.comments[0]).toMatchObject({ comment: 'v2', updated_by: { username: 'elastic' } });
    await expect(
      client.attachments.update(c.id, { id: first.id, version: first.version, type: 'user', comment: 'v3', owner: 'securitySolution' }),
    ).rejects.toMatchObject({ statusCode: 409 });
    expect(await client.attachments.get(c.id, first.id)).toMatchObject({ comment: 'v2' });
  });

  it('reads a comment only through its own case', async () => {
    const client = h.client();
    const a = await client.cases.create(newCase());
    const b = await client.cases.create(newCase());
    const [onA] = (await client.attachments.add(a.id, comment('on a'))).comments;
    await expect(client.attachments.get(b.id, onA.id)).rejects.toMatchObject({ statusCode: 404 });
  });

  it('finds a page, deletes one and all, logging each delete', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    for (const text of ['a', 'b', 'c']) {
      h.clock.now += 1000;
      await client.attachments.add(c.id, comment(text));
    }
    const page = await client.attachments.find(c.id, { perPage: 2, sortOrder: 'asc' });
    expect(page).toMatchObject({ page: 1, per_page: 2, total: 3 });
    expect(page.comments).toHaveLength(2);
    await client.attachments.delete(c.id, page.comments[0].id);
    await expect(client.attachments.delete('other-case', page.comments[1].id)).rejects.toMatchObject({ statusCode: 404 });
    expect((await client.cases.get(c.id)).totalComment).toBe(2);
    await client.attachments.deleteAll(c.id);
    expect((await client.cases.get(c.id)).totalComment).toBe(0);
    await expect(client.attachments.deleteAll(c.id)).rejects.toMatchObject({ statusCode: 404, message: `No comments found for ${c.id}.` });
    const deletes = (await client.userActions.getAll(c.id)).filter((u) => u.action === 'delete');
    expect(deletes).toHaveLength(3);
    expect(h.calls.map((x) => x.name)).toEqual(expect.arrayContaining(['createComment', 'findComments', 'deleteComment', 'deleteAllComments']));
  });

  it('filters user actions by type and pages them', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    await client.attachments.add(c.id, comment('x'));
    const all = await client.userActions.find(c.id, { perPage: 1 });
    expect(all).toMatchObject({ page: 1, perPage: 1, total: 2 });
    expect((await client.userActions.find(c.id, { types: ['create_case'] })).total).toBe(1);
    expect((await client.userActions.find(c.id, { types: ['action'] })).total).toBe(1);
    expect((await client.userActions.find(c.id, { types: ['comment'] })).total).toBe(1);
  });
});

describe('comments, as Kibana answers', () => {
  // Kibana's find_comments lists a case's comments in the case's order when no sort is given.
  it('finds comments oldest first by default', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    for (const text of ['first', 'second', 'third']) {
      h.clock.now += 1000;
      await client.attachments.add(c.id, comment(text));
    }
    expect((await client.attachments.find(c.id, {})).comments.map((x) => (x as { comment?: string }).comment)).toEqual(['first', 'second', 'third']);
    expect((await client.attachments.find(c.id, { sortOrder: 'desc' })).comments.map((x) => (x as { comment?: string }).comment)).toEqual(['third', 'second', 'first']);
  });

  // The case's owner is authorized first: without rights a caller gets 403 whatever owner it
  // names, instead of a 400 that tells it the case exists.
  it('answers 403 before comparing owners', async () => {
    const c = await h.client().cases.create(newCase());
    h.allowed.owners = ['cases'];
    await expect(h.client().attachments.add(c.id, { ...comment('x'), owner: 'cases' })).rejects.toMatchObject({ statusCode: 403 });
    h.allowed.owners = undefined;
    await expect(h.client().attachments.add(c.id, { ...comment('x'), owner: 'cases' })).rejects.toMatchObject({ statusCode: 400 });
  });

  // Kibana's alert limiter, at Kibana's own cap (1,000) set through xpack.cases.alerts.maxPerCase:
  // alert ids counted across attachments, and totalAlerts counts ids, not attachments.
  it('counts alert ids in totalAlerts and refuses the 1001st alert id', async () => {
    await h.close();
    h = await createHarness({ config: { alerts: { maxPerCase: 1000 } } });
    const client = h.client();
    const c = await client.cases.create(newCase());
    const alert = (ids: string[]) => ({ type: 'alert', alertId: ids, index: ids.map(() => 'idx'), rule: { id: 'r', name: 'Rule' }, owner: 'securitySolution' as const });
    const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    const after = await client.attachments.add(c.id, alert(ids(999, 'a')));
    expect(after).toMatchObject({ totalAlerts: 999, totalComment: 0 });
    await expect(client.attachments.add(c.id, alert(ids(2, 'b')))).rejects.toMatchObject({
      statusCode: 400,
      message: 'Case has reached the maximum allowed number (1000) of attached alerts.',
    });
    await client.attachments.add(c.id, alert(['last']));
    expect((await client.cases.get(c.id)).totalAlerts).toBe(1000);
  });

  it('deletes all of a case\'s comments and logs a delete for each', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    for (const text of ['a', 'b']) await client.attachments.add(c.id, comment(text));
    h.calls.length = 0;
    await client.attachments.deleteAll(c.id);
    expect(h.calls.filter((x) => x.name === 'deleteAllComments')).toHaveLength(1);
    expect((await client.userActions.find(c.id, { types: ['comment'] })).userActions.map((u) => u.action)).toEqual(['create', 'create', 'delete', 'delete']);
  });
});

/**
 * What must hold when requests race: case numbers without gaps or reuse, optimistic
 * concurrency on `version` (exactly one of two writers wins), and counts that do not lose
 * concurrent comments.
 */
import { addComment, createCase, createSpace, deleteCases, expectStatus, patchCase, RUN, spacePath, startCasesServer, userActions, type CasesTestServer } from './cases_api';

jest.setTimeout(60_000);

let api: CasesTestServer;
const SPACE = `numbers-${RUN}`;
const OTHER = `numbers-other-${RUN}`;

beforeAll(async () => {
  api = await startCasesServer();
  await createSpace(api, SPACE);
  await createSpace(api, OTHER);
});

afterAll(async () => {
  await api?.server.stop();
});

describe('incremental_id', () => {
  it('numbers 20 concurrent creates 1..20 with no gaps, never reuses a number, and counts per space', async () => {
    const created = await Promise.all(Array.from({ length: 20 }, () => createCase(api, {}, SPACE)));
    const numbers = created.map((c) => c.incremental_id).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(created.map((c) => c.id)).size).toBe(20);

    // Deleting the newest case must not hand its number out again.
    const newest = created.find((c) => c.incremental_id === 20);
    expectStatus(await deleteCases(api, [newest.id], SPACE), 204);
    const next = await createCase(api, {}, SPACE);
    expect(next.incremental_id).toBe(21);

    const fetched = await api.call('GET', spacePath(SPACE, `/api/cases/${next.id}`));
    expect(fetched.body.incremental_id).toBe(21);

    const first = await createCase(api, {}, OTHER);
    expect(first.incremental_id).toBe(1);
  });
});

describe('optimistic concurrency', () => {
  it('lets exactly one of two PATCHes with the same version win; the other gets 409', async () => {
    const c = await createCase(api);
    const [a, b] = await Promise.all([patchCase(api, c, { title: `${c.title} A` }), patchCase(api, c, { title: `${c.title} B` })]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const loser = a.status === 200 ? b : a;
    expectStatus(loser, 409);
    const now = (await api.call('GET', `/api/cases/${c.id}`)).body;
    expect(now.title).toBe(winner.body[0].title);
    expect(now.version).toBe(winner.body[0].version);
    expect((await userActions(api, c.id)).filter((u) => u.type === 'title')).toHaveLength(1);
  });

  it('still lets exactly one win among five racing writers', async () => {
    const c = await createCase(api);
    const answers = await Promise.all(['critical', 'high', 'medium', 'low', 'high'].map((severity) => patchCase(api, c, { severity, title: `${c.title} ${severity}` })));
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    expect(answers.filter((r) => r.status === 409)).toHaveLength(4);
  });

  it('lets two writers with the same comment version race: one 200, one 409', async () => {
    const c = await createCase(api);
    const [comment] = (await addComment(api, c.id, 'draft')).comments;
    const patch = (text: string) =>
      api.call('PATCH', `/api/cases/${c.id}/comments`, { body: { id: comment.id, version: comment.version, type: 'user', comment: text, owner: 'cases' } });
    const answers = await Promise.all([patch('one'), patch('two')]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
  });
});

describe('derived counts under load', () => {
  it('counts 10 comments added at once as 10', async () => {
    const c = await createCase(api);
    await Promise.all(Array.from({ length: 10 }, (_, i) => addComment(api, c.id, `parallel ${i}`)));
    const now = (await api.call('GET', `/api/cases/${c.id}`)).body;
    expect(now.totalComment).toBe(10);
    expect(now.comments).toHaveLength(10);
    const created = (await userActions(api, c.id, { types: 'comment' })).length;
    expect(created).toBe(10);
  });
});

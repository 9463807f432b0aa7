import { CASE_SAVED_OBJECT } from '../../../common/constants';
import { admin, createHarness, newCase, type Harness } from '../__fixtures__/client_harness';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(() => h.close());

const status = (e: unknown) => (e as { statusCode?: number }).statusCode;

describe('create', () => {
  it('creates an open, low-severity case numbered 1 with Kibana defaults', async () => {
    const c = await h.client().cases.create(newCase({ title: '  Padded  ' }));
    expect(c).toMatchObject({
      title: 'Padded',
      status: 'open',
      severity: 'low',
      assignees: [],
      category: null,
      incremental_id: 1,
      closed_at: null,
      closed_by: null,
      duration: null,
      updated_at: null,
      updated_by: null,
      external_service: null,
      comments: [],
      totalComment: 0,
      totalAlerts: 0,
      created_at: '2024-01-01T00:00:00.000Z',
      created_by: { username: 'elastic', full_name: 'Elastic Admin', email: 'admin@example.com', profile_uid: 'u_elastic' },
    });
    expect(c).not.toHaveProperty('status_rank');
    expect(typeof c.version).toBe('string');
  });

  it('numbers 50 concurrent creates 1..50 with no gaps, per space, never reusing a number', async () => {
    const client = h.client();
    const created = await Promise.all(Array.from({ length: 50 }, (_, i) => client.cases.create(newCase({ title: `c${i}` }))));
    expect(created.map((c) => c.incremental_id).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect((await h.client('other').cases.create(newCase())).incremental_id).toBe(1);
    await client.cases.delete([created.find((c) => c.incremental_id === 50)!.id]);
    expect((await client.cases.create(newCase())).incremental_id).toBe(51);
  });

  it('writes a create_case user action with the whole case as payload', async () => {
    const c = await h.client().cases.create(newCase({ severity: 'high', assignees: [{ uid: 'u1' }, { uid: 'u1' }] }));
    const { userActions } = await h.client().userActions.find(c.id, {});
    expect(userActions).toHaveLength(1);
    expect(userActions[0]).toMatchObject({
      action: 'create',
      type: 'create_case',
      comment_id: null,
      owner: 'securitySolution',
      payload: {
        title: 'Suspicious login',
        description: 'Many failed logins from one host',
        tags: ['auth'],
        connector: { id: 'none', name: 'none', type: '.none', fields: null },
        settings: { syncAlerts: true },
        owner: 'securitySolution',
        severity: 'high',
        assignees: [{ uid: 'u1' }],
        category: null,
        status: 'open',
      },
    });
  });

  it('asks authorization for createCase with the owner', async () => {
    await h.client().cases.create(newCase({ owner: 'observability' }));
    expect(h.calls).toContainEqual({ kind: 'ensure', name: 'createCase', owners: ['observability'] });
    h.allowed.owners = ['cases'];
    await expect(h.client().cases.create(newCase())).rejects.toMatchObject({ statusCode: 403 });
  });
});

describe('get', () => {
  it('returns comments and derived totals; 404 with the saved-object message', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    await client.attachments.add(c.id, { type: 'user', comment: 'one', owner: 'securitySolution' });
    h.clock.now += 1000;
    await client.attachments.add(c.id, { type: 'user', comment: 'two', owner: 'securitySolution' });
    const got = await client.cases.get(c.id);
    expect(got.totalComment).toBe(2);
    expect(got.comments.map((x) => (x.type === 'user' ? x.comment : ''))).toEqual(['one', 'two']);
    expect(got.comments[0]).not.toHaveProperty('case_id');
    await expect(client.cases.get('missing')).rejects.toMatchObject({ statusCode: 404, message: `Saved object [${CASE_SAVED_OBJECT}/missing] not found` });
  });
});

describe('update', () => {
  it('sets in_progress_at, then closed_at/closed_by/duration, and clears them on reopen', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    h.clock.now += 60_000;
    const [inProgress] = await client.cases.update({ cases: [{ id: c.id, version: c.version, status: 'in-progress' }] });
    expect(inProgress).toMatchObject({
      status: 'in-progress',
      in_progress_at: '2024-01-01T00:01:00.000Z',
      time_to_acknowledge: 60,
      updated_at: '2024-01-01T00:01:00.000Z',
      updated_by: { username: 'elastic' },
    });
    h.clock.now += 120_500;
    const [closed] = await client.cases.update({ cases: [{ id: c.id, version: inProgress.version, status: 'closed' }] });
    expect(closed).toMatchObject({
      status: 'closed',
      closed_at: '2024-01-01T00:03:00.500Z',
      closed_by: { username: 'elastic', profile_uid: 'u_elastic' },
      duration: 180,
      time_to_acknowledge: 60,
      time_to_investigate: 120,
      time_to_resolve: 180,
    });
    const [reopened] = await client.cases.update({ cases: [{ id: c.id, version: closed.version, status: 'open' }] });
    expect(reopened).toMatchObject({ status: 'open', closed_at: null, closed_by: null, duration: null, time_to_resolve: null });
  });

  it('fails the whole request on a stale version, writing nothing', async () => {
    const client = h.client();
    const a = await client.cases.create(newCase({ title: 'a' }));
    const b = await client.cases.create(newCase({ title: 'b' }));
    await client.cases.update({ cases: [{ id: b.id, version: b.version, title: 'b2' }] });
    const err = await client.cases
      .update({ cases: [{ id: a.id, version: a.version, title: 'a2' }, { id: b.id, version: b.version, title: 'b3' }] })
      .catch((e) => e);
    expect(status(err)).toBe(409);
    expect(err.message).toBe(`These cases ${b.id} has been updated. Please refresh before saving additional updates.`);
    expect((await client.cases.get(a.id)).title).toBe('a');
  });

  it('answers 406 when nothing changes, 404 for unknown ids, 400 when changing the owner', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    await expect(client.cases.update({ cases: [{ id: c.id, version: c.version, title: c.title, tags: ['auth'] }] })).rejects.toMatchObject({
      statusCode: 406,
      message: 'All update fields are identical to current version.',
    });
    await expect(client.cases.update({ cases: [{ id: 'nope', version: 'x', title: 't' }] })).rejects.toMatchObject({
      statusCode: 404,
      message: 'These cases nope do not exist. Please check you have the correct ids.',
    });
    await expect(client.cases.update({ cases: [{ id: c.id, version: c.version, owner: 'cases' }] })).rejects.toMatchObject({ statusCode: 400 });
  });

  it('logs one user action per changed field, tags and assignees as add/delete', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase({ tags: ['a', 'b'], assignees: [{ uid: 'u1' }] }));
    await client.cases.update({
      cases: [{ id: c.id, version: c.version, title: 'New', severity: 'critical', tags: ['b', 'c'], assignees: [{ uid: 'u2' }], description: c.description }],
    });
    const { userActions } = await client.userActions.find(c.id, { types: ['action'] });
    const summary = userActions.filter((u) => u.type !== 'create_case').map((u) => [u.action, u.type, u.payload]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['update', 'title', { title: 'New' }],
        ['update', 'severity', { severity: 'critical' }],
        ['add', 'tags', { tags: ['c'] }],
        ['delete', 'tags', { tags: ['a'] }],
        ['add', 'assignees', { assignees: [{ uid: 'u2' }] }],
        ['delete', 'assignees', { assignees: [{ uid: 'u1' }] }],
      ]),
    );
    expect(summary).toHaveLength(6);
  });
});

describe('find', () => {
  async function seed() {
    const client = h.client();
    const low = await client.cases.create(newCase({ title: 'Phishing mail', tags: ['mail'], severity: 'low' }));
    h.clock.now += 1000;
    const crit = await client.cases.create(newCase({ title: 'Ransomware', tags: ['malware'], severity: 'critical', assignees: [{ uid: 'u1' }], category: 'incident' }));
    h.clock.now += 1000;
    const med = await client.cases.create(newCase({ title: 'Port scan', severity: 'medium', owner: 'observability' }));
    await client.cases.update({ cases: [{ id: med.id, version: med.version, status: 'closed' }] });
    return { client, low, crit, med };
  }

  it('filters and counts statuses over the same filters except status', async () => {
    const { client, crit } = await seed();
    const all = await client.cases.find({});
    expect(all).toMatchObject({ total: 3, page: 1, per_page: 20, count_open_cases: 2, count_in_progress_cases: 0, count_closed_cases: 1 });
    const open = await client.cases.find({ status: ['open'] });
    expect(open).toMatchObject({ total: 2, count_open_cases: 2, count_closed_cases: 1 });
    expect((await client.cases.find({ tags: ['malware'] })).cases.map((c) => c.id)).toEqual([crit.id]);
    expect((await client.cases.find({ assignees: ['none'] })).total).toBe(2);
    expect((await client.cases.find({ assignees: ['u1'] })).total).toBe(1);
    expect((await client.cases.find({ category: ['incident'] })).total).toBe(1);
    expect((await client.cases.find({ owner: ['observability'] })).total).toBe(1);
    expect((await client.cases.find({ reporters: ['elastic'] })).total).toBe(3);
    // `from`/`to` read the case's own created_at (the harness clock), not the write time.
    expect((await client.cases.find({ from: '2023-12-31T00:00:00.000Z', to: '2024-01-02T00:00:00.000Z' })).total).toBe(3);
    expect((await client.cases.find({ to: '2023-12-31T00:00:00.000Z' })).total).toBe(0);
    h.clock.now = Date.parse('2024-01-01T12:00:00.000Z');
    expect((await client.cases.find({ from: 'now-1d', to: 'now+1d' })).total).toBe(3);
    expect((await client.cases.find({ from: '2030-01-01' })).total).toBe(0);
    await expect(client.cases.find({ from: 'yesterday' })).rejects.toMatchObject({ statusCode: 400 });
  });

  it('sorts severity and status by rank, not alphabetically', async () => {
    const { client } = await seed();
    const bySeverity = await client.cases.find({ sortField: 'severity', sortOrder: 'asc' });
    expect(bySeverity.cases.map((c) => c.severity)).toEqual(['low', 'medium', 'critical']);
    const byStatus = await client.cases.find({ sortField: 'status', sortOrder: 'desc' });
    expect(byStatus.cases[0].status).toBe('closed');
  });

  it('finds case number 42 by #42 or 42, and words in titles', async () => {
    const { client, crit } = await seed();
    expect((await client.cases.find({ search: '#2' })).cases.map((c) => c.id)).toEqual([crit.id]);
    expect((await client.cases.find({ search: '2' })).cases.map((c) => c.id)).toEqual([crit.id]);
    expect((await client.cases.find({ search: 'ransomware' })).cases.map((c) => c.id)).toEqual([crit.id]);
    expect((await client.cases.find({ search: crit.id })).cases.map((c) => c.id)).toEqual([crit.id]);
  });

  it('restricts to authorized owners', async () => {
    const { client } = await seed();
    h.allowed.owners = ['observability'];
    expect((await client.cases.find({})).total).toBe(1);
    h.allowed.owners = [];
    await expect(client.cases.find({})).rejects.toMatchObject({ statusCode: 403 });
  });

  it('lists tags, categories and reporters', async () => {
    const { client } = await seed();
    expect(await client.cases.getTags()).toEqual(['auth', 'mail', 'malware']);
    expect(await client.cases.getCategories()).toEqual(['incident']);
    expect(await client.cases.getReporters()).toEqual([{ username: 'elastic', full_name: 'Elastic Admin', email: 'admin@example.com', profile_uid: 'u_elastic' }]);
    expect(await client.cases.getTags(['observability'])).toEqual(['auth']);
  });
});

describe('delete', () => {
  it('deletes cases with their comments and user actions, leaving no activity behind', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    const keep = await client.cases.create(newCase());
    await client.attachments.add(c.id, { type: 'user', comment: 'x', owner: 'securitySolution' });
    await client.cases.delete([c.id]);
    await expect(client.cases.get(c.id)).rejects.toMatchObject({ statusCode: 404 });
    // Nothing of the case is left in the store: no comment, and no delete_case action either.
    const leftOver = await h.objects().find({ type: ['cases-comments', 'cases-user-actions'], perPage: 100 });
    expect(leftOver.saved_objects.filter((so) => (so.attributes as { case_id?: string }).case_id === c.id)).toEqual([]);
    // Kibana's deprecated list answers [] for a deleted case.
    expect(await client.userActions.getAll(c.id)).toEqual([]);
    expect((await client.cases.get(keep.id)).id).toBe(keep.id);
    await expect(client.cases.delete(['missing'])).rejects.toMatchObject({ statusCode: 404, message: 'Saved object [cases/missing] not found' });
  });

  it('bulk get reports missing ids per item', async () => {
    const client = h.client();
    const c = await client.cases.create(newCase());
    const res = await client.cases.bulkGet({ ids: [c.id, 'not-exist'] });
    expect(res.cases.map((x) => x.id)).toEqual([c.id]);
    expect(res.errors).toEqual([{ caseId: 'not-exist', error: 'Not Found', message: 'Saved object [cases/not-exist] not found', status: 404 }]);
  });
});

it('uses the admin fixture', () => expect(admin.username).toBe('elastic'));

/**
 * Create, get, update and delete cases over HTTP, with the lifecycle fields the server derives
 * and the contract's own request examples sent unchanged.
 */
import {
  addComment,
  caseBody,
  contract,
  createCase,
  createSpace,
  deleteCases,
  expectStatus,
  patchCase,
  RUN,
  spacePath,
  startCasesServer,
  unique,
  userActions,
  type CasesTestServer,
} from './cases_api';

jest.setTimeout(60_000);

let api: CasesTestServer;
const SPACE = `soc-eu-${RUN}`;

beforeAll(async () => {
  api = await startCasesServer();
  await createSpace(api, SPACE);
});

afterAll(async () => {
  await api?.server.stop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('POST /api/cases', () => {
  it('creates an open case with defaults: severity low, no connector, no comments, reporter elastic', async () => {
    const body = caseBody({ settings: { syncAlerts: true } });
    const res = await api.call('POST', '/api/cases', { body });
    expectStatus(res, 200);
    const c = res.body;
    expect(c).toMatchObject({
      title: body.title,
      description: body.description,
      tags: body.tags,
      owner: 'cases',
      status: 'open',
      severity: 'low',
      settings: { syncAlerts: true },
      connector: { id: 'none', name: 'none', type: '.none', fields: null },
      totalComment: 0,
      totalAlerts: 0,
      closed_at: null,
      closed_by: null,
      duration: null,
      external_service: null,
      updated_at: null,
      updated_by: null,
    });
    expect(c.created_by.username).toBe('elastic');
    expect(c.comments).toEqual([]);
    expect(Number.isInteger(c.incremental_id) && c.incremental_id > 0).toBe(true);
    expect(Math.abs(Date.parse(c.created_at) - Date.now())).toBeLessThan(60_000);
  });

  it("accepts the contract's create_case_request example unchanged", async () => {
    const example = contract.example('create_case_request');
    // The example sends a custom field: its owner must define it first, in a space of its own.
    const space = `example-${RUN}`;
    await createSpace(api, space);
    const keys = (example.customFields as Array<{ key: string; type: string }>).map(({ key, type }) => ({ key, type, label: key, required: false }));
    const configured = await api.call('POST', spacePath(space, '/api/cases/configure'), {
      body: { owner: example.owner, closure_type: 'close-by-user', connector: { id: 'none', name: 'none', type: '.none', fields: null }, customFields: keys },
    });
    expectStatus(configured, 200);
    const res = await api.call('POST', spacePath(space, '/api/cases'), { body: example });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({
      title: example.title,
      description: example.description,
      tags: example.tags,
      owner: example.owner,
      settings: example.settings,
      connector: example.connector,
      severity: 'low',
      status: 'open',
      customFields: example.customFields,
    });
  });

  it('answers 400 for a body that is not JSON, and creates nothing', async () => {
    const tag = unique('broken');
    const res = await api.call('POST', '/api/cases', { raw: JSON.stringify(caseBody({ tags: [tag] })).slice(0, -5) });
    expectStatus(res, 400);
    const found = await api.call('GET', `/api/cases/_find?tags=${tag}`);
    expectStatus(found, 200);
    expect(found.body.total).toBe(0);
  });

  it('answers 400 naming each missing required field', async () => {
    for (const field of ['title', 'description', 'owner', 'settings', 'connector', 'tags']) {
      const body: Record<string, unknown> = caseBody();
      delete body[field];
      expectStatus(await api.call('POST', '/api/cases', { body }), 400, new RegExp(field));
    }
  });
});

describe('GET /api/cases/{caseId}', () => {
  it('returns the case as created, with its comments', async () => {
    const created = await createCase(api);
    await addComment(api, created.id, 'first look');
    const res = await api.call('GET', `/api/cases/${created.id}`);
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ id: created.id, title: created.title, totalComment: 1 });
    expect(res.body.comments.map((c: { comment: string }) => c.comment)).toEqual(['first look']);
  });

  it('answers 404 with a Kibana error body for an unknown id', async () => {
    expectStatus(await api.call('GET', `/api/cases/does-not-exist-${RUN}`), 404, /does-not-exist/);
  });
});

describe('PATCH /api/cases', () => {
  it("accepts the contract's update_case_request example with a real id and version", async () => {
    const created = await createCase(api);
    const example = contract.example('update_case_request') as { cases: Array<Record<string, unknown>> };
    example.cases[0].id = created.id;
    example.cases[0].version = created.version;
    const res = await api.call('PATCH', '/api/cases', { body: example });
    expectStatus(res, 200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({
      id: created.id,
      description: 'A case description.',
      tags: ['tag-1'],
      connector: example.cases[0].connector as object,
      settings: { syncAlerts: true },
    });
    expect(res.body[0].version).not.toBe(created.version);
  });

  it('updates several cases in one call, each with its own version', async () => {
    const [a, b] = [await createCase(api), await createCase(api)];
    const res = await api.call('PATCH', '/api/cases', {
      body: {
        cases: [
          { id: a.id, version: a.version, severity: 'high' },
          { id: b.id, version: b.version, title: `${b.title} renamed` },
        ],
      },
    });
    expectStatus(res, 200);
    const byId = Object.fromEntries(res.body.map((c: { id: string }) => [c.id, c]));
    expect(byId[a.id].severity).toBe('high');
    expect(byId[b.id].title).toBe(`${b.title} renamed`);
  });

  it('answers 409 for a stale version and changes nothing in that case', async () => {
    const created = await createCase(api);
    expectStatus(await patchCase(api, created, { title: `${created.title} v2` }), 200);
    const stale = await patchCase(api, created, { title: `${created.title} v3`, severity: 'critical' });
    expectStatus(stale, 409, new RegExp(created.id));
    const now = (await api.call('GET', `/api/cases/${created.id}`)).body;
    expect(now.title).toBe(`${created.title} v2`);
    expect(now.severity).toBe('low');
  });

  it('in a bulk PATCH, answers 409 when one entry is stale and changes nothing in that case', async () => {
    const fresh = await createCase(api);
    const stale = await createCase(api);
    expectStatus(await patchCase(api, stale, { title: `${stale.title} moved on` }), 200);
    const res = await api.call('PATCH', '/api/cases', {
      body: {
        cases: [
          { id: fresh.id, version: fresh.version, severity: 'high' },
          { id: stale.id, version: stale.version, severity: 'critical' },
        ],
      },
    });
    expectStatus(res, 409, new RegExp(stale.id));
    expect((await api.call('GET', `/api/cases/${stale.id}`)).body.severity).toBe('low');
    expect((await userActions(api, stale.id)).filter((u) => u.type === 'severity')).toEqual([]);
  });

  it('refuses the same case twice in one PATCH without applying or recording either entry', async () => {
    const c = await createCase(api);
    const res = await api.call('PATCH', '/api/cases', {
      body: { cases: [{ id: c.id, version: c.version, title: `${c.title} x` }, { id: c.id, version: c.version, title: `${c.title} y` }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(new RegExp(c.id));
    expect((await api.call('GET', `/api/cases/${c.id}`)).body.title).toBe(c.title);
    expect((await userActions(api, c.id)).map((u) => u.type)).toEqual(['create_case']);
  });

  it('answers 406 for a PATCH that changes nothing, as Kibana does, and records nothing', async () => {
    const c = await createCase(api);
    expectStatus(await patchCase(api, c, { title: c.title }), 406);
    expect((await userActions(api, c.id)).map((u) => u.type)).toEqual(['create_case']);
  });

  it('keeps the closing fields when a closed case is edited', async () => {
    const c = await createCase(api);
    const closed = (await patchCase(api, c, { status: 'closed' })).body[0];
    const edited = await patchCase(api, closed, { title: `${c.title} (closed)` });
    expectStatus(edited, 200);
    expect(edited.body[0]).toMatchObject({ status: 'closed', closed_at: closed.closed_at, duration: closed.duration });
    expect(edited.body[0].closed_by.username).toBe('elastic');
  });

  it('answers 404 for an unknown case id', async () => {
    expectStatus(await patchCase(api, { id: `missing-${RUN}`, version: 'WzEsMV0=' }, { title: 'x' }), 404);
  });

  it('sets in_progress_at, then closed_at, closed_by and duration, and clears them on reopening', async () => {
    const created = await createCase(api);
    const inProgress = await patchCase(api, created, { status: 'in-progress' });
    expectStatus(inProgress, 200);
    const p = inProgress.body[0];
    expect(p.status).toBe('in-progress');
    expect(Date.parse(p.in_progress_at)).toBeGreaterThanOrEqual(Date.parse(created.created_at));
    expect(p.closed_at).toBeNull();
    expect(p.updated_by.username).toBe('elastic');
    expect(Date.parse(p.updated_at)).toBeGreaterThanOrEqual(Date.parse(created.created_at));

    await sleep(1100);
    const closed = await patchCase(api, p, { status: 'closed' });
    expectStatus(closed, 200);
    const c = closed.body[0];
    expect(c.status).toBe('closed');
    expect(c.closed_by.username).toBe('elastic');
    const expected = Math.floor((Date.parse(c.closed_at) - Date.parse(created.created_at)) / 1000);
    expect(c.duration).toBe(expected);
    expect(c.duration).toBeGreaterThanOrEqual(1);
    expect(Date.parse(c.updated_at)).toBeGreaterThan(Date.parse(p.updated_at));

    const reopened = await patchCase(api, c, { status: 'open' });
    expectStatus(reopened, 200);
    expect(reopened.body[0]).toMatchObject({ status: 'open', closed_at: null, closed_by: null, duration: null });
  });

  it('derives totalComment from the comments that exist', async () => {
    const created = await createCase(api);
    await addComment(api, created.id, 'one');
    const afterTwo = await addComment(api, created.id, 'two');
    expect(afterTwo.totalComment).toBe(2);
    const commentId = afterTwo.comments.find((c: { comment: string }) => c.comment === 'one').id;
    expectStatus(await api.call('DELETE', `/api/cases/${created.id}/comments/${commentId}`), 204);
    expect((await api.call('GET', `/api/cases/${created.id}`)).body.totalComment).toBe(1);
  });
});

describe('DELETE /api/cases', () => {
  it('deletes the cases, their comments and their activity, and answers 204 (Kibana: delete_cases.ts)', async () => {
    const a = await createCase(api);
    const b = await createCase(api);
    const withComment = await addComment(api, a.id, 'evidence');
    const commentId = withComment.comments[0].id;
    const res = await deleteCases(api, [a.id, b.id]);
    expectStatus(res, 204);
    expect(res.text).toBe('');
    expectStatus(await api.call('GET', `/api/cases/${a.id}`), 404);
    expectStatus(await api.call('GET', `/api/cases/${b.id}`), 404);
    expectStatus(await api.call('GET', `/api/cases/${a.id}/comments/${commentId}`), 404);
    // As in Kibana, a deleted case keeps no activity: `_find` is a 404 and the deprecated list is empty.
    expectStatus(await api.call('GET', `/api/cases/${a.id}/user_actions/_find`), 404);
    const deprecated = await api.call('GET', `/api/cases/${a.id}/user_actions`);
    expectStatus(deprecated, 200);
    expect(deprecated.body).toEqual([]);
    const comments = await api.call('GET', `/api/cases/${a.id}/comments/_find`);
    expect(comments.body.total).toBe(0);
  });

  it('answers 404 when one id does not exist, and deletes none of them', async () => {
    const a = await createCase(api);
    expectStatus(await deleteCases(api, [a.id, `missing-${RUN}`]), 404, new RegExp(`missing-${RUN}`));
    expectStatus(await api.call('GET', `/api/cases/${a.id}`), 200);
  });

  it('answers 400 without ids, with an empty list, or with ids that are not strings', async () => {
    expectStatus(await api.call('DELETE', '/api/cases'), 400, /ids/);
    expectStatus(await api.call('DELETE', `/api/cases?ids=${encodeURIComponent('[]')}`), 400, /ids/);
    expectStatus(await api.call('DELETE', `/api/cases?ids=${encodeURIComponent('[1,2]')}`), 400, /ids/);
  });

  it('never reuses a deleted case number', async () => {
    const a = await createCase(api);
    expectStatus(await deleteCases(api, [a.id]), 204);
    const b = await createCase(api);
    expect(b.incremental_id).toBeGreaterThan(a.incremental_id);
  });
});

describe('spaces', () => {
  it('keeps a case created under /s/{spaceId}/ in that space only', async () => {
    const created = await createCase(api, {}, SPACE);
    expectStatus(await api.call('GET', spacePath(SPACE, `/api/cases/${created.id}`)), 200);
    expectStatus(await api.call('GET', `/api/cases/${created.id}`), 404);
    expectStatus(await patchCase(api, created, { title: 'from the wrong space' }), 404);
    expectStatus(await deleteCases(api, [created.id]), 404);
    expectStatus(await api.call('GET', spacePath(SPACE, `/api/cases/${created.id}`)), 200);
    const inDefault = await api.call('GET', `/api/cases/_find?tags=run-${RUN}&perPage=100`);
    expect(inDefault.body.cases.map((c: { id: string }) => c.id)).not.toContain(created.id);
  });

  it('answers 404 for a space that does not exist', async () => {
    expectStatus(await api.call('POST', `/s/no-such-space-${RUN}/api/cases`, { body: caseBody() }), 404);
  });

  it('keeps user actions with the case in its space', async () => {
    const created = await createCase(api, {}, SPACE);
    const actions = await userActions(api, created.id, {}, SPACE);
    expect(actions.map((a) => a.type)).toEqual(['create_case']);
    // As in Kibana, the activity of a case that is not there (here: not in this space) is a 404.
    expectStatus(await api.call('GET', `/api/cases/${created.id}/user_actions/_find`), 404);
    const comments = await api.call('GET', `/api/cases/${created.id}/comments/_find`);
    expect(comments.body).toMatchObject({ comments: [], total: 0 });
  });
});

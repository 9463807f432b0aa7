/**
 * Strict input decoding: every limit passes at the limit and fails one past it with a 400
 * that names the field; unknown keys, wrong enums and malformed ids are refused the same
 * way, and a refused request changes nothing.
 */
import {
  addComment,
  caseBody,
  createCase,
  deleteCases,
  expectStatus,
  findCases,
  inBatches,
  patchCase,
  unique,
  useCasesServer,
} from './cases_api';
import { authHeaders } from '../../helpers/server_process';

const api = useCasesServer();

const x = (n: number) => 'x'.repeat(n);

/** Creates with `overrides` plus a marker tag; returns the answer and how many cases carry the marker. */
async function tryCreate(overrides: Record<string, unknown>) {
  const marker = unique('marker');
  const tags = Array.isArray(overrides.tags) ? [marker, ...overrides.tags.slice(1)] : 'tags' in overrides ? overrides.tags : [marker];
  const res = await api.call('POST', '/api/cases', { body: caseBody({ ...overrides, tags }) });
  const found = await findCases(api, { tags: marker });
  expectStatus(found, 200);
  return { res, stored: found.body.total as number };
}

describe('create limits', () => {
  it.each([
    ['title', { title: x(160) }, { title: x(161) }],
    ['description', { description: x(30_000) }, { description: x(30_001) }],
    ['category', { category: x(50) }, { category: x(51) }],
    ['assignees', { assignees: Array.from({ length: 10 }, (_, i) => ({ uid: `u_${i}` })) }, { assignees: Array.from({ length: 11 }, (_, i) => ({ uid: `u_${i}` })) }],
  ])('%s: at the limit is created, one past is 400 naming it and nothing is stored', async (field, atLimit, pastLimit) => {
    const ok = await tryCreate(atLimit);
    expectStatus(ok.res, 200);
    expect(ok.stored).toBe(1);
    const refused = await tryCreate(pastLimit);
    expectStatus(refused.res, 400, new RegExp(field));
    expect(refused.stored).toBe(0);
  });

  it('tags: 200 tags are created, 201 are 400 naming tags, nothing stored', async () => {
    const ok = await tryCreate({ tags: Array.from({ length: 200 }, (_, i) => `t${i}`) });
    expectStatus(ok.res, 200);
    expect(ok.res.body.tags).toHaveLength(200);
    const refused = await tryCreate({ tags: Array.from({ length: 201 }, (_, i) => `t${i}`) });
    expectStatus(refused.res, 400, /tags/);
    expect(refused.stored).toBe(0);
  });

  it('a tag of 256 characters is created, 257 is 400 naming tags', async () => {
    const ok = await tryCreate({ tags: ['m', x(256)] });
    expectStatus(ok.res, 200);
    const refused = await tryCreate({ tags: ['m', x(257)] });
    expectStatus(refused.res, 400, /tag/);
    expect(refused.stored).toBe(0);
  });

  it('an empty or blank title is 400 naming title', async () => {
    for (const title of ['', '   ']) {
      const refused = await tryCreate({ title });
      expectStatus(refused.res, 400, /title/);
      expect(refused.stored).toBe(0);
    }
  });
});

describe('unknown keys, wrong types and wrong enums on create', () => {
  it.each([
    ['an unknown top-level key', { colour: 'red' }, /colour/],
    ['an unknown key in settings', { settings: { syncAlerts: true, autoClose: true } }, /autoClose/],
    ['a status, which create does not take', { status: 'closed' }, /status/],
    ['a wrong severity', { severity: 'urgent' }, /severity/],
    ['a wrong connector type', { connector: { id: 'x', name: 'x', type: '.bogus', fields: null } }, /connector/],
    ['a title that is not a string', { title: 42 }, /title/],
    ['tags that are not a list', { tags: 'one' }, /tags/],
    ['syncAlerts that is not a boolean', { settings: { syncAlerts: 'yes' } }, /syncAlerts/],
    ['an assignee without uid', { assignees: [{}] }, /uid/],
    ['an assignee with an unknown key', { assignees: [{ uid: 'u_1', name: 'alice' }] }, /name/],
  ])('refuses %s with 400 and stores nothing', async (_label, overrides, message) => {
    const refused = await tryCreate(overrides as Record<string, unknown>);
    expectStatus(refused.res, 400, message);
    expect(refused.stored).toBe(0);
  });
});

describe('owners on create', () => {
  // Kibana checks the owner as a privilege: one no feature registers is refused with 403, even
  // for a superuser ('returns a 403 when attempting to create a case with an owner that was from a
  // disabled feature in the space', post_case.ts). The string is still bounded.
  it('refuses an unknown owner with 403 and stores nothing', async () => {
    const refused = await tryCreate({ owner: 'nobody' });
    expectStatus(refused.res, 403, /Unauthorized to create case with owners: "nobody"/);
    expect(refused.stored).toBe(0);
  });

  it('refuses an owner past the length bound with 400', async () => {
    const refused = await tryCreate({ owner: 'o'.repeat(257) });
    expectStatus(refused.res, 400, /owner/);
    expect(refused.stored).toBe(0);
  });
});

describe('update limits and validation', () => {
  it('refuses an over-limit or unknown field in a PATCH with 400 and leaves the case unchanged', async () => {
    const created = await createCase(api);
    const attempts: Array<[Record<string, unknown>, RegExp]> = [
      [{ title: x(161) }, /title/],
      [{ description: x(30_001) }, /description/],
      [{ category: x(51) }, /category/],
      [{ tags: [x(257)] }, /tag/],
      [{ status: 'pending' }, /status/],
      [{ severity: 'urgent' }, /severity/],
      [{ colour: 'red' }, /colour/],
      [{ owner: 'observability' }, /owner/],
    ];
    for (const [changes, message] of attempts) expectStatus(await patchCase(api, created, changes), 400, message);
    const now = (await api.call('GET', `/api/cases/${created.id}`)).body;
    expect(now.version).toBe(created.version);
    expect(now.title).toBe(created.title);
  });

  it('refuses a case entry without version or with an id that is not a string, and an empty list', async () => {
    const created = await createCase(api);
    expectStatus(await api.call('PATCH', '/api/cases', { body: { cases: [{ id: created.id, title: 'x' }] } }), 400, /version/);
    expectStatus(await api.call('PATCH', '/api/cases', { body: { cases: [{ id: 5, version: created.version, title: 'x' }] } }), 400, /id/);
    expectStatus(await api.call('PATCH', '/api/cases', { body: { cases: [] } }), 400, /cases/);
    expectStatus(await api.call('PATCH', '/api/cases', { body: { cases: [{ id: created.id, version: created.version }], extra: 1 } }), 400, /extra/);
  });

  it('refuses the whole PATCH when one entry is invalid', async () => {
    const a = await createCase(api);
    const b = await createCase(api);
    const res = await api.call('PATCH', '/api/cases', {
      body: { cases: [{ id: a.id, version: a.version, title: 'fine' }, { id: b.id, version: b.version, severity: 'urgent' }] },
    });
    expectStatus(res, 400, /severity/);
    expect((await api.call('GET', `/api/cases/${a.id}`)).body.title).toBe(a.title);
  });
});

describe('malformed ids', () => {
  it('answers 404, not a URL error, for an unknown id of any allowed length (ids may be up to 512 characters)', async () => {
    for (const length of [36, 100, 101, 200, 512]) {
      expectStatus(await api.call('GET', `/api/cases/${x(length)}`), 404);
    }
  });

  it('answers 400 naming the id for an id past 512 characters, in a path, a query or a body', async () => {
    expectStatus(await api.call('GET', `/api/cases/${x(513)}`), 400, /case_id|caseId|id/);
    expectStatus(await api.call('GET', `/api/cases/${x(513)}/comments/_find`), 400, /case_id|caseId|id/);
    expectStatus(await deleteCases(api, [x(513)]), 400, /ids/);
    expectStatus(await api.call('PATCH', '/api/cases', { body: { cases: [{ id: x(513), version: 'WzEsMV0=', title: 'x' }] } }), 400, /id/);
  });

  it('answers 400 for an empty id in a body or a query', async () => {
    expectStatus(await deleteCases(api, ['']), 400, /ids/);
    expectStatus(await api.call('PATCH', '/api/cases', { body: { cases: [{ id: '', version: 'WzEsMV0=', title: 'x' }] } }), 400, /id/);
  });
});

describe('bulk limits', () => {
  let hundred: Array<{ id: string; version: string; title: string }> = [];
  let extra: { id: string; version: string; title: string };

  beforeAll(async () => {
    const tag = unique('bulk');
    hundred = await inBatches(100, 25, () => createCase(api, { tags: [tag] }));
    extra = await createCase(api, { tags: [tag] });
  });

  it('updates 100 cases in one PATCH and refuses 101 with 400 naming cases, changing none', async () => {
    const refused = await api.call('PATCH', '/api/cases', {
      body: { cases: [...hundred, extra].map((c) => ({ id: c.id, version: c.version, severity: 'high' })) },
    });
    expectStatus(refused, 400, /cases/);
    expect((await api.call('GET', `/api/cases/${extra.id}`)).body.severity).toBe('low');
    const ok = await api.call('PATCH', '/api/cases', { body: { cases: hundred.map((c) => ({ id: c.id, version: c.version, severity: 'medium' })) } });
    expectStatus(ok, 200);
    expect(ok.body).toHaveLength(100);
    expect(ok.body.every((c: { severity: string }) => c.severity === 'medium')).toBe(true);
  });

  it('deletes 100 cases in one call and refuses 101 with 400 naming ids, deleting none', async () => {
    expectStatus(await deleteCases(api, [...hundred, extra].map((c) => c.id)), 400, /ids/);
    expectStatus(await api.call('GET', `/api/cases/${hundred[0].id}`), 200);
    expectStatus(await deleteCases(api, hundred.map((c) => c.id)), 204);
    expectStatus(await api.call('GET', `/api/cases/${hundred[99].id}`), 404);
    expectStatus(await api.call('GET', `/api/cases/${extra.id}`), 200);
  });
});

describe('comment limits', () => {
  it('adds a comment of 30,000 characters and refuses 30,001 with 400 naming comment', async () => {
    const created = await createCase(api);
    await addComment(api, created.id, x(30_000));
    const post = await api.call('POST', `/api/cases/${created.id}/comments`, { body: { type: 'user', comment: x(30_001), owner: 'cases' } });
    expectStatus(post, 400, /comment/);
    const [comment] = (await api.call('GET', `/api/cases/${created.id}`)).body.comments;
    const patch = await api.call('PATCH', `/api/cases/${created.id}/comments`, {
      body: { id: comment.id, version: comment.version, type: 'user', comment: x(30_001), owner: 'cases' },
    });
    expectStatus(patch, 400, /comment/);
    expect((await api.call('GET', `/api/cases/${created.id}`)).body.totalComment).toBe(1);
  });
});

describe('the HTTP edge', () => {
  it('refuses writes without kbn-xsrf and requests without credentials, with Kibana error bodies', async () => {
    const { 'kbn-xsrf': _xsrf, ...withoutXsrf } = authHeaders(api.server);
    const noXsrf = await fetch(`${api.server.url}/api/cases`, { method: 'POST', headers: withoutXsrf, body: JSON.stringify(caseBody()) });
    expect(noXsrf.status).toBe(400);
    expect(await noXsrf.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/kbn-xsrf/) });
    const res = await fetch(`${api.server.url}/api/cases/_find`);
    expect(res.status).toBe(401);
    const body = await res.json();
    expect(body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.any(String) });
  });
});

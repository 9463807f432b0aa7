/**
 * The aggregation routes the filters are built from: GET /api/cases/tags, GET
 * /api/cases/reporters and GET /internal/cases/categories, each in a space of its own.
 */
import { createCase, createSpace, expectStatus, patchCase, RUN, spacePath, startCasesServer, type CasesTestServer, contract } from './cases_api';

jest.setTimeout(60_000);

let api: CasesTestServer;
const SPACE = `aggs-${RUN}`;
const EMPTY = `empty-${RUN}`;
const ANALYST = `analyst-${RUN}`;
const ANALYST_PASSWORD = 'analyst-password-1';
const categoriesSchema = { type: 'array', items: { type: 'string' } };

beforeAll(async () => {
  api = await startCasesServer();
  await createSpace(api, SPACE);
  await createSpace(api, EMPTY);
  const user = await api.call('POST', `/internal/security/users/${ANALYST}`, {
    body: { password: ANALYST_PASSWORD, roles: ['superuser'], full_name: 'Ana Lyst', email: 'ana@example.com' },
  });
  expectStatus(user, 200);
  await createCase(api, { tags: ['beta', 'alpha'], category: 'malware' }, SPACE);
  const second = await createCase(api, { tags: ['alpha', 'gamma'], category: 'phishing' }, SPACE);
  await createCase(api, { tags: ['obs-only'], owner: 'observability', category: 'outage' }, SPACE);
  // A tag and category that only existed before an update must disappear with it.
  expectStatus(await patchCase(api, second, { tags: ['alpha', 'delta'] }, SPACE), 200);
  const asAnalyst = await fetch(`${api.server.url}/s/${SPACE}/api/cases`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${ANALYST}:${ANALYST_PASSWORD}`).toString('base64')}`,
      'kbn-xsrf': 'true',
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      title: 'from the analyst',
      description: 'x',
      tags: ['epsilon'],
      owner: 'cases',
      settings: { syncAlerts: false },
      connector: { id: 'none', name: 'none', type: '.none', fields: null },
    }),
  });
  expect(asAnalyst.status).toBe(200);
});

afterAll(async () => {
  await api?.server.stop();
});

describe('GET /api/cases/tags', () => {
  it('lists each tag in use once, sorted', async () => {
    const res = await api.call('GET', spacePath(SPACE, '/api/cases/tags'));
    expectStatus(res, 200);
    expect(res.body).toEqual(['alpha', 'beta', 'delta', 'epsilon', 'obs-only']);
  });

  it('limits tags to the owners asked for', async () => {
    const res = await api.call('GET', spacePath(SPACE, '/api/cases/tags?owner=observability'));
    expect(res.body).toEqual(['obs-only']);
    const both = await api.call('GET', spacePath(SPACE, '/api/cases/tags?owner=observability&owner=cases'));
    expect(both.body).toEqual(['alpha', 'beta', 'delta', 'epsilon', 'obs-only']);
  });

  // Kibana filters by owner within the owners the caller may read: an unknown one matches nothing.
  it('answers an empty list in a space without cases or for an unknown owner, and 400 for an unknown parameter', async () => {
    expect((await api.call('GET', spacePath(EMPTY, '/api/cases/tags'))).body).toEqual([]);
    expect((await api.call('GET', spacePath(SPACE, '/api/cases/tags?owner=nobody'))).body).toEqual([]);
    expectStatus(await api.call('GET', spacePath(SPACE, '/api/cases/tags?colour=red')), 400, /colour/);
  });
});

describe('GET /api/cases/reporters', () => {
  it('lists each reporter once, with the user fields the contract names', async () => {
    const res = await api.call('GET', spacePath(SPACE, '/api/cases/reporters'));
    expectStatus(res, 200);
    const names = res.body.map((r: { username: string }) => r.username).sort();
    expect(names).toEqual([ANALYST, 'elastic'].sort());
    const analyst = res.body.find((r: { username: string }) => r.username === ANALYST);
    expect(analyst).toMatchObject({ full_name: 'Ana Lyst', email: 'ana@example.com' });
  });

  it('limits reporters to the owners asked for, and is empty in an empty space', async () => {
    const obs = await api.call('GET', spacePath(SPACE, '/api/cases/reporters?owner=observability'));
    expect(obs.body.map((r: { username: string }) => r.username)).toEqual(['elastic']);
    expect((await api.call('GET', spacePath(EMPTY, '/api/cases/reporters'))).body).toEqual([]);
    expect((await api.call('GET', spacePath(SPACE, '/api/cases/reporters?owner=nobody'))).body).toEqual([]);
  });
});

describe('GET /internal/cases/categories', () => {
  it('lists each category in use once, sorted', async () => {
    const res = await api.call('GET', spacePath(SPACE, '/internal/cases/categories'));
    expectStatus(res, 200);
    contract.expectToMatchSchema(categoriesSchema, res.body, 'categories');
    expect(res.body).toEqual(['malware', 'outage', 'phishing']);
  });

  it('limits categories to the owners asked for, and is empty in an empty space or for an unknown owner', async () => {
    expect((await api.call('GET', spacePath(SPACE, '/internal/cases/categories?owner=cases'))).body).toEqual(['malware', 'phishing']);
    expect((await api.call('GET', spacePath(EMPTY, '/internal/cases/categories'))).body).toEqual([]);
    expect((await api.call('GET', spacePath(SPACE, '/internal/cases/categories?owner=nobody'))).body).toEqual([]);
  });
});

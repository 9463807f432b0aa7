/**
 * The Saved Objects page's listing routes against docs/openapi.yaml: `_find` (Kibana's camelCase
 * path) and `_allowed_types`, their 200s, bad queries, and callers without the
 * `savedObjectsManagement` privilege. Every answer is checked against the document by `api.call`.
 */
import { createCase, expectStatus, qs, unique, useCasesServer } from '../cases/cases_api';
import { BAD_CREDENTIALS, userWithRole } from './exchange_api';

jest.setTimeout(60_000);

const api = useCasesServer();
const FIND = '/api/kibana/management/savedObjects/_find';
const ALLOWED = '/api/kibana/management/saved_objects/_allowed_types';

describe('GET /api/kibana/management/saved_objects/_allowed_types', () => {
  it('lists cases (not their comments or user actions) in Kibana shape', async () => {
    const res = await api.call('GET', ALLOWED);
    expectStatus(res, 200);
    const names = res.body.types.map((type: { name: string }) => type.name);
    expect(names).toContain('cases');
    expect(names).not.toContain('cases-comments');
    expect(names).not.toContain('cases-user-actions');
    expect(res.body.types.find((type: { name: string }) => type.name === 'cases')).toEqual({ name: 'cases', namespaceType: 'single', hidden: true, displayName: 'case' });
  });

  it('answers 401 to bad credentials and 403 without the savedObjectsManagement privilege', async () => {
    expectStatus(await api.call('GET', ALLOWED, { headers: BAD_CREDENTIALS }), 401);
    const headers = await userWithRole(api, 'so_none', [{ base: [], feature: { actions: ['read'] }, spaces: ['*'] }]);
    expectStatus(await api.call('GET', ALLOWED, { headers }), 403, /^API \[GET \/api\/kibana\/management\/saved_objects\/_allowed_types\] is unauthorized for user/);
  });
});

describe('GET /api/kibana/management/savedObjects/_find', () => {
  it('finds cases by title with meta and without attributes', async () => {
    const title = unique('phishing wave');
    const created = await createCase(api, { title });
    const res = await api.call('GET', `${FIND}?${qs({ type: ['cases'], search: title, perPage: 50 })}`);
    expectStatus(res, 200);
    const found = res.body.saved_objects.find((o: { id: string }) => o.id === created.id);
    expect(found).toMatchObject({ type: 'cases', attributes: {}, meta: { title, icon: 'casesApp', namespaceType: 'single', hiddenType: true } });
    expect(res.body).toMatchObject({ page: 1, per_page: 50 });
  });

  it('sorts by type and by date, and answers an empty page for types the page does not list', async () => {
    expectStatus(await api.call('GET', `${FIND}?${qs({ type: ['cases', 'action'], sortField: 'type', sortOrder: 'asc' })}`), 200);
    expectStatus(await api.call('GET', `${FIND}?${qs({ type: 'cases', sortField: 'updated_at', sortOrder: 'desc', page: 1, perPage: 5 })}`), 200);
    const none = await api.call('GET', `${FIND}?${qs({ type: 'cases-comments' })}`);
    expectStatus(none, 200);
    expect(none.body).toEqual({ saved_objects: [], total: 0, page: 1, per_page: 20 });
  });

  it('refuses bad queries with 400', async () => {
    expectStatus(await api.call('GET', FIND), 400);
    expectStatus(await api.call('GET', `${FIND}?${qs({ type: 'cases', sortField: 'title' })}`), 400);
    expectStatus(await api.call('GET', `${FIND}?${qs({ type: 'cases', page: 2000, perPage: 10 })}`), 400);
    expectStatus(await api.call('GET', `${FIND}?${qs({ type: 'cases', fields: 'title' })}`), 400);
  });

  it('answers 401 and 403 as _allowed_types does, and hides cases a reader may not read', async () => {
    expectStatus(await api.call('GET', `${FIND}?type=cases`, { headers: BAD_CREDENTIALS }), 401);
    const refused = await userWithRole(api, 'so_find_none', [{ base: [], feature: { actions: ['read'] }, spaces: ['*'] }]);
    expectStatus(await api.call('GET', `${FIND}?type=cases`, { headers: refused }), 403);
    await createCase(api);
    // Holds the page, not the cases: the case types refuse their objects to it.
    const pageOnly = await userWithRole(api, 'so_page_only', [{ base: [], feature: { savedObjectsManagement: ['read'] }, spaces: ['*'] }]);
    const res = await api.call('GET', `${FIND}?type=cases`, { headers: pageOnly });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ saved_objects: [], total: 0 });
  });
});

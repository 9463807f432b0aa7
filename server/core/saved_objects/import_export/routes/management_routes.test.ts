import { createFakeRouter, type FakeRouter } from '../../../security/__fixtures__/fake_router';
import { createMemoryRepository, type MemoryRepository } from '../../../security/__fixtures__/memory_repository';
import { testUser } from '../../../security/__fixtures__/test_users';
import type { SpacePrivileges } from '../../../security/privileges/types';
import type { AuthenticatedUser } from '../../../security/types';
import { TypeRegistry } from '../../type_registry';
import type { FindOptions, SavedObjectsType } from '../../types';
import { savedObjectsManagementPrivilege } from '../management_feature';
import { MANAGEMENT_ALLOWED_TYPES_PATH, MANAGEMENT_FIND_PATH, registerManagementRoutes } from './management_routes';

const mappings = { dynamic: false as const, properties: {} };

const casesType: SavedObjectsType = {
  name: 'cases',
  namespaceType: 'single',
  hidden: true,
  mappings,
  management: {
    importableAndExportable: true,
    displayName: 'case',
    defaultSearchField: 'title',
    icon: 'casesApp',
    getTitle: (o) => String((o.attributes as { title: string }).title),
    getInAppUrl: (o) => ({ path: `/app/cases/${o.id}`, uiCapabilitiesPath: 'securitySolutionCasesV3.read_cases' }),
    // Cases of owner `obs` are not the caller's to export.
    authorize: async (_context, _operation, objects) =>
      new Map(objects.filter((o) => (o.attributes as { owner?: string }).owner === 'obs').map((o) => [o.id, `Unauthorized to get case ${o.id}`])),
  },
};
const commentsType: SavedObjectsType = { name: 'cases-comments', namespaceType: 'single', mappings, management: { importableAndExportable: true, visibleInManagement: false } };
const actionType: SavedObjectsType = {
  name: 'action',
  namespaceType: 'single',
  hidden: true,
  mappings,
  management: { importableAndExportable: true, displayName: 'connector', defaultSearchField: 'name', getTitle: (o) => `Connector: [${(o.attributes as { name: string }).name}]` },
};
const spaceType: SavedObjectsType = { name: 'space', namespaceType: 'agnostic', mappings };

const reader = testUser(['so_reader']);
const nobody = testUser(['nothing'], { username: 'nobody' });

function privileges(user: AuthenticatedUser): SpacePrivileges {
  const actions = new Set(user.roles.includes('so_reader') ? [savedObjectsManagementPrivilege('read')] : []);
  return { superuser: false, actions, ui: {}, hasAnyPrivilege: actions.size > 0 };
}

interface Setup {
  router: FakeRouter;
  repository: MemoryRepository;
  finds: FindOptions[];
}

function setup(): Setup {
  const registry = new TypeRegistry();
  for (const type of [casesType, commentsType, actionType, spaceType]) registry.registerType(type);
  const repository = createMemoryRepository();
  const finds: FindOptions[] = [];
  const find = repository.find.bind(repository);
  repository.find = (options) => {
    finds.push(options);
    return find(options);
  };
  const router = createFakeRouter();
  registerManagementRoutes(router, {
    services: () => ({ registry, repository, authz: { getSpacePrivileges: async (user) => privileges(user) } }),
  });
  return { router, repository, finds };
}

async function seed(repository: MemoryRepository) {
  await repository.create('cases', { title: 'Phishing', owner: 'sec' }, { id: 'c1', namespace: 'default' });
  await repository.create('cases', { title: 'Malware', owner: 'sec' }, { id: 'c2', namespace: 'default' });
  await repository.create('cases', { title: 'Latency', owner: 'obs' }, { id: 'c3', namespace: 'default' });
  await repository.create('cases-comments', { comment: 'x' }, { id: 'k1', namespace: 'default' });
  await repository.create('action', { name: 'Jira' }, { id: 'a1', namespace: 'default' });
}

const find = (s: Setup, query: Record<string, unknown>, user: AuthenticatedUser | undefined = reader) =>
  s.router.call('get', MANAGEMENT_FIND_PATH, { user, query, path: MANAGEMENT_FIND_PATH });

describe('GET /api/kibana/management/saved_objects/_allowed_types', () => {
  it('lists the importable types the page shows, in Kibana shape', async () => {
    const s = setup();
    const res = await s.router.call('get', MANAGEMENT_ALLOWED_TYPES_PATH, { user: reader });
    expect(res).toEqual({
      status: 200,
      headers: {},
      body: {
        types: [
          { name: 'cases', namespaceType: 'single', hidden: true, displayName: 'case' },
          { name: 'action', namespaceType: 'single', hidden: true, displayName: 'connector' },
        ],
      },
    });
  });

  it('takes the savedObjectsManagement read privilege', async () => {
    const s = setup();
    expect((await s.router.call('get', MANAGEMENT_ALLOWED_TYPES_PATH, {})).status).toBe(401);
    const refused = await s.router.call('get', MANAGEMENT_ALLOWED_TYPES_PATH, { user: nobody, path: MANAGEMENT_ALLOWED_TYPES_PATH });
    expect(refused).toMatchObject({
      status: 403,
      body: {
        message: 'API [GET /api/kibana/management/saved_objects/_allowed_types] is unauthorized for user, this action is granted by the Kibana privileges [savedObjectsManagement]',
      },
    });
  });
});

describe('GET /api/kibana/management/savedObjects/_find', () => {
  it('answers a page with meta and without attributes, leaving out types the page does not list', async () => {
    const s = setup();
    await seed(s.repository);
    const res = await find(s, { type: ['action', 'cases-comments', 'space', 'nope'] });
    expect(res.status).toBe(200);
    const body = res.body as { saved_objects: Array<Record<string, unknown>>; total: number; page: number; per_page: number };
    expect(body).toMatchObject({ total: 1, page: 1, per_page: 20 });
    expect(body.saved_objects).toEqual([
      {
        id: 'a1',
        type: 'action',
        namespaces: ['default'],
        references: [],
        created_at: expect.any(String),
        updated_at: expect.any(String),
        managed: false,
        attributes: {},
        meta: { title: 'Connector: [Jira]', namespaceType: 'single', hiddenType: true },
      },
    ]);
    expect(s.finds[0]).toMatchObject({ type: ['action'], namespace: 'default' });
  });

  it('gives cases their title, icon and in-app link, and answers no types as an empty page', async () => {
    const s = setup();
    await seed(s.repository);
    const res = await find(s, { type: 'cases', perPage: 1, page: 1, sortField: 'updated_at', sortOrder: 'asc' });
    const [first] = (res.body as { saved_objects: Array<{ meta: unknown }> }).saved_objects;
    expect(first.meta).toEqual({
      title: 'Phishing',
      icon: 'casesApp',
      inAppUrl: { path: '/app/cases/c1', uiCapabilitiesPath: 'securitySolutionCasesV3.read_cases' },
      namespaceType: 'single',
      hiddenType: true,
    });
    expect(s.finds[0]).toMatchObject({ sortField: 'updated_at', sortOrder: 'asc', page: 1, perPage: 1 });
    expect((await find(s, { type: 'space' })).body).toEqual({ saved_objects: [], total: 0, page: 1, per_page: 20 });
  });

  it('searches the types’ default search fields, or every text field when one type names none', async () => {
    const s = setup();
    await find(s, { type: ['cases', 'action'], search: 'jir*' });
    expect(s.finds[0]).toMatchObject({ search: 'jir*', searchFields: ['title', 'name'], defaultSearchOperator: 'OR' });
  });

  it('leaves out what a type refuses to export, and counts only what the caller may see', async () => {
    const s = setup();
    await seed(s.repository);
    const res = await find(s, { type: ['cases'] });
    const body = res.body as { saved_objects: Array<{ id: string }>; total: number };
    expect(body.saved_objects.map((o) => o.id).sort()).toEqual(['c1', 'c2']);
    expect(body.total).toBe(2);
  });

  it('sorts by type across types, page by page', async () => {
    const s = setup();
    await seed(s.repository);
    const ids = async (page: number, sortOrder: string) =>
      ((await find(s, { type: ['cases', 'action'], sortField: 'type', sortOrder, perPage: 2, page })).body as { saved_objects: Array<{ id: string }> }).saved_objects.map(
        (o) => o.id,
      );
    // action:a1 first, then the cases (c3 is refused, so the second page holds one).
    expect(await ids(1, 'asc')).toEqual(['a1', 'c1']);
    expect(await ids(2, 'asc')).toEqual(['c2']);
    expect((await ids(2, 'desc')).length).toBe(1);
    expect(await ids(2, 'desc')).toEqual(['a1']);
  });

  it('refuses bad queries with 400, callers without the privilege with 401/403', async () => {
    const s = setup();
    expect((await find(s, {})).status).toBe(400);
    expect((await find(s, { type: 'cases', sortField: 'title' })).status).toBe(400);
    expect((await find(s, { type: 'cases', perPage: '-1' })).status).toBe(400);
    expect((await find(s, { type: 'cases', unknown: 'x' })).status).toBe(400);
    const tooFar = await find(s, { type: 'cases', page: '1001', perPage: '10' });
    expect(tooFar).toMatchObject({ status: 400, body: { message: expect.stringContaining('10000') } });
    expect((await s.router.call('get', MANAGEMENT_FIND_PATH, { query: { type: 'cases' } })).status).toBe(401);
    const refused = await s.router.call('get', MANAGEMENT_FIND_PATH, { user: nobody, query: { type: 'cases' }, path: '/s/eu/api/kibana/management/savedObjects/_find?type=cases' });
    expect(refused).toMatchObject({
      status: 403,
      body: { message: 'API [GET /api/kibana/management/savedObjects/_find?type=cases] is unauthorized for user, this action is granted by the Kibana privileges [savedObjectsManagement]' },
    });
  });
});

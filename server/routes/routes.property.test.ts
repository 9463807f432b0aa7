/**
 * Every plugin route against hostile requests through the fake router (which decodes as the
 * real one does): the answer is a 2xx or a 4xx in Kibana's error shape, never a 5xx, never an
 * exception. Routes are read from the router, so a new route joins by itself.
 */
import fc from 'fast-check';
import { hostileQuery, parsedBody } from '../../common/core/__fixtures__/hostile_json';
import { createFakeRouter, type FakeRouter } from '../core/mocks';
import { admin, createHarness, newCase, type Harness } from '../client/__fixtures__/client_harness';
import { createCasesRegistries } from '../registries/cases_registries';
import { registerRoutes } from '.';

let h: Harness;
let ids: { case_id: string; comment_id: string };
// Registered before the tests are collected, so that each route is a test of its own.
const registries = createCasesRegistries();
const router: FakeRouter = createFakeRouter();
registerRoutes({ router, attachmentTypes: registries.attachments, kibanaVersion: '9.9.9', getClient: (ctx) => h.client(ctx.spaceId, ctx.user) });

beforeAll(async () => {
  h = await createHarness({ registries });
  // Real ids in the path let hostile queries and bodies reach past the 404.
  const created = await router.call('post', '/api/cases', { user: admin, body: newCase() });
  const caseId = (created.body as { id: string }).id;
  const commented = await router.call('post', '/api/cases/{case_id}/comments', {
    user: admin,
    params: { case_id: caseId },
    body: { type: 'user', comment: 'first look', owner: 'securitySolution' },
  });
  const comments = (commented.body as { comments: Array<{ id: string }> }).comments;
  ids = { case_id: caseId, comment_id: comments[0].id };
});
afterAll(() => h.close());

const pathParam = (name: string) =>
  fc.oneof(fc.constant(ids[name as keyof typeof ids] ?? 'x'), fc.string({ maxLength: 40 }), fc.constantFrom('', ' ', '..', 'x'.repeat(600), '%00'));

function expectKibanaAnswer(status: number, body: unknown): void {
  expect(status).toBeLessThan(500);
  if (status >= 400) expect(Object.keys(body as object).sort()).toEqual(['error', 'message', 'statusCode']);
}

it('has routes to call', () => {
  expect(router.routes.length).toBeGreaterThan(15);
});

describe.each(router.routes.map((r) => [`${r.method.toUpperCase()} ${r.config.path}`, r] as const))('%s', (_name, route) => {
  it('answers hostile requests with a 2xx or a 4xx', async () => {
    const names = [...route.config.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const params = fc.record(Object.fromEntries(names.map((n) => [n, pathParam(n)])) as Record<string, fc.Arbitrary<string>>);
    const hasBody = ['post', 'put', 'patch'].includes(route.method);
    await fc.assert(
      fc.asyncProperty(params, hostileQuery, hasBody ? parsedBody : fc.constant(undefined), async (p, query, body) => {
        const res = await router.call(route.method, route.config.path, { user: admin, params: p, query, body });
        expectKibanaAnswer(res.status, res.body);
      }),
      { numRuns: 40 },
    );
  });
});

describe('find and metrics with known keys and hostile values', () => {
  const dateish = fc.oneof(
    fc.constantFrom('now-1000000000y', '9007199254740992', '8640000000000001', 'now', 'now-1d/d', '0', ''),
    fc.tuple(fc.constantFrom('+', '-'), fc.bigInt({ min: 0n, max: 10n ** 25n }), fc.constantFrom(...'smhdwMy')).map(([s, n, u]) => `now${s}${n}${u}`),
    fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  );
  const word = fc.stringMatching(/^[a-z#"*-]{0,6}$/);
  const searchText = fc.array(word, { maxLength: 30 }).map((words) => words.join(' ').slice(0, 1024));
  const dates = { from: dateish, to: dateish };
  const queries: Record<string, fc.Arbitrary<Record<string, string>>> = {
    '/api/cases/_find': fc.record({ ...dates, search: searchText, defaultSearchOperator: fc.constantFrom('AND', 'OR') }, { requiredKeys: [] }),
    '/internal/cases/metrics': fc.record({ ...dates, features: fc.constant('status') }, { requiredKeys: ['features'] }),
  };

  it.each(Object.keys(queries))('%s answers a 2xx or a 4xx', async (path) => {
    await fc.assert(
      fc.asyncProperty(queries[path], async (query) => {
        const res = await router.call('get', path, { user: admin, query });
        expectKibanaAnswer(res.status, res.body);
      }),
      { numRuns: 150 },
    );
  });
});

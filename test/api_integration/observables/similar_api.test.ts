/**
 * Similar cases and the observable value search over HTTP, each answer checked against
 * docs/openapi.yaml as it arrives. Observables are added through Kibana's bulk create route.
 */
import { createCase, createSpace, expectStatus, RUN, spacePath, useCasesServer } from '../cases/cases_api';

jest.setTimeout(60_000);

const api = useCasesServer();
const SPACE = `similar-${RUN}`;
const at = (path: string) => spacePath(SPACE, path);
const IPV4 = 'observable-type-ipv4';
const PATH = 'observable-type-file-path';
const IP = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;

async function caseWith(title: string, pairs: Array<[string, string]>, owner = 'securitySolution') {
  const c = await createCase(api, { title, owner }, SPACE);
  if (pairs.length === 0) return c;
  const res = await api.call('POST', at(`/internal/cases/${c.id}/observables/_bulk_create`), {
    body: { observables: pairs.map(([typeKey, value]) => ({ typeKey, value, description: null })) },
  });
  expectStatus(res, 200);
  return res.body;
}

const similar = (caseId: string, body: unknown = {}) => api.call('POST', at(`/internal/cases/${caseId}/_similar`), { body });
const search = (body: unknown) => api.call('POST', at('/internal/cases/observables/_search'), { body });

let base: { id: string };
beforeAll(async () => {
  await createSpace(api, SPACE);
  base = await caseWith('base', [[IPV4, IP], [PATH, '/tmp/x.sh']]);
  await caseWith('one', [[IPV4, IP]]);
  await caseWith('two', [[IPV4, IP], [PATH, '/tmp/x.sh']]);
  await caseWith('other owner', [[IPV4, IP]], 'cases');
  await caseWith('as a path', [[PATH, IP]]);
});

describe('POST /internal/cases/{case_id}/_similar', () => {
  it('answers the same-owner cases sharing a pair, most shared first, with the shared pairs', async () => {
    const res = await similar(base.id, { page: 1, perPage: 10 });
    expectStatus(res, 200);
    expect(res.body.cases.map((c: { title: string }) => c.title)).toEqual(['two', 'one']);
    expect(res.body).toMatchObject({ page: 1, per_page: 10, total: 2 });
    expect(res.body.cases[0].similarities.observables).toEqual([
      { typeKey: IPV4, value: IP, typeLabel: 'IPv4' },
      { typeKey: PATH, value: '/tmp/x.sh', typeLabel: 'File path' },
    ]);
  });

  it("answers Kibana's empty page for a case without observables, and accepts no body", async () => {
    const lonely = await caseWith('lonely', []);
    const res = await api.call('POST', at(`/internal/cases/${lonely.id}/_similar`));
    expectStatus(res, 200);
    expect(res.body).toEqual({ cases: [], page: 1, per_page: 0, total: 0 });
  });

  it('refuses unknown keys and perPage over 100 with 400, and an unknown case with 404', async () => {
    expectStatus(await similar(base.id, { perPage: 101 }), 400);
    expectStatus(await similar(base.id, { sortField: 'title' }), 400);
    expectStatus(await similar(base.id, { page: 0 }), 400);
    expectStatus(await similar('no-such-case'), 404);
  });
});

describe('POST /internal/cases/observables/_search', () => {
  it('finds every case of the space holding the value under any type, newest first', async () => {
    const res = await search({ value: IP });
    expectStatus(res, 200);
    expect(res.body.cases.map((c: { title: string }) => c.title)).toEqual(['as a path', 'other owner', 'two', 'one', 'base']);
    expect(res.body.cases[0].matches.observables).toMatchObject([{ typeKey: PATH, value: IP }]);
    const typed = await search({ value: IP, typeKey: IPV4, owner: 'securitySolution', perPage: 2 });
    expectStatus(typed, 200);
    expect(typed.body).toMatchObject({ total: 3, per_page: 2 });
  });

  it('counts the other cases holding each value', async () => {
    const res = await search({ values: [IP, '/tmp/x.sh', 'seen-nowhere'], caseId: base.id });
    expectStatus(res, 200);
    expect(res.body).toEqual({ counts: { [IP]: 4, '/tmp/x.sh': 1, 'seen-nowhere': 0 } });
  });

  it('refuses a body of neither shape, an empty value and too many values with 400', async () => {
    expectStatus(await search({}), 400);
    expectStatus(await search({ value: '' }), 400);
    expectStatus(await search({ value: IP, extra: 1 }), 400);
    expectStatus(await search({ values: Array.from({ length: 101 }, (_, i) => `v${i}`) }), 400);
    expectStatus(await search([]), 400);
  });

  it("makes the list's search find a value's holders", async () => {
    const res = await api.call('POST', at('/internal/cases/_search'), { body: { search: IP, owner: ['securitySolution'], perPage: 100 } });
    expectStatus(res, 200);
    expect(res.body.cases.map((c: { title: string }) => c.title).sort()).toEqual(['as a path', 'base', 'one', 'two']);
  });
});

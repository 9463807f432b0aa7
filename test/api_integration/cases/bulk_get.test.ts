/**
 * POST /internal/cases/_bulk_get: many cases by id in one call, with an error per id that
 * could not be read instead of failing the whole call. `api.call` checks each answer against
 * docs/openapi.yaml (`bulk_get_cases_response`).
 */
import { createCase, createSpace, expectStatus, RUN, spacePath, startCasesServer, type CasesTestServer } from './cases_api';

jest.setTimeout(60_000);

let api: CasesTestServer;
const SPACE = `bulk-get-${RUN}`;

const bulkGet = (body: unknown, space?: string) => api.call('POST', spacePath(space, '/internal/cases/_bulk_get'), { body });

beforeAll(async () => {
  api = await startCasesServer();
  await createSpace(api, SPACE);
});

afterAll(async () => {
  await api?.server.stop();
});

describe('POST /internal/cases/_bulk_get', () => {
  it('returns the cases found and one 404 error per id that is not', async () => {
    const a = await createCase(api);
    const b = await createCase(api);
    const missing = `missing-${RUN}`;
    const res = await bulkGet({ ids: [a.id, missing, b.id] });
    expectStatus(res, 200);
    expect(res.body.cases.map((c: { id: string }) => c.id).sort()).toEqual([a.id, b.id].sort());
    expect(res.body.errors).toEqual([expect.objectContaining({ caseId: missing, status: 404, error: 'Not Found' })]);
    expect(res.body.errors[0].message).toMatch(missing);
  });

  it('does not reach into another space: a case of another space is a 404 item', async () => {
    const elsewhere = await createCase(api, {}, SPACE);
    const res = await bulkGet({ ids: [elsewhere.id] });
    expectStatus(res, 200);
    expect(res.body.cases).toEqual([]);
    expect(res.body.errors.map((e: { caseId: string; status: number }) => [e.caseId, e.status])).toEqual([[elsewhere.id, 404]]);
    const inSpace = await bulkGet({ ids: [elsewhere.id] }, SPACE);
    expect(inSpace.body.cases.map((c: { id: string }) => c.id)).toEqual([elsewhere.id]);
  });

  it('accepts 1,000 ids and refuses 1,001 with 400 naming ids', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `nope-${RUN}-${i}`);
    const atLimit = await bulkGet({ ids });
    expectStatus(atLimit, 200);
    expect(atLimit.body.errors).toHaveLength(1000);
    expectStatus(await bulkGet({ ids: [...ids, 'one-more'] }), 400, /ids/);
  });

  it('answers 400 for an empty list, ids that are not strings, a missing ids and unknown keys', async () => {
    expectStatus(await bulkGet({ ids: [] }), 400, /ids/);
    expectStatus(await bulkGet({ ids: [1, 2] }), 400, /ids/);
    expectStatus(await bulkGet({}), 400, /ids/);
    expectStatus(await bulkGet({ ids: ['a'], colour: 'red' }), 400, /colour/);
  });
});

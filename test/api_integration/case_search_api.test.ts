/**
 * `POST /internal/cases/_search` and `GET /internal/cases/configure/custom_fields/{key}/_usage`
 * over HTTP, every answer checked against docs/openapi.yaml as it arrives. A space of its own
 * holds the configuration, so runs sharing a cluster do not see each other's.
 */
import { createCase, createSpace, expectStatus, patchCase, RUN, spacePath, useCasesServer } from './cases/cases_api';

jest.setTimeout(60_000);

const api = useCasesServer();
const SPACE = `search-${RUN}`;
const OWNER = 'cases';
const at = (path: string) => spacePath(SPACE, path);
const NONE = { id: 'none', name: 'none', type: '.none', fields: null };
const toggles = (escalated: boolean | null, impact: boolean | null) => [
  { key: 'escalated', type: 'toggle', value: escalated },
  { key: 'impact', type: 'toggle', value: impact },
];

const search = (body: Record<string, unknown>) => api.call('POST', at('/internal/cases/_search'), { body: { owner: OWNER, perPage: 100, ...body } });
async function titles(body: Record<string, unknown>): Promise<string[]> {
  const res = await search(body);
  expectStatus(res, 200);
  return (res.body.cases as Array<{ title: string }>).map((c) => c.title.split('-')[0]).sort();
}

let cases: Record<string, { id: string; version: string; title: string }>;

beforeAll(async () => {
  await createSpace(api, SPACE);
  // Before any configuration: a filter has nothing to name.
  expectStatus(await search({ customFields: { escalated: [true] } }), 400, /^No custom fields configured\.$/);
  const configured = await api.call('POST', at('/api/cases/configure'), {
    body: {
      owner: OWNER,
      connector: NONE,
      closure_type: 'close-by-user',
      customFields: [
        { key: 'escalated', label: 'Escalated', type: 'toggle', required: false },
        { key: 'impact', label: 'Impact', type: 'toggle', required: false },
        { key: 'ticket', label: 'Ticket', type: 'text', required: false },
      ],
    },
  });
  expectStatus(configured, 200);
  const make = (title: string, overrides: Record<string, unknown>) => createCase(api, { title: `${title}-${RUN}`, ...overrides }, SPACE);
  cases = {
    yes: await make('yes', { customFields: toggles(true, true) }),
    no: await make('no', { tags: [`phishing-${RUN}`], customFields: toggles(false, true) }),
    unset: await make('unset', { customFields: [...toggles(null, false), { key: 'ticket', type: 'text', value: 'INC-7' }] }),
    missing: await make('missing', { tags: [`phishing-${RUN}`] }),
  };
});

describe('POST /internal/cases/_search', () => {
  it('filters by true, false and null (no value), values ORed and keys ANDed', async () => {
    expect(await titles({ customFields: { escalated: [true] } })).toEqual(['yes']);
    expect(await titles({ customFields: { escalated: [false] } })).toEqual(['no']);
    expect(await titles({ customFields: { escalated: [null] } })).toEqual(['missing', 'unset']);
    expect(await titles({ customFields: { escalated: [false, null] } })).toEqual(['missing', 'no', 'unset']);
    expect(await titles({ customFields: { escalated: [true, false], impact: [true] } })).toEqual(['no', 'yes']);
    expect(await titles({ customFields: { escalated: [null], impact: [false] } })).toEqual(['unset']);
  });

  it('combines with status and tag filters, with status counts of the same filters', async () => {
    const closed = await patchCase(api, cases.no, { status: 'closed' }, SPACE);
    expectStatus(closed, 200);
    const res = await search({ tags: [`phishing-${RUN}`], status: 'closed', customFields: { impact: [true] } });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ total: 1, count_open_cases: 0, count_in_progress_cases: 0, count_closed_cases: 1 });
    expect(await titles({ tags: [`phishing-${RUN}`], customFields: { escalated: [null, false] } })).toEqual(['missing', 'no']);
    expect(await titles({ status: ['open'], customFields: { escalated: [false] } })).toEqual([]);
  });

  it('follows the PUT custom field route', async () => {
    const read = await api.call('GET', at(`/api/cases/${cases.missing.id}`));
    const put = await api.call('PUT', at(`/internal/cases/${cases.missing.id}/custom_fields/escalated`), { body: { caseVersion: read.body.version, value: true } });
    expectStatus(put, 200);
    expect(await titles({ customFields: { escalated: [true] } })).toEqual(['missing', 'yes']);
    expect(put.body).not.toHaveProperty('custom_field_values');
  });

  it("refuses bad filters with Kibana's messages, and unknown parameters", async () => {
    expectStatus(await search({ customFields: { nope: [true] } }), 400, /^Invalid custom field key: nope\.$/);
    expectStatus(await search({ customFields: { ticket: ['INC-7'] } }), 400, /^Filtering by custom field of type text is not allowed\.$/);
    expectStatus(await search({ customFields: { escalated: ['yes'] } }), 400, /^Unsupported filtering value for custom field of type toggle\.$/);
    expectStatus(await search({ owner: [OWNER, 'securitySolution'], customFields: { escalated: [true] } }), 400, /^Owner must be provided\. Multiple owners are not supported\.$/);
    expectStatus(await search({ customFields: { escalated: Array(11).fill(true) } }), 400);
    expectStatus(await search({ nope: true }), 400, /nope/);
  });

  it('answers as _find without custom fields', async () => {
    const searched = await search({ sortField: 'title', sortOrder: 'asc' });
    const found = await api.call('GET', at(`/api/cases/_find?owner=${OWNER}&perPage=100&sortField=title&sortOrder=asc`));
    expectStatus(searched, 200);
    expect(searched.body).toEqual(found.body);
    expect(searched.body.total).toBe(4);
  });
});

describe('GET /internal/cases/configure/custom_fields/{key}/_usage', () => {
  const usage = (key: string, owner = OWNER) => api.call('GET', at(`/internal/cases/configure/custom_fields/${key}/_usage?owner=${owner}`));

  it('counts the cases holding a value for the key, per owner', async () => {
    const ticket = await usage('ticket');
    expectStatus(ticket, 200);
    expect(ticket.body).toEqual({ cases: 1 });
    expect((await usage('impact')).body).toEqual({ cases: 3 });
    expect((await usage('never-defined')).body).toEqual({ cases: 0 });
    expect((await usage('ticket', 'securitySolution')).body).toEqual({ cases: 0 });
  });

  it('refuses a malformed key or a missing owner', async () => {
    expectStatus(await usage('Not_A_Key'), 400);
    expectStatus(await api.call('GET', at('/internal/cases/configure/custom_fields/ticket/_usage')), 400);
  });
});

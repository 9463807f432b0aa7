/* eslint-disable @typescript-eslint/no-explicit-any -- import answers are untyped JSON */
/**
 * Who may export and import what: the cases' own owner rule. A reader of securitySolution cases
 * exports their own cases, and is refused an observability case with a 403 and nothing streamed; a
 * writer of securitySolution cases imports theirs from a file while the observability case beside
 * it is refused object by object (403), with nothing of it written. Without the actions feature a
 * connector cannot be exported.
 */
import { createCase, expectStatus, useCasesServer } from '../cases/cases_api';
import { documentsOf, userWithRole } from './exchange_api';
import { caseDoc, commentDoc, exportAs, importFixture, importNdjson, toNdjson } from './exchange_helpers';

jest.setTimeout(60_000);

const api = useCasesServer();
const JIRA = '51a4cbe0-5cea-11ec-a615-15461784e410';
let secCase: { id: string };
let obsCase: { id: string };
let reader: Record<string, string>;
let writer: Record<string, string>;

beforeAll(async () => {
  secCase = await createCase(api, { owner: 'securitySolution' });
  obsCase = await createCase(api, { owner: 'observability' });
  // A connector in the space, as Kibana's fixture brings it.
  await importFixture(api, 'kibana/single_case_with_connector_update_to_none.ndjson');
  reader = await userWithRole(api, 'so_sec_reader', [{ base: [], feature: { securitySolutionCasesV3: ['read'] }, spaces: ['*'] }]);
  writer = await userWithRole(api, 'so_sec_writer', [{ base: [], feature: { securitySolutionCasesV3: ['all'] }, spaces: ['*'] }]);
});

describe('export follows the owner rule', () => {
  it('a securitySolution reader exports their case with its comments and user actions', async () => {
    const res = await exportAs(api, { objects: [{ type: 'cases', id: secCase.id }], excludeExportDetails: true }, reader);
    expectStatus(res, 200);
    const docs = documentsOf(res.text);
    expect(docs.filter((d) => d.type === 'cases').map((d) => d.id)).toEqual([secCase.id]);
    expect(docs.some((d) => d.type === 'cases-user-actions')).toBe(true);
  });

  it('the same reader is refused an observability case with 403, and nothing is streamed', async () => {
    const res = await exportAs(api, { objects: [{ type: 'cases', id: obsCase.id }] }, reader);
    expectStatus(res, 403, /observability/);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    // Asked together with their own case: still refused as a whole, nothing of either written out.
    const both = await exportAs(api, { objects: [{ type: 'cases', id: secCase.id }, { type: 'cases', id: obsCase.id }] }, reader);
    expectStatus(both, 403);
    expect(both.text).not.toContain(secCase.id);
  });

  it('without the actions feature a connector cannot be exported', async () => {
    expectStatus(await exportAs(api, { objects: [{ type: 'action', id: JIRA }] }, reader), 403);
    // The admin can, without its secrets.
    const admin = await exportAs(api, { objects: [{ type: 'action', id: JIRA }], excludeExportDetails: true }, {
      authorization: `Basic ${Buffer.from(`${api.server.username}:${api.server.password}`).toString('base64')}`,
    });
    expectStatus(admin, 200);
    expect(documentsOf(admin.text)).toEqual([expect.objectContaining({ type: 'action', id: JIRA, attributes: expect.objectContaining({ isMissingSecrets: true }) })]);
  });
});

describe('import follows the owner rule', () => {
  it('a securitySolution writer imports their case, and each object of the observability case is refused with 403', async () => {
    const file = toNdjson([
      caseDoc('rbac-sec', { owner: 'securitySolution' }),
      commentDoc('rbac-sec-c', 'rbac-sec', 'securitySolution'),
      caseDoc('rbac-obs', { owner: 'observability' }),
      commentDoc('rbac-obs-c', 'rbac-obs', 'observability'),
    ]);
    const res = await importNdjson(api, file, { headers: writer });
    expect(res.body).toMatchObject({ success: false, successCount: 2 });
    expect(res.body.successResults.map((r: any) => r.id).sort()).toEqual(['rbac-sec', 'rbac-sec-c']);
    expect(res.body.errors.map((e: any) => [e.line, e.id, e.error.type, e.error.statusCode])).toEqual([
      [3, 'rbac-obs', 'unknown', 403],
      [4, 'rbac-obs-c', 'unknown', 403],
    ]);
    expectStatus(await api.call('GET', '/api/cases/rbac-obs'), 404);
    expectStatus(await api.call('GET', '/api/cases/rbac-sec'), 200);
  });

  it('a reader imports nothing, not even their own owner’s case', async () => {
    const res = await importNdjson(api, toNdjson([caseDoc('rbac-read', { owner: 'securitySolution' })]), { headers: reader });
    expect(res.body).toMatchObject({ success: false, successCount: 0 });
    expect(res.body.errors[0].error).toMatchObject({ type: 'unknown', statusCode: 403 });
    expectStatus(await api.call('GET', '/api/cases/rbac-read'), 404);
  });
});

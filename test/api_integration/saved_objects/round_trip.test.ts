/* eslint-disable @typescript-eslint/no-explicit-any -- export documents and JSON answers are untyped */
/**
 * Round trips through the NDJSON files: cases with every kind of content (user, alert and Lens
 * comments, tags, assignees, custom fields, observables, a Jira connector and a push) are
 * exported, deleted and imported back, then read over the Cases API and compared deep-equal to what
 * they were, except ids, versions and numbers (and ids inside payloads, which must follow their
 * objects). Imports: plain, with overwrite over the originals, and as new copies in another space.
 * Re-running an import without overwrite reports conflicts and changes nothing; with overwrite it
 * converges to the same state.
 */
import { startJiraSimulator, jiraConnectorFixture, type JiraSimulator } from '../../simulators/jira';
import { createSpace, deleteCases, expectStatus, RUN, spacePath, useCasesServer } from '../cases/cases_api';
import { documentsOf, exportNdjson } from './exchange_api';
import { caseIds, comparable, exportCases, importNdjson, readCaseBack, toNdjson, type CaseReadBack } from './exchange_helpers';

jest.setTimeout(120_000);

const api = useCasesServer({ args: ['--xpack.encryptedSavedObjects.encryptionKey=round-trip-test-key-0123456789abcdef'] });
const SOURCE = `rt-src-${RUN}`;
const TARGET = `rt-dst-${RUN}`;
const OWNER = 'securitySolution';
const at = (path: string) => spacePath(SOURCE, path);

let sim: JiraSimulator;
let connectorId: string;
let ids: string[];
/** The cases as they were before the export, read over the Cases API. */
let before: Record<string, CaseReadBack>;
/** The export of the cases with their references. */
let exported: Array<Record<string, any>>;

async function call(method: string, path: string, body?: unknown) {
  const res = await api.call(method, at(path), body === undefined ? {} : { body });
  expectStatus(res, 200);
  return res.body;
}

/** A case holding something of everything that travels. */
async function richCase(n: number): Promise<string> {
  const fixture = jiraConnectorFixture(sim);
  const theCase = await call('POST', '/api/cases', {
    title: `Round trip ${n} ${RUN}`,
    description: `Everything in case ${n}`,
    tags: ['round-trip', `n${n}`],
    owner: OWNER,
    severity: 'high',
    category: 'Intrusion',
    assignees: [{ uid: 'u_alice' }, { uid: `u_bob_${n}` }],
    customFields: [
      { key: 'escalated', type: 'toggle', value: n % 2 === 0 },
      { key: 'ticket', type: 'text', value: `INC-${n}` },
    ],
    connector: { id: connectorId, name: 'Jira simulator', type: '.jira', fields: fixture.caseFields },
    settings: { syncAlerts: false },
  });
  await call('POST', `/api/cases/${theCase.id}/comments`, { type: 'user', comment: `First look at ${n}`, owner: OWNER });
  await call('POST', `/api/cases/${theCase.id}/comments`, { type: 'alert', alertId: [`alert-${n}-a`, `alert-${n}-b`], index: ['.alerts-security.alerts-default', '.alerts-security.alerts-default'], rule: { id: 'rule-1', name: 'Brute force' }, owner: OWNER });
  await call('POST', `/api/cases/${theCase.id}/comments`, {
    type: 'persistableState',
    persistableStateAttachmentTypeId: '.lens',
    persistableStateAttachmentState: { attributes: { title: `Chart ${n}`, visualizationType: 'lnsXY', references: [], state: { query: { query: '', language: 'kuery' }, filters: [] } }, timeRange: { from: 'now-7d', to: 'now' } },
    owner: OWNER,
  });
  await call('POST', `/internal/cases/${theCase.id}/observables`, { observable: { typeKey: 'observable-type-ipv4', value: `10.0.0.${n}`, description: 'attacker' } });
  await call('POST', `/api/cases/${theCase.id}/connector/${connectorId}/_push`, {});
  const current = await call('GET', `/api/cases/${theCase.id}`);
  await call('PATCH', '/api/cases', { cases: [{ id: theCase.id, version: current.version, status: 'in-progress' }] });
  return theCase.id;
}

async function readAll(space: string, caseIdList: string[]): Promise<Record<string, CaseReadBack>> {
  const out: Record<string, CaseReadBack> = {};
  for (const id of caseIdList) out[id] = await readCaseBack(api, id, space);
  return out;
}

/** Old → new ids from an import answer (objects imported under their own id map to themselves). */
const idMapOf = (answer: any): Record<string, string> => Object.fromEntries(answer.successResults.map((r: any) => [r.id, r.destinationId ?? r.id]));

/** Every case of `after` compares deep-equal to `before` once ids (through idMap), versions and numbers are set aside. */
function expectSameContent(after: Record<string, CaseReadBack>, idMap: Record<string, string>) {
  for (const id of ids) {
    const newId = idMap[id] ?? id;
    expect(after[newId]).toBeDefined();
    expect(comparable(after[newId], idMap, 'copy')).toEqual(comparable(before[id], idMap, 'source'));
  }
}

/** What the space holds, for "nothing changed": every read-back with versions. */
const snapshot = async (space: string) => {
  const all = await caseIds(api, space);
  return { ids: all.sort(), reads: await readAll(space, all) };
};

beforeAll(async () => {
  sim = await startJiraSimulator();
  await createSpace(api, SOURCE);
  await createSpace(api, TARGET);
  await call('POST', '/api/cases/configure', {
    owner: OWNER,
    connector: { id: 'none', name: 'none', type: '.none', fields: null },
    closure_type: 'close-by-user',
    customFields: [
      { key: 'escalated', label: 'Escalated', type: 'toggle', required: false },
      { key: 'ticket', label: 'Ticket', type: 'text', required: false },
    ],
  });
  const fixture = jiraConnectorFixture(sim);
  connectorId = (await call('POST', '/api/actions/connector', { name: `Jira ${RUN}`, connector_type_id: '.jira', config: fixture.config, secrets: fixture.secrets })).id;
  ids = [await richCase(1), await richCase(2)];
  before = await readAll(SOURCE, ids);
  exported = await exportCases(api, ids, SOURCE);
});
afterAll(() => sim?.close());

describe('export', () => {
  it('holds the cases with their comments, user actions and connector, whether asked by object or by type', async () => {
    const types = exported.reduce((acc: Record<string, number>, d) => ({ ...acc, [d.type]: (acc[d.type] ?? 0) + 1 }), {});
    const userActionCount = Object.values(before).reduce((n, r) => n + r.userActions.length, 0);
    expect(types).toEqual({ action: 1, cases: 2, 'cases-comments': 6, 'cases-user-actions': userActionCount });
    expect(exported.find((d) => d.type === 'action')).toMatchObject({ id: connectorId, attributes: { isMissingSecrets: true } });
    expect(JSON.stringify(exported)).not.toContain(jiraConnectorFixture(sim).secrets.apiToken);
    for (const doc of exported.filter((d) => d.type === 'cases')) expect(doc.attributes).not.toHaveProperty('incremental_id');

    const byType = documentsOf(await exportNdjson(api, { type: ['cases'], excludeExportDetails: true }, SOURCE));
    const key = (d: any) => `${d.type}:${d.id}`;
    expect(byType.map(key).sort()).toEqual(exported.filter((d) => d.type !== 'action').map(key).sort());
  });
});

describe('export → delete → import', () => {
  it('(a) plain: every case, comment and user action comes back as it was', async () => {
    expectStatus(await deleteCases(api, ids, SOURCE), 204);
    expectStatus(await api.call('DELETE', at(`/api/actions/connector/${connectorId}`)), 204);
    expect(await caseIds(api, SOURCE)).toEqual([]);

    const res = await importNdjson(api, toNdjson(exported), { space: SOURCE });
    expect(res.body).toMatchObject({ success: true, successCount: exported.length });
    expect(res.body.warnings).toEqual([expect.objectContaining({ type: 'action_required', message: '1 connector has sensitive information that require updates.' })]);
    expectSameContent(await readAll(SOURCE, ids), {});
    const connector = await call('GET', `/api/actions/connector/${connectorId}`);
    expect(connector).toMatchObject({ connector_type_id: '.jira', is_missing_secrets: true });
  });

  it('re-running the import without overwrite reports every object as a conflict and changes nothing', async () => {
    const was = await snapshot(SOURCE);
    const res = await importNdjson(api, toNdjson(exported), { space: SOURCE });
    expect(res.body).toMatchObject({ success: false, successCount: 0 });
    expect(res.body.errors).toHaveLength(exported.length);
    expect(res.body.errors.every((e: any) => e.error.type === 'conflict')).toBe(true);
    expect(await snapshot(SOURCE)).toEqual(was);
  });

  it('(b) overwrite over the originals, twice: the same content both times', async () => {
    // Change the originals first, so the overwrite has something to undo.
    const changed = await call('GET', `/api/cases/${ids[0]}`);
    await call('PATCH', '/api/cases', { cases: [{ id: ids[0], version: changed.version, title: `changed ${RUN}`, tags: ['changed'] }] });

    const first = await importNdjson(api, toNdjson(exported), { space: SOURCE, overwrite: true });
    expect(first.body).toMatchObject({ success: true, successCount: exported.length });
    expect(first.body.successResults.every((r: any) => r.overwrite === true)).toBe(true);
    const once = await readAll(SOURCE, ids);
    // The overwrite restores the exported case; the user actions of the change are not in the file and stay.
    const inFile = new Set(exported.map((d) => d.id));
    expect(once[ids[0]].userActions.filter((a) => !inFile.has(a.id)).map((a) => a.type)).toEqual(['title', 'tags', 'tags']);
    expect(comparable({ ...once[ids[0]], userActions: once[ids[0]].userActions.filter((a) => inFile.has(a.id)) })).toEqual(comparable(before[ids[0]]));
    expect(comparable(once[ids[1]])).toEqual(comparable(before[ids[1]]));

    const second = await importNdjson(api, toNdjson(exported), { space: SOURCE, overwrite: true });
    expect(second.body).toMatchObject({ success: true, successCount: exported.length });
    const twice = await readAll(SOURCE, ids);
    for (const id of ids) expect(comparable(twice[id])).toEqual(comparable(once[id]));
  });

  it('(c) new copies in another space: new ids everywhere, every reference and id-holding attribute follows', async () => {
    const res = await importNdjson(api, toNdjson(exported), { space: TARGET, createNewCopies: true });
    expect(res.body).toMatchObject({ success: true, successCount: exported.length });
    const idMap = idMapOf(res.body);
    for (const doc of exported) {
      expect(idMap[doc.id]).toEqual(expect.any(String));
      expect(idMap[doc.id]).not.toBe(doc.id);
    }
    const copies = ids.map((id) => idMap[id]);
    expect((await caseIds(api, TARGET)).sort()).toEqual([...copies].sort());
    const after = await readAll(TARGET, copies);
    expectSameContent(after, idMap);
    // The case's connector is the imported copy of the connector.
    expect(after[copies[0]].theCase.connector.id).toBe(idMap[connectorId]);
    // Numbers are the target space's own.
    expect(copies.map((id) => after[id].theCase.incremental_id).sort()).toEqual([1, 2]);

    // Importing the same file as new copies again makes other copies, and leaves these alone.
    const was = await snapshot(TARGET);
    const again = await importNdjson(api, toNdjson(exported), { space: TARGET, createNewCopies: true });
    expect(again.body.successCount).toBe(exported.length);
    const now = await snapshot(TARGET);
    expect(now.ids).toHaveLength(4);
    for (const id of was.ids) expect(now.reads[id]).toEqual(was.reads[id]);
  });
});

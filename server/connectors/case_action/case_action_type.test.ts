import { isLeft } from 'fp-ts/lib/Either';
import { formatErrors } from '../../../common/core/codec';
import { ConnectorError, type AuthenticatedUser, type KibanaRequest } from '../../core';
import { createTestLogger, fakeRequest, testUser } from '../../core/mocks';
import { admin, createHarness, newCase, type Harness } from '../../client/__fixtures__/client_harness';
import { fetchHttp, testEgress } from '../../../test/simulators/fetch_http';
import type { Case } from '../../../common/types/domain/case';
import { createCaseActionType, NO_REQUEST_MESSAGE } from '.';

let harness: Harness;
const callers = new WeakMap<KibanaRequest, AuthenticatedUser>();
beforeEach(async () => {
  harness = await createHarness();
});
afterEach(() => harness.close());

const type = createCaseActionType({ getCasesClient: async (request) => harness.client('default', callers.get(request) ?? admin) });

function decodeParams(params: unknown) {
  const decoded = type.schema.params.decode(params);
  if (isLeft(decoded)) throw new Error(formatErrors(decoded.left));
  return decoded.right;
}

function requestOf(user: AuthenticatedUser = admin): KibanaRequest {
  const request = fakeRequest({ method: 'POST', path: '/api/actions/connector/case-action/_execute' });
  callers.set(request, user);
  return request;
}

/** `null`: no user request (a background run). */
function execute(params: unknown, request: KibanaRequest | null = requestOf()) {
  return type.execute({
    connectorId: 'case-action',
    connectorName: 'Cases from rules',
    config: {},
    secrets: {},
    params: decodeParams(params),
    http: fetchHttp(),
    egress: testEgress(),
    hostSettings: () => ({ verificationMode: 'full' }),
    logger: createTestLogger().logger,
    spaceId: 'default',
    request: request ?? undefined,
  });
}

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

const paramsError = (params: unknown) => {
  const decoded = type.schema.params.decode(params);
  return isLeft(decoded) ? formatErrors(decoded.left) : undefined;
};

const jira = { id: 'jira-1', name: 'Jira', type: '.jira', fields: { issueType: '10006', priority: 'High', parent: null } };

describe('create', () => {
  it('creates a case from Kibana’s params, owner securitySolution by default, and answers the case', async () => {
    const created = (await execute({
      subAction: 'create',
      subActionParams: { title: 'Malware on host-7', description: 'From rule X', tags: ['malware'], connector: jira, settings: { syncAlerts: false } },
    })) as Case;
    expect(created).toMatchObject({ title: 'Malware on host-7', owner: 'securitySolution', connector: jira, settings: { syncAlerts: false }, status: 'open' });
    const stored = await harness.client().cases.get(created.id);
    expect(stored.created_by.username).toBe('elastic');
  });

  it('accepts the seed’s spellings: tile, jira, a missing parent, no settings', async () => {
    const created = (await execute({
      subAction: 'create',
      subActionParams: { tile: 'From the seed', description: 'd', tags: [], connector: { id: 'jira-1', name: 'Jira', type: 'jira', fields: { issueType: 'Task', priority: 'Low' } } },
    })) as Case;
    expect(created.title).toBe('From the seed');
    expect(created.connector).toEqual({ id: 'jira-1', name: 'Jira', type: '.jira', fields: { issueType: 'Task', priority: 'Low', parent: null } });
    expect(created.settings.syncAlerts).toBe(true);
  });

  it('maps the seed’s Resilient issueTypes to incidentTypes and fills ServiceNow’s missing keys', async () => {
    const resilient = (await execute({
      subAction: 'create',
      subActionParams: { tile: 'r', description: 'd', tags: [], connector: { id: 'r-1', name: 'IBM', type: 'resilient', fields: { issueTypes: ['17'], severityCode: '5' } } },
    })) as Case;
    expect(resilient.connector).toEqual({ id: 'r-1', name: 'IBM', type: '.resilient', fields: { incidentTypes: ['17'], severityCode: '5' } });
    const servicenow = (await execute({
      subAction: 'create',
      subActionParams: { title: 's', description: 'd', tags: [], connector: { id: 's-1', name: 'SN', type: '.servicenow', fields: { urgency: '1', severity: '2', impact: '3' } } },
    })) as Case;
    expect(servicenow.connector.fields).toEqual({ urgency: '1', severity: '2', impact: '3', category: null, subcategory: null });
  });

  it('refuses bad params before anything runs', () => {
    const base = { description: 'd', tags: [], connector: jira };
    expect(paramsError({ subAction: 'create', subActionParams: { ...base, title: 'a', tile: 'b' } })).toMatch(/not both/);
    expect(paramsError({ subAction: 'create', subActionParams: { ...base } })).toMatch(/title/);
    expect(paramsError({ subAction: 'create', subActionParams: { ...base, title: 't', color: 'red' } })).toMatch(/color/);
    expect(paramsError({ subAction: 'create', subActionParams: { ...base, title: 't', connector: { ...jira, type: 'fax' } } })).toBeDefined();
    expect(paramsError({ subAction: 'create', subActionParams: { ...base, title: 't', connector: { id: 'none', name: 'none', type: '.none', fields: {} } } })).toBeDefined();
    expect(paramsError({ subAction: 'delete', subActionParams: { id: 'x' } })).toMatch(/subAction/);
    expect(paramsError({ subAction: 'create', subActionParams: { ...base, title: 't' }, extra: 1 })).toMatch(/extra/);
  });

  it('runs as the caller: a viewer cannot create, and the error is final', async () => {
    const viewer = testUser(['viewer'], { username: 'bob', profile_uid: 'u_bob' });
    const error = await failure(execute({ subAction: 'create', subActionParams: { title: 't', description: 'd', tags: [], connector: jira } }, requestOf(viewer)));
    expect(error.message).toMatch(/^Failed to create a case using connector: Error: Unauthorized to create case with owners: "securitySolution"/);
    expect(error.retry).toBe(false);
    expect((await harness.client().cases.find({})).total).toBe(0);
  });

  it('needs a user request', async () => {
    const error = await failure(execute({ subAction: 'create', subActionParams: { title: 't', description: 'd', tags: [], connector: jira } }, null));
    expect(error.message).toBe(NO_REQUEST_MESSAGE);
    expect(error.retry).toBe(false);
  });

  it('has no config and no secrets', () => {
    expect(isLeft(type.schema.config.decode({}))).toBe(false);
    expect(isLeft(type.schema.config.decode({ url: 'x' }))).toBe(true);
    expect(isLeft(type.schema.secrets.decode({ token: 'x' }))).toBe(true);
  });
});

describe('update', () => {
  it('updates one case, drops null keys, and answers the updated cases', async () => {
    const c = await harness.client().cases.create(newCase());
    const updated = (await execute({
      subAction: 'update',
      subActionParams: { id: c.id, version: c.version, tile: 'Renamed', description: null, tags: null, connector: null, settings: null, status: 'in-progress' },
    })) as Case[];
    expect(updated).toHaveLength(1);
    expect(updated[0]).toMatchObject({ id: c.id, title: 'Renamed', status: 'in-progress', description: c.description });
  });

  it('a stale version or a missing case is a final error in Kibana’s words', async () => {
    const c = await harness.client().cases.create(newCase());
    await harness.client().cases.update({ cases: [{ id: c.id, version: c.version, title: 'first' }] });
    const stale = await failure(execute({ subAction: 'update', subActionParams: { id: c.id, version: c.version, title: 'second' } }));
    expect(stale.message).toBe(
      `Failed to update case using connector id: ${c.id} version: ${c.version}: Error: These cases ${c.id} has been updated. Please refresh before saving additional updates.`,
    );
    expect(stale.retry).toBe(false);
    const missing = await failure(execute({ subAction: 'update', subActionParams: { id: 'nope', version: 'WzEsMV0=', title: 'x' } }));
    expect(missing.message).toMatch(/^Failed to update case using connector id: nope version: WzEsMV0=: Error: These cases nope do not exist/);
    expect(missing.retry).toBe(false);
  });
});

describe('addComment', () => {
  it('takes Kibana’s nested comment', async () => {
    const c = await harness.client().cases.create(newCase());
    const after = (await execute({ subAction: 'addComment', subActionParams: { caseId: c.id, comment: { type: 'user', comment: 'nested', owner: 'securitySolution' } } })) as Case;
    expect(after.id).toBe(c.id);
    expect(after.totalComment).toBe(1);
  });

  it('takes the seed’s flat user comment, owner from the case', async () => {
    const c = await harness.client().cases.create(newCase({ owner: 'observability' }));
    await execute({ subAction: 'addComment', subActionParams: { caseId: c.id, type: 'user', comment: 'flat' } });
    const comments = await harness.client().attachments.getAll(c.id);
    expect(comments).toEqual([expect.objectContaining({ type: 'user', comment: 'flat', owner: 'observability' })]);
  });

  it('takes the seed’s flat alert, with an unknown rule', async () => {
    const c = await harness.client().cases.create(newCase());
    const after = (await execute({ subAction: 'addComment', subActionParams: { caseId: c.id, type: 'alert', alertId: 'a-1', index: '.alerts-security' } })) as Case;
    expect(after.totalAlerts).toBe(1);
    const [alert] = await harness.client().attachments.getAll(c.id);
    expect(alert).toMatchObject({ type: 'alert', alertId: 'a-1', index: '.alerts-security', rule: { id: null, name: null } });
  });

  it('refuses a comment of another type or an empty one as params, and a missing case as a final error', async () => {
    expect(paramsError({ subAction: 'addComment', subActionParams: { caseId: 'x', type: 'generated_alert', alerts: '[]' } })).toBeDefined();
    expect(paramsError({ subAction: 'addComment', subActionParams: { caseId: 'x', type: 'user', comment: '' } })).toBeDefined();
    expect(paramsError({ subAction: 'addComment', subActionParams: { caseId: 'x', type: 'alert', alertId: ['a', 'b'], index: 'i', comment: 'no' } })).toMatch(/comment/);
    const error = await failure(execute({ subAction: 'addComment', subActionParams: { caseId: 'nope', type: 'user', comment: 'hi' } }));
    expect(error.message).toMatch(/^Failed to create comment using connector case id: nope: Error: /);
    expect(error.retry).toBe(false);
  });
});

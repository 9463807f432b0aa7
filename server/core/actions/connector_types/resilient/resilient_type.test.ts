import { decodeTypeParams, executeType } from '../../../../../test/simulators/execute_type';
import { testEgress } from '../../../../../test/simulators/fetch_http';
import { RESILIENT_INCIDENT_TYPES, resilientConnectorFixture, startResilientSimulator, type ResilientSimulator } from '../../../../../test/simulators/resilient';
import { createTestLogger } from '../../../mocks';
import { resilientConnectorType } from './resilient_type';
import type { ResilientConfig, ResilientSecrets } from './schema';

let sim: ResilientSimulator;
let config: ResilientConfig;
let secrets: ResilientSecrets;
const captured = createTestLogger();

beforeAll(async () => {
  sim = await startResilientSimulator();
  const fixture = resilientConnectorFixture(sim);
  config = fixture.config as ResilientConfig;
  secrets = fixture.secrets as ResilientSecrets;
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const decodeParams = (params: unknown) => decodeTypeParams(resilientConnectorType, params);

function run(subAction: string, subActionParams: unknown, overrides: { config?: Partial<ResilientConfig>; secrets?: Partial<ResilientSecrets> } = {}) {
  return executeType(resilientConnectorType, { config: { ...config, ...overrides.config }, secrets: { ...secrets, ...overrides.secrets }, params: { subAction, subActionParams }, logger: captured.logger });
}

/** What cases sends: the case's fields, ids as strings. */
const incident = (fields: Record<string, unknown> = {}) => ({
  name: 'Ransomware on host-7',
  description: 'Encrypted files found.\n\nAdded by elastic.',
  externalId: null,
  incidentTypes: ['1001', '1002'],
  severityCode: '6',
  additional_fields: null,
  ...fields,
});

type Pushed = { id: string; title: string; url: string; pushedDate: string; comments?: Array<{ commentId: string; pushedDate: string }> };
const stored = (id: string) => sim.records.get(id) as Record<string, unknown>;

describe('.resilient pushToService', () => {
  it('creates an org incident with numeric types and severity, then comments on it', async () => {
    const res = (await run('pushToService', { incident: incident(), comments: [{ commentId: 'c1', comment: 'First look.' }, { commentId: 'c2', comment: 'Second.' }] })) as Pushed;
    const created = stored(res.id);
    expect(res).toEqual({
      id: String(created.id),
      title: String(created.id),
      url: `${sim.url}/#incidents/${created.id}`,
      pushedDate: new Date(created.create_date as number).toISOString(),
      comments: [
        { commentId: 'c1', pushedDate: res.pushedDate },
        { commentId: 'c2', pushedDate: res.pushedDate },
      ],
    });
    const post = sim.requests.find((r) => r.method === 'POST' && r.url.startsWith(`/rest/orgs/${config.orgId}/incidents?`));
    expect(post?.url).toBe(`/rest/orgs/${config.orgId}/incidents?text_content_output_format=objects_convert`);
    expect(post?.body).toEqual({
      name: 'Ransomware on host-7',
      discovered_date: expect.any(Number),
      description: { format: 'html', content: 'Encrypted files found.\n\nAdded by elastic.' },
      incident_type_ids: [{ id: 1001 }, { id: 1002 }],
      severity_code: { id: 6 },
    });
    expect(created).toMatchObject({ incident_type_ids: [1001, 1002], severity_code: 6 });
    expect(sim.comments.get(res.id)).toEqual(['First look.', 'Second.']);
    expect(sim.requests.filter((r) => r.url.endsWith('/comments')).map((r) => r.body)).toEqual([{ text: { format: 'text', content: 'First look.' } }, { text: { format: 'text', content: 'Second.' } }]);
  });

  it('updates the same incident through changes holding the current values', async () => {
    const created = (await run('pushToService', { incident: incident({ severityCode: null, incidentTypes: null }) })) as Pushed;
    const updated = (await run('pushToService', { incident: incident({ externalId: created.id, name: 'Ransomware contained', incidentTypes: ['1003'] }) })) as Pushed;
    expect(updated.id).toBe(created.id);
    expect(sim.records.size).toBe(1);
    const patch = sim.requests.find((r) => r.method === 'PATCH');
    expect(patch?.body).toEqual({
      changes: [
        { field: { name: 'name' }, old_value: { text: 'Ransomware on host-7' }, new_value: { text: 'Ransomware contained' } },
        {
          field: { name: 'description' },
          old_value: { textarea: { format: 'html', content: 'Encrypted files found.\n\nAdded by elastic.' } },
          new_value: { textarea: { format: 'html', content: 'Encrypted files found.\n\nAdded by elastic.' } },
        },
        { field: { name: 'incident_type_ids' }, old_value: { ids: [] }, new_value: { ids: [1003] } },
        { field: { name: 'severity_code' }, old_value: {}, new_value: { id: 6 } },
      ],
    });
    const incidentNow = stored(created.id);
    expect(incidentNow).toMatchObject({ name: 'Ransomware contained', incident_type_ids: [1003], severity_code: 6 });
    expect(updated.pushedDate).toBe(new Date(incidentNow.inc_last_modified_date as number).toISOString());
    expect(Date.parse(updated.pushedDate)).toBeGreaterThan(Date.parse(created.pushedDate));
  });

  it('puts additional fields (a JSON string, as cases stores it) where the field metadata says', async () => {
    const res = (await run('pushToService', { incident: incident({ additional_fields: '{"ticket_ref":"T-1","resolution_summary":"none yet"}' }) })) as Pushed;
    expect(stored(res.id)).toMatchObject({ properties: { ticket_ref: 'T-1' }, resolution_summary: { format: 'text', content: 'none yet' } });
    await run('pushToService', { incident: incident({ externalId: res.id, additionalFields: { ticket_ref: 'T-2', risk_score: 7 } }) });
    expect(stored(res.id).properties).toEqual({ ticket_ref: 'T-2', risk_score: 7 });
  });

  it('answers 409 as an error when the incident changed since it was read', async () => {
    const res = (await run('pushToService', { incident: incident() })) as Pushed;
    // Someone edits the incident between our read and our PATCH.
    sim.failNext({ method: 'PATCH' }, { kind: 'error', status: 409, body: { success: false, title: null, message: 'The Name field has been changed by another user since the old value was read.', hints: [] } });
    await expect(run('pushToService', { incident: incident({ externalId: res.id, name: 'x' }) })).rejects.toThrow(
      `[Action][IBM Resilient]: Unable to update incident with id ${res.id}. Error: Status code: 409. Message: API Error: The Name field has been changed by another user since the old value was read..`,
    );
    expect(stored(res.id).name).toBe('Ransomware on host-7');
  });
});

describe('.resilient params validation', () => {
  it.each([
    [{ incident: incident({ incidentTypes: ['malware'] }) }, '[incident.incidentTypes]: expected value of type [number] but got [string "malware"]'],
    [{ incident: incident({ severityCode: 'high' }) }, '[incident.severityCode]: expected value of type [number] but got [string "high"]'],
    [{ incident: incident({ additionalFields: { name: 'x' } }) }, 'The following properties cannot be defined inside additionalFields: name.'],
    [{ incident: incident({ additional_fields: '[1]' }) }, 'additional_fields must be a JSON object'],
    [{ incident: incident({ urgency: '1' }) }, 'invalid keys "urgency"'],
  ])('refuses bad params (%#)', (params, message) => {
    expect(() => decodeParams({ subAction: 'pushToService', subActionParams: params })).toThrow(message);
  });

  it('refuses unknown sub-actions and lookup params', () => {
    expect(() => decodeParams({ subAction: 'issueTypes', subActionParams: {} })).toThrow('subAction');
    expect(() => decodeParams({ subAction: 'severity', subActionParams: { x: 1 } })).toThrow('invalid keys "x"');
  });
});

describe('.resilient lookups', () => {
  it('lists incident types and severities as {id, name} with string ids', async () => {
    expect(await run('incidentTypes', {})).toEqual(RESILIENT_INCIDENT_TYPES.map((t) => ({ id: String(t.value), name: t.label })));
    expect(await run('severity', {})).toEqual([
      { id: '4', name: 'Low' },
      { id: '5', name: 'Medium' },
      { id: '6', name: 'High' },
    ]);
    const fields = (await run('getFields', {})) as Array<{ name: string; input_type: string }>;
    expect(fields.find((f) => f.name === 'incident_type_ids')).toMatchObject({ input_type: 'multiselect', read_only: false, required: null, text: 'Incident Type' });
  });
});

describe('.resilient errors', () => {
  it('says why Resilient refused a create (400 with message)', async () => {
    await expect(run('pushToService', { incident: incident({ severityCode: '99' }) })).rejects.toThrow(
      "[Action][IBM Resilient]: Unable to create incident. Error: Status code: 400. Message: API Error: Invalid value for field 'severity_code': 99.",
    );
    expect(sim.records.size).toBe(0);
  });

  it('reports bad credentials and a wrong org without repeating secrets', async () => {
    const error = (await run('incidentTypes', {}, { secrets: { apiKeySecret: 'wrong-secret-123' } }).catch((e: Error) => e)) as Error;
    expect(error.message).toBe('[Action][IBM Resilient]: Unable to get incident types. Error: Status code: 401. Message: Unauthorized API Error.');
    await expect(run('severity', {}, { config: { orgId: '999' } })).rejects.toThrow('Error: Status code: 403. Message: API Error: Access denied to organization 999.');
  });

  it('reports a missing incident on update and a failing comment', async () => {
    await expect(run('pushToService', { incident: incident({ externalId: '424242' }) })).rejects.toThrow(
      '[Action][IBM Resilient]: Unable to update incident with id 424242. Error: [Action][IBM Resilient]: Unable to get incident with id 424242. Error: Status code: 404. Message: API Error: Incident not found: 424242..',
    );
    const res = (await run('pushToService', { incident: incident() })) as Pushed;
    sim.failNext({ method: 'POST', path: /\/comments$/ }, { kind: 'error', status: 500, body: '' });
    await expect(run('pushToService', { incident: incident({ externalId: res.id }), comments: [{ commentId: 'c1', comment: 'hi' }] })).rejects.toThrow(
      `[Action][IBM Resilient]: Unable to create comment at incident with id ${res.id}. Error: Status code: 500. Message: API Error: Internal Server Error.`,
    );
  });

  it('reports a closed connection and an answer without the expected keys', async () => {
    sim.failNext({ method: 'GET' }, { kind: 'close' });
    await expect(run('incidentTypes', {})).rejects.toThrow('[Action][IBM Resilient]: Unable to get incident types. Error: Status code: undefined. Message: Unknown API Error.');
    sim.failNext({ method: 'POST' }, { kind: 'error', status: 200, body: { id: 'x' } });
    await expect(run('pushToService', { incident: incident() })).rejects.toThrow('Unable to create incident. Error: Response validation failed');
  });
});

describe('.resilient config validation', () => {
  it('refuses an apiUrl outside the allowed hosts', () => {
    const validate = resilientConnectorType.validate!.config!;
    expect(() => validate({ apiUrl: 'http://127.0.0.1:9', orgId: '201' }, { egress: testEgress(['localhost']) })).toThrow(
      'error validating url: target url "http://127.0.0.1:9" is not added to the Kibana config xpack.actions.allowedHosts',
    );
    expect(() => validate({ apiUrl: 'https://soar.example.com', orgId: '201' }, { egress: testEgress(['soar.example.com']) })).not.toThrow();
  });
});

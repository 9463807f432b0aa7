import { startServiceNowSimulator, serviceNowConnectorFixture, type ServiceNowSimulator } from '../../../../../test/simulators/servicenow';
import { testEgress } from '../../../../../test/simulators/fetch_http';
import { serviceNowItsmConnectorType as itsm } from './servicenow_itsm_type';
import { decode, errorOf, runConnector } from './test_helpers';

let sim: ServiceNowSimulator;
beforeAll(async () => {
  sim = await startServiceNowSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const fixture = (usesTableApi = false) => serviceNowConnectorFixture(sim, '.servicenow', { usesTableApi });
const push = (incident: Record<string, unknown>, comments: unknown = [], usesTableApi = false, secrets?: Record<string, unknown>) => {
  const { config, secrets: fixtureSecrets } = fixture(usesTableApi);
  return runConnector(itsm, { config, secrets: secrets ?? fixtureSecrets, params: { subAction: 'pushToService', subActionParams: { incident, comments } } }) as Promise<{
    id: string;
    title: string;
    url: string;
    pushedDate: string;
    comments?: Array<{ commentId: string; pushedDate: string }>;
  }>;
};
const run = (subAction: string, subActionParams: unknown, usesTableApi = false) => runConnector(itsm, { ...fixture(usesTableApi), params: { subAction, subActionParams } });

const incident = {
  short_description: 'Ransomware on host-1',
  description: 'Files encrypted.\n\nAdded by elastic.',
  severity: '1',
  urgency: '2',
  impact: '3',
  category: 'software',
  subcategory: 'os',
  correlation_id: 'case-1',
  correlation_display: 'Elastic Case',
  externalId: null,
};
const paths = () => sim.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`);

describe('.servicenow pushToService through the Elastic app (import set)', () => {
  it('creates an incident opened by the connector user, then writes each comment as a work note', async () => {
    const res = await push(incident, [
      { commentId: 'c-1', comment: 'first note' },
      { commentId: 'c-2', comment: 'second note' },
    ]);
    const record = sim.records.get(res.id) as Record<string, unknown>;
    expect(res).toEqual({ id: record.sys_id, title: record.number, url: `${sim.url}/nav_to.do?uri=incident.do?sys_id=${res.id}`, pushedDate: expect.any(String), comments: [
      { commentId: 'c-1', pushedDate: res.pushedDate },
      { commentId: 'c-2', pushedDate: res.pushedDate },
    ] });
    expect(res.title).toMatch(/^INC\d{7}$/);
    expect(new Date(res.pushedDate).toISOString()).toBe(res.pushedDate);
    expect(record).toMatchObject({ short_description: incident.short_description, severity: '1', urgency: '2', impact: '3', category: 'software', subcategory: 'os', correlation_id: 'case-1', caller_id: sim.username, opened_by: sim.username });
    expect(sim.comments.get(res.id)).toEqual(['first note', 'second note']);
    expect(sim.records.size).toBe(1);
    // Every write is preceded by the app's health check and followed by a read.
    const health = 'GET /api/x_elas2_inc_int/elastic_api/health';
    const write = 'POST /api/now/import/x_elas2_inc_int_elastic_incident';
    const read = `GET /api/now/v2/table/incident/${res.id}`;
    expect(paths()).toEqual([health, write, read, health, write, read, health, write, read]);
    expect(sim.requests[1].body).toEqual({
      u_short_description: incident.short_description,
      u_description: incident.description,
      u_severity: '1',
      u_urgency: '2',
      u_impact: '3',
      u_category: 'software',
      u_subcategory: 'os',
      u_correlation_id: 'case-1',
      u_correlation_display: 'Elastic Case',
      u_caller_id: sim.username,
      u_opened_by: sim.username,
    });
    expect(sim.requests[4].body).toMatchObject({ elastic_incident_id: res.id, u_work_notes: 'first note' });
    expect(sim.requests[4].body).not.toHaveProperty('u_caller_id');
  });

  it('updates the incident named by externalId instead of creating another', async () => {
    const created = await push(incident);
    const updated = await push({ ...incident, externalId: created.id, short_description: 'Ransomware on host-1 and host-2' });
    expect(updated.id).toBe(created.id);
    expect(updated.title).toBe(created.title);
    expect(sim.records.size).toBe(1);
    expect(sim.records.get(created.id)?.short_description).toBe('Ransomware on host-1 and host-2');
    expect(sim.requests.at(-2)?.body).toMatchObject({ elastic_incident_id: created.id });
  });

  it('sends additional_fields (a JSON string from the case form) unprefixed', async () => {
    const res = await push({ ...incident, additional_fields: JSON.stringify({ assignment_group: 'SOC tier 2' }) });
    expect(sim.records.get(res.id)?.assignment_group).toBe('SOC tier 2');
    expect(sim.requests[1].body).toMatchObject({ assignment_group: 'SOC tier 2', u_short_description: incident.short_description });
  });

  it('answers the import set row error with its message', async () => {
    const message = await errorOf(push({ ...incident, externalId: 'f00d' }));
    expect(message).toBe('[Action][ServiceNow]: Unable to update incident with id f00d. Error: No incident found with sys_id f00d [status=201] [method=post] [endpoint=import_set]');
  });

  it('reports an unknown column with the instance reason', async () => {
    const message = await errorOf(push({ ...incident, additional_fields: { u_not_a_column: 'x' } }));
    expect(message).toBe(
      '[Action][ServiceNow]: Unable to create incident. Error: Request failed with status code 400 Reason: Invalid field(s): Unknown field(s): u_not_a_column [status=400] [method=post] [endpoint=import_set]',
    );
  });

  it('fails when the Elastic app is not installed', async () => {
    sim.apps.itsm = false;
    const message = await errorOf(push(incident));
    const health = '[Action][ServiceNow]: Unable to get application version. Error: Request failed with status code 400 Reason: Requested URI does not represent any resource [status=400] [method=get] [endpoint=health]';
    expect(message).toBe(`[Action][ServiceNow]: Unable to create incident. Error: ${health} Reason: Requested URI does not represent any resource [status=400] [method=post] [endpoint=import_set]`);
    expect(sim.records.size).toBe(0);
  });
});

describe('.servicenow pushToService through the table API (deprecated connectors)', () => {
  it('creates with POST, updates with PATCH and never asks the app', async () => {
    const created = await push(incident, [{ commentId: 'c-1', comment: 'a note' }], true);
    const updated = await push({ ...incident, externalId: created.id, urgency: '1' }, [], true);
    expect(updated.id).toBe(created.id);
    expect(paths()).toEqual([
      'POST /api/now/v2/table/incident',
      `GET /api/now/v2/table/incident/${created.id}`,
      `PATCH /api/now/v2/table/incident/${created.id}`,
      `GET /api/now/v2/table/incident/${created.id}`,
      `PATCH /api/now/v2/table/incident/${created.id}`,
      `GET /api/now/v2/table/incident/${created.id}`,
    ]);
    expect(sim.requests[0].body).toEqual({ ...Object.fromEntries(Object.entries(incident).filter(([k]) => k !== 'externalId')), caller_id: sim.username, opened_by: sim.username });
    expect(sim.records.get(created.id)?.urgency).toBe('1');
    expect(sim.comments.get(created.id)).toEqual(['a note']);
  });

  it('refuses additional_fields, as Kibana does for deprecated connectors', async () => {
    const message = await errorOf(push({ ...incident, additional_fields: { assignment_group: 'SOC' } }, [], true));
    expect(message).toBe('[Action][ServiceNow]: Unable to create incident. Error: ServiceNow additional fields are not supported for deprecated connectors. [status=400] [method=post] [endpoint=table]');
    expect(sim.requests).toHaveLength(0);
  });

  it('reports a missing incident with the 404 reason', async () => {
    const message = await errorOf(push({ ...incident, externalId: 'nope' }, [], true));
    expect(message).toBe(
      "[Action][ServiceNow]: Unable to update incident with id nope. Error: Request failed with status code 404 Reason: No Record found: Record doesn't exist or ACL restricts the record retrieval [status=404] [method=patch] [endpoint=table]",
    );
  });
});

describe('.servicenow failures of the instance', () => {
  it('reports bad credentials without the password', async () => {
    const { secrets } = fixture();
    const message = await errorOf(push(incident, [], true, { ...secrets, password: 'not-the-password' }));
    expect(message).toBe(
      '[Action][ServiceNow]: Unable to create incident. Error: Request failed with status code 401 Reason: User Not Authenticated: Required to provide Auth information [status=401] [method=post] [endpoint=table]',
    );
    expect(message).not.toContain('not-the-password');
    expect(message).not.toContain(sim.password);
  });

  it('reports a 500 with its body, and a dropped connection with its code', async () => {
    sim.failNext({ method: 'POST', path: /\/api\/now\/import\// }, { kind: 'error', status: 500, body: { error: { message: 'Transaction cancelled', detail: null }, status: 'failure' } });
    expect(await errorOf(push(incident))).toBe('[Action][ServiceNow]: Unable to create incident. Error: Request failed with status code 500 Reason: Transaction cancelled [status=500] [method=post] [endpoint=import_set]');
    sim.failNext({ method: 'POST', path: /\/api\/now\/import\// }, { kind: 'close' });
    const message = await errorOf(push(incident));
    expect(message).toMatch(/^\[Action\]\[ServiceNow\]: Unable to create incident\. Error: .+ \[status=ECONNREFUSED\] \[method=post\] \[endpoint=import_set\]$/);
    expect(message).not.toContain('Reason:');
    expect(sim.records.size).toBe(0);
  });

  it('names the instance when a 2xx answer is not ServiceNow JSON (a hibernating instance)', async () => {
    sim.hibernating = true;
    const message = await errorOf(push(incident, [], true));
    expect(message).toBe('[Action][ServiceNow]: Unable to create incident. Error: There is an issue with your Service Now Instance. Please check 127.0.0.1. [status=none] [method=post] [endpoint=table]');
  });

  it('refuses to run with incomplete credentials', async () => {
    const { config } = fixture();
    const params = { subAction: 'getFields', subActionParams: {} };
    const execution = itsm.execute({ ...({} as Parameters<typeof itsm.execute>[0]), config: decode(itsm.schema.config, config), secrets: decode(itsm.schema.secrets, { username: 'u' }), params: decode(itsm.schema.params, params) });
    expect(await errorOf(execution)).toBe('[Action]ServiceNow: Wrong configuration.');
  });
});

describe('.servicenow lookups for the case form', () => {
  it('getChoices answers the instance rows of the fields asked', async () => {
    const rows = (await run('getChoices', { fields: ['urgency', 'severity', 'impact', 'category', 'subcategory'] })) as Array<Record<string, string>>;
    expect(rows).toContainEqual({ label: '1 - High', value: '1', dependent_value: '', element: 'urgency' });
    expect(rows).toContainEqual({ label: 'Operating System', value: 'os', dependent_value: 'software', element: 'subcategory' });
    expect(new Set(rows.map((r) => r.element))).toEqual(new Set(['urgency', 'severity', 'impact', 'category', 'subcategory']));
    const url = new URL(sim.requests[0].url, sim.url);
    expect(url.pathname).toBe('/api/now/table/sys_choice');
    expect(url.searchParams.get('sysparm_query')).toBe('name=task^ORname=incident^element=urgency^ORelement=severity^ORelement=impact^ORelement=category^ORelement=subcategory^language=en');
    expect(url.searchParams.get('sysparm_fields')).toBe('label,value,dependent_value,element');
  });

  it('getFields answers the string columns of the table and task', async () => {
    const rows = (await run('getFields', {})) as Array<Record<string, string>>;
    expect(rows).toContainEqual({ column_label: 'Short description', mandatory: 'true', max_length: '160', element: 'short_description' });
    expect(rows.some((r) => r.element === 'dest_ip')).toBe(false);
  });

  it('getIncident answers the record; handshake answers {}', async () => {
    const created = await push(incident);
    const record = (await run('getIncident', { externalId: created.id })) as Record<string, unknown>;
    expect(record).toMatchObject({ sys_id: created.id, number: created.title, short_description: incident.short_description });
    expect(await run('handshake', {})).toEqual({});
  });

  it('closeIncident closes by id, and answers {} when nothing matches', async () => {
    const created = await push(incident);
    const closed = (await run('closeIncident', { incident: { externalId: created.id, correlation_id: null } })) as { id: string };
    expect(closed.id).toBe(created.id);
    expect(sim.records.get(created.id)).toMatchObject({ state: '7', close_code: 'Closed/Resolved by Caller', close_notes: 'Closed by Caller' });
    expect(await run('closeIncident', { incident: { externalId: null, correlation_id: 'no-such-case' } })).toEqual({});
  });
});

describe('.servicenow schemas and checks', () => {
  it('fills Kibana defaults: usesTableApi true (deprecated) when omitted', () => {
    const config = decode(itsm.schema.config, { apiUrl: 'https://example.service-now.com' });
    expect(config).toEqual({ apiUrl: 'https://example.service-now.com', usesTableApi: true, isOAuth: false, userIdentifierValue: null, clientId: null, jwtKeyId: null });
    expect(itsm.isDeprecated?.(config)).toBe(true);
    expect(itsm.isDeprecated?.({ ...config, usesTableApi: false })).toBe(false);
    expect(() => decode(itsm.schema.config, { apiUrl: 'https://x', table: 'incident' })).toThrow('invalid keys "table"');
    expect(() => decode(itsm.schema.secrets, { username: 'u', password: 'p', token: 't' })).toThrow('invalid keys "token"');
  });

  it('refuses a URL outside allowedHosts with Kibana prefix', () => {
    const config = decode(itsm.schema.config, fixture().config);
    expect(() => itsm.validate?.config?.(config, { egress: testEgress(['localhost']) })).toThrow(
      `error configuring connector action: target url "${sim.url}" is not added to the Kibana config xpack.actions.allowedHosts`,
    );
  });

  it('checks credentials as Kibana', () => {
    const secrets = (s: Record<string, unknown>) => decode(itsm.schema.secrets, s);
    const config = decode(itsm.schema.config, { apiUrl: sim.url, usesTableApi: false });
    expect(() => itsm.validate?.secrets?.(secrets({}), { egress: testEgress() })).toThrow('Either basic auth or OAuth credentials must be specified');
    expect(() => itsm.validate?.secrets?.(secrets({ username: 'u' }), { egress: testEgress() })).toThrow('username and password must both be specified');
    expect(() => itsm.validate?.secrets?.(secrets({ privateKey: 'k' }), { egress: testEgress() })).toThrow('clientSecret and privateKey must both be specified');
    expect(itsm.validate?.connector?.(config, secrets({ username: 'u', password: 'p' }))).toBeNull();
    expect(itsm.validate?.connector?.({ ...config, isOAuth: true }, secrets({ username: 'u', password: 'p' }))).toBe('userIdentifierValue must be provided when isOAuth = true');
    expect(itsm.validate?.connector?.({ ...config, clientId: 'c' }, secrets({ username: 'u', password: 'p' }))).toBe(
      'clientId, clientSecret, userIdentifierValue, jwtKeyId and privateKey should not be provided with isOAuth = false',
    );
    expect(() => itsm.validate?.config?.({ ...config, isOAuth: true }, { egress: testEgress() })).toThrow('userIdentifierValue must be provided when isOAuth = true');
  });

  it('refuses bad params before any request', () => {
    const params = (p: unknown) => () => decode(itsm.schema.params, p);
    expect(params({ subAction: 'deleteIncident', subActionParams: {} })).toThrow('[subAction]: expected one of');
    expect(params({ subAction: 'pushToService', subActionParams: { incident: { description: 'x' }, comments: [] } })).toThrow('short_description');
    expect(params({ subAction: 'pushToService', subActionParams: { incident: { short_description: 'x', priority: '1' } } })).toThrow('invalid keys "priority"');
    expect(params({ subAction: 'pushToService', subActionParams: { incident: { short_description: 'x', additional_fields: { short_description: 'y' } } } })).toThrow(
      'The following properties cannot be defined inside additional_fields: short_description.',
    );
    expect(params({ subAction: 'pushToService', subActionParams: { incident: { short_description: 'x', additional_fields: '[1]' } } })).toThrow('additional_fields must be a JSON object');
    expect(decode(itsm.schema.params, { subAction: 'pushToService', subActionParams: { incident: { short_description: 'x', additional_fields: ' ' } } })).toMatchObject({ subActionParams: { incident: { additional_fields: null } } });
    expect(params({ subAction: 'getChoices', subActionParams: { fields: ['urgency^ORelement=x'] } })).toThrow('Invalid field name');
    expect(params({ subAction: 'getIncident', subActionParams: {} })).toThrow('externalId');
    expect(sim.requests).toHaveLength(0);
  });
});

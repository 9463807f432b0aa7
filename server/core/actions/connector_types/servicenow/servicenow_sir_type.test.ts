import { startServiceNowSimulator, serviceNowConnectorFixture, type ServiceNowSimulator } from '../../../../../test/simulators/servicenow';
import { serviceNowSirConnectorType as sir } from './servicenow_sir_type';
import { errorOf, runConnector } from './test_helpers';

let sim: ServiceNowSimulator;
beforeAll(async () => {
  sim = await startServiceNowSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.reset());

const run = (subAction: string, subActionParams: unknown, usesTableApi = false) =>
  runConnector(sir, { ...serviceNowConnectorFixture(sim, '.servicenow-sir', { usesTableApi }), params: { subAction, subActionParams } });
const push = (incident: Record<string, unknown>, comments: unknown = [], usesTableApi = false) =>
  run('pushToService', { incident, comments }, usesTableApi) as Promise<{ id: string; title: string; url: string; comments?: unknown[] }>;

const incident = {
  short_description: 'Ransomware on host-1',
  description: 'Files encrypted.',
  category: 'malicious_code',
  subcategory: 'ransomware',
  priority: '2',
  correlation_id: 'case-1',
  correlation_display: 'Elastic Case',
  dest_ip: ['10.0.0.1', '10.0.0.2'],
  // The older string form, with ServiceNow's separators; 10.0.0.1 repeats a destination.
  source_ip: '10.0.0.3, 10.0.0.1',
  malware_hash: ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
  malware_url: ['https://evil.example/payload.exe'],
  externalId: null,
};

describe('.servicenow-sir through the Elastic app', () => {
  it('creates a security incident with observables nulled in the body, then posts them in one bulk call', async () => {
    const res = await push(incident, [{ commentId: 'c-1', comment: 'isolated the host' }]);
    expect(res.title).toMatch(/^SIR\d{7}$/);
    expect(res.url).toBe(`${sim.url}/nav_to.do?uri=sn_si_incident.do?sys_id=${res.id}`);
    const create = sim.requests.find((r) => r.method === 'POST' && r.url === '/api/now/import/x_elas2_sir_int_elastic_si_incident');
    expect(create?.body).toEqual({
      u_short_description: incident.short_description,
      u_description: incident.description,
      u_category: 'malicious_code',
      u_subcategory: 'ransomware',
      u_priority: '2',
      u_correlation_id: 'case-1',
      u_correlation_display: 'Elastic Case',
      u_dest_ip: null,
      u_source_ip: null,
      u_malware_hash: null,
      u_malware_url: null,
      u_caller_id: sim.username,
      u_opened_by: sim.username,
    });
    expect(sim.observables.get(res.id)).toEqual([
      { value: '10.0.0.1', type: 'ipv4-addr' },
      { value: '10.0.0.2', type: 'ipv4-addr' },
      { value: '10.0.0.3', type: 'ipv4-addr' },
      { value: incident.malware_hash[0], type: 'SHA256' },
      { value: 'https://evil.example/payload.exe', type: 'URL' },
    ]);
    // The bulk call comes after the comment updates, preceded by its own health check.
    const tail = sim.requests.slice(-2).map((r) => `${r.method} ${r.url}`);
    expect(tail).toEqual(['GET /api/x_elas2_sir_int/elastic_api/health', `POST /api/x_elas2_sir_int/elastic_api/incident/${res.id}/observables/bulk`]);
    expect(sim.comments.get(res.id)).toEqual(['isolated the host']);
  });

  it('updates the same incident and skips the bulk call when there are no observables', async () => {
    const created = await push({ ...incident, dest_ip: null, source_ip: null, malware_hash: [], malware_url: null });
    const updated = await push({ ...incident, externalId: created.id, dest_ip: [], source_ip: null, malware_hash: null, malware_url: null, priority: '1' });
    expect(updated.id).toBe(created.id);
    expect(sim.records.size).toBe(1);
    expect(sim.records.get(created.id)?.priority).toBe('1');
    expect(sim.requests.some((r) => r.url.includes('/observables/bulk'))).toBe(false);
  });

  it('reports a failed bulk call with Kibana text', async () => {
    sim.failNext({ method: 'POST', path: /observables\/bulk$/ }, { kind: 'error', status: 500, body: { error: { message: 'Script error', detail: 'observable table locked' }, status: 'failure' } });
    const message = await errorOf(push(incident));
    const id = [...sim.records.keys()][0];
    expect(message).toBe(
      `[Action][ServiceNow]: Unable to add observables to security incident with id ${id}. Error: Request failed with status code 500 Reason: Script error: observable table locked [status=500] [method=post] [endpoint=other]`,
    );
  });
});

describe('.servicenow-sir through the table API', () => {
  it('joins observables with commas into the columns and makes no bulk call', async () => {
    const res = await push(incident, [], true);
    expect(sim.records.get(res.id)).toMatchObject({ dest_ip: '10.0.0.1,10.0.0.2', source_ip: '10.0.0.3, 10.0.0.1', malware_hash: `${incident.malware_hash[0]},${incident.malware_hash[0]}`, malware_url: 'https://evil.example/payload.exe' });
    expect(sim.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/now/v2/table/sn_si_incident', `GET /api/now/v2/table/sn_si_incident/${res.id}`]);
  });
});

describe('.servicenow-sir lookups', () => {
  it('getChoices reads the security incident table and task', async () => {
    const rows = (await run('getChoices', { fields: ['category', 'subcategory', 'priority'] })) as Array<Record<string, string>>;
    expect(rows).toContainEqual({ label: 'Malicious code activity', value: 'malicious_code', dependent_value: '', element: 'category' });
    expect(rows).toContainEqual({ label: '1 - Critical', value: '1', dependent_value: '', element: 'priority' });
    expect(rows.some((r) => r.value === 'software')).toBe(false);
    expect(new URL(sim.requests[0].url, sim.url).searchParams.get('sysparm_query')).toBe('name=task^ORname=sn_si_incident^element=category^ORelement=subcategory^ORelement=priority^language=en');
  });

  it('has no closeIncident, as Kibana', () => {
    expect(sir.schema.params.decode({ subAction: 'closeIncident', subActionParams: { incident: {} } })._tag).toBe('Left');
  });
});

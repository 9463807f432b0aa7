/**
 * The Resilient simulator must refuse what Resilient refuses, its optimistic old-value check
 * above all: otherwise an update that sends stale or wrongly shaped old values would pass here.
 */
import { startResilientSimulator, type ResilientSimulator } from '../../../../../test/simulators/resilient';

let sim: ResilientSimulator;
beforeAll(async () => {
  sim = await startResilientSimulator();
});
afterAll(() => sim.close());

const auth = (secret = sim.options.apiKeySecret) => `Basic ${Buffer.from(`${sim.options.apiKeyId}:${secret}`).toString('base64')}`;
async function send(method: string, path: string, body?: unknown, authorization = auth()) {
  const res = await fetch(`${sim.url}/rest/orgs/${sim.options.orgId}${path}`, { method, headers: { authorization, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}
const create = (extra: Record<string, unknown> = {}) => send('POST', '/incidents', { name: 'N', discovered_date: Date.now(), ...extra });

describe('Resilient simulator', () => {
  it('refuses a wrong secret and another org', async () => {
    expect((await send('GET', '/types/incident/fields', undefined, auth('nope'))).status).toBe(401);
    const other = await fetch(`${sim.url}/rest/orgs/999/types/incident/fields`, { headers: { authorization: auth() } });
    expect(other.status).toBe(403);
  });

  it.each([
    [{ discovered_date: undefined }, "The 'discovered_date' field is required."],
    [{ incident_type_ids: [{ id: 5 }] }, "Invalid value for field 'incident_type_ids': [5]"],
    [{ severity_code: { id: 1 } }, "Invalid value for field 'severity_code': 1"],
    [{ properties: { nope: 1 } }, 'Unknown custom field: nope'],
    [{ plan: 1 }, 'Unrecognized field "plan"'],
  ])('refuses a bad create (%#)', async (extra, message) => {
    const res = await create(extra);
    expect(res).toEqual({ status: 400, body: expect.objectContaining({ success: false, message }) });
  });

  it('applies changes whose old values are current, and refuses stale ones with 409', async () => {
    const { body: incident } = await create({ severity_code: { id: 4 } });
    const stale = await send('PATCH', `/incidents/${incident.id}`, { changes: [{ field: { name: 'severity_code' }, old_value: { id: 5 }, new_value: { id: 6 } }] });
    expect(stale.status).toBe(409);
    const ok = await send('PATCH', `/incidents/${incident.id}`, { changes: [{ field: { name: 'severity_code' }, old_value: { id: 4 }, new_value: { id: 6 } }] });
    expect(ok).toEqual({ status: 200, body: { success: true, title: null, message: null, hints: [] } });
    expect((sim.records.get(String(incident.id)) as { severity_code: number }).severity_code).toBe(6);
    const wrongShape = await send('PATCH', `/incidents/${incident.id}`, { changes: [{ field: { name: 'name' }, old_value: { textarea: null }, new_value: { text: 'x' } }] });
    expect(wrongShape.status).toBe(400);
  });
});

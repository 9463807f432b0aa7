/**
 * `POST /internal/alerts/_sample_data` over HTTP: what the Alerts page's button sends (no body:
 * the defaults), counts of what one call created, idempotency (the i-th sample document of a
 * space keeps its id), the space it lands in, and the 400s. Each answer is checked against
 * docs/openapi.yaml and each body against its request schema.
 */
import { MAX_SAMPLE_ALERTS, SAMPLE_DATA_DAYS } from '../../../common/constants';
import { DEFAULT_SAMPLE_ALERTS, DEFAULT_SAMPLE_EVENTS } from '../../../common/types/api/alerts';
import { expectStatus, useCasesServer } from '../cases/cases_api';
import { alertsApi, totalOf } from './alerts_api';

jest.setTimeout(90_000);

const api = useCasesServer();
const SAMPLE = '/internal/alerts/_sample_data';
const small = alertsApi(api, 'sample');
const button = alertsApi(api, 'button');

beforeAll(async () => {
  await small.createSpace();
  await button.createSpace();
});

describe('sample data', () => {
  it('creates what is asked, then only what a larger count adds', async () => {
    const first = await small.post(SAMPLE, { alerts: 40, events: 25 });
    expectStatus(first, 200);
    expect(first.body).toEqual({ alerts: 40, events: 25 });
    expect((await small.post(SAMPLE, { alerts: 40, events: 25 })).body).toEqual({ alerts: 0, events: 0 });
    expect((await small.post(SAMPLE, { alerts: 55, events: 0 })).body).toEqual({ alerts: 15, events: 0 });
    expect([await totalOf(small, 'alerts'), await totalOf(small, 'events')]).toEqual([55, 25]);
  });

  it('spreads alerts over the last days with rules, hosts and users, and shares hosts with the events', async () => {
    const alerts = (await small.post('/internal/alerts/_find', { perPage: 55, sortOrder: 'asc' })).body.alerts as Array<{ fields: Record<string, unknown> }>;
    const events = (await small.post('/internal/events/_find', { perPage: 25 })).body.events as Array<{ fields: Record<string, unknown> }>;
    const oldest = Date.parse(String(alerts[0].fields['@timestamp']));
    expect(oldest).toBeGreaterThanOrEqual(Date.now() - SAMPLE_DATA_DAYS * 86_400_000 - 60_000);
    expect(Date.parse(String(alerts[alerts.length - 1].fields['@timestamp']))).toBeLessThanOrEqual(Date.now() + 60_000);
    for (const { fields } of alerts) {
      expect(fields).toEqual(expect.objectContaining({ 'kibana.alert.rule.name': expect.any(String), 'host.name': expect.any(String), 'kibana.alert.reason': expect.any(String) }));
    }
    expect(new Set(alerts.map((a) => a.fields['kibana.alert.rule.name'])).size).toBeGreaterThan(3);
    const alertHosts = new Set(alerts.map((a) => a.fields['host.name']));
    expect(events.some((e) => alertHosts.has(e.fields['host.name']))).toBe(true);
  });

  it('loads the defaults when the button sends no body, into the request\'s space only', async () => {
    const loaded = await button.post(SAMPLE);
    expectStatus(loaded, 200);
    expect(loaded.body).toEqual({ alerts: DEFAULT_SAMPLE_ALERTS, events: DEFAULT_SAMPLE_EVENTS });
    expect(await totalOf(button, 'alerts')).toBe(DEFAULT_SAMPLE_ALERTS);
    expect(await totalOf(small, 'alerts')).toBe(55);
  });

  it('refuses counts out of range and unknown keys with 400, creating nothing', async () => {
    await small.expectRefused(SAMPLE, { alerts: MAX_SAMPLE_ALERTS + 1 }, new RegExp(`"alerts" must be a whole number from 0 to ${MAX_SAMPLE_ALERTS}`));
    await small.expectRefused(SAMPLE, { events: -1 }, /"events"/);
    await small.expectRefused(SAMPLE, { alerts: 1.5 }, /"alerts"/);
    await small.expectRefused(SAMPLE, { alerts: 60, hosts: 5 }, /invalid keys "hosts"/);
    expect(await totalOf(small, 'alerts')).toBe(55);
  });
});

/**
 * `POST /api/alerts/_ingest` and `POST /api/events/_ingest` over the wire: a JSON array and
 * NDJSON, per-item errors in request order with HTTP 200, idempotency on the id, and the 400s
 * (no body, empty, not an array, over the limit, a bad NDJSON line) that store nothing. Every
 * answer is checked against docs/openapi.yaml as it arrives.
 */
import { MAX_INGEST_DOCUMENTS } from '../../../common/constants';
import { expectStatus, RUN, useCasesServer } from '../cases/cases_api';
import { alertDocument, alertsApi, eventDocument, totalOf } from './alerts_api';

jest.setTimeout(60_000);

const api = useCasesServer();
const alerts = alertsApi(api, 'ingest');
const ALERTS = '/api/alerts/_ingest';
const EVENTS = '/api/events/_ingest';

beforeAll(() => alerts.createSpace());

describe('alerts ingest', () => {
  it('stores a JSON array, answers one item per document in order, and is idempotent on kibana.alert.uuid', async () => {
    const [a, b] = [`a-${RUN}-1`, `a-${RUN}-2`];
    const body = [
      alertDocument(a, 0),
      { '@timestamp': '2024-01-01T00:00:00.000Z' },
      alertDocument(b, 1, { kibana: { alert: { uuid: b, severity: 'extreme' } } }),
      // Dotted keys, as Elasticsearch's _source may hold them.
      { '@timestamp': '2024-01-02T00:00:00.000Z', 'kibana.alert.uuid': b, 'kibana.alert.rule.name': 'Dotted rule', 'host.name': 'dotted-host' },
      'not a document',
    ];
    const first = await alerts.post(ALERTS, body);
    expectStatus(first, 200);
    expect(first.body.errors).toBe(true);
    expect(first.body.items).toEqual([
      { id: a, status: 'created' },
      { id: null, status: 'error', error: { reason: expect.stringContaining('[kibana.alert.uuid]') } },
      { id: b, status: 'error', error: { reason: expect.stringContaining('[kibana.alert.severity]') } },
      { id: b, status: 'created' },
      { id: null, status: 'error', error: { reason: expect.stringMatching(/JSON object/) } },
    ]);

    const again = await alerts.post(ALERTS, [alertDocument(a, 0, { host: { name: 'changed' } }), body[3]]);
    expectStatus(again, 200);
    expect(again.body).toMatchObject({ errors: false, items: [{ id: a, status: 'exists' }, { id: b, status: 'exists' }] });
    expect(await totalOf(alerts, 'alerts')).toBe(2);

    // A stored alert is left as it was; a dotted document reads back like a nested one; a new one is open.
    const found = await alerts.post('/internal/alerts/_find', { sortField: '@timestamp', sortOrder: 'asc' });
    expectStatus(found, 200);
    expect(found.body.alerts.map((doc: { fields: Record<string, unknown> }) => [doc.fields['host.name'], doc.fields['kibana.alert.rule.name'], doc.fields['kibana.alert.workflow_status']])).toEqual([
      ['host-0', 'Brute force', 'open'],
      ['dotted-host', 'Dotted rule', 'open'],
    ]);
  });

  it('stores NDJSON, one document per line, blank lines skipped, with or without a charset', async () => {
    const ids = [1, 2, 3].map((n) => `nd-${RUN}-${n}`);
    const before = await totalOf(alerts, 'alerts');
    const lines = [JSON.stringify(alertDocument(ids[0], 2)), '', JSON.stringify(alertDocument(ids[1], 3, { kibana: { alert: { uuid: ids[1], risk_score: 101 } } }))];
    const answer = await alerts.postNdjson(ALERTS, lines);
    expectStatus(answer, 200);
    expect(answer.body.items).toEqual([
      { id: ids[0], status: 'created' },
      { id: ids[1], status: 'error', error: { reason: expect.stringContaining('[kibana.alert.risk_score]') } },
    ]);
    const withCharset = await alerts.postNdjson(ALERTS, [JSON.stringify(alertDocument(ids[2], 4)), JSON.stringify(alertDocument(ids[0], 2)), ''], 'application/x-ndjson; charset=utf-8');
    expectStatus(withCharset, 200);
    expect(withCharset.body).toMatchObject({ errors: false, items: [{ id: ids[2], status: 'created' }, { id: ids[0], status: 'exists' }] });
    expect(await totalOf(alerts, 'alerts')).toBe(before + 2);
  });

  it('refuses a body that is missing, empty, not an array or over the limit with 400, storing nothing', async () => {
    const before = await totalOf(alerts, 'alerts');
    const fresh = alertDocument(`refused-${RUN}`, 5);
    expectStatus(await alerts.post(ALERTS), 400, /JSON array of documents, or NDJSON/);
    await alerts.expectRefused(ALERTS, [], /too short/);
    await alerts.expectRefused(ALERTS, fresh, /JSON array of documents/);
    const over = [fresh, ...Array.from({ length: MAX_INGEST_DOCUMENTS }, () => ({}))];
    await alerts.expectRefused(ALERTS, over, new RegExp(`<= ${MAX_INGEST_DOCUMENTS}`));
    expectStatus(await alerts.postNdjson(ALERTS, ['', '  ', '']), 400, /NDJSON/);
    expect(await totalOf(alerts, 'alerts')).toBe(before);
  });

  it('refuses NDJSON with a bad line as a whole, naming the line', async () => {
    const before = await totalOf(alerts, 'alerts');
    const good = JSON.stringify(alertDocument(`bad-line-${RUN}`, 6));
    const answer = await alerts.postNdjson(ALERTS, [good, '{"kibana": {"alert":', good]);
    expectStatus(answer, 400, /^Line 2 of the NDJSON body is not valid JSON/);
    expect(answer.body.message).not.toMatch(/application\/json/);
    expectStatus(await alerts.postNdjson(ALERTS, [good, '{"__proto__": {"polluted": true}}']), 400, /^Line 2 /);
    expect(await totalOf(alerts, 'alerts')).toBe(before);
  });
});

describe('events ingest', () => {
  it('stores a JSON array and NDJSON, idempotent on event.id, with per-item errors', async () => {
    const [one, two] = [`ev-${RUN}-1`, `ev-${RUN}-2`];
    const array = await alerts.post(EVENTS, [eventDocument(one, 0), eventDocument('', 1), { event: { id: `ev-${RUN}-x` } }]);
    expectStatus(array, 200);
    expect(array.body).toMatchObject({
      errors: true,
      items: [
        { id: one, status: 'created' },
        { id: null, status: 'error', error: { reason: expect.stringContaining('[event.id]') } },
        { id: `ev-${RUN}-x`, status: 'error', error: { reason: expect.stringContaining('[@timestamp]') } },
      ],
    });
    // Alert rules do not apply to events: no workflow status is added or required.
    const ndjson = await alerts.postNdjson(EVENTS, [JSON.stringify(eventDocument(two, 1)), JSON.stringify(eventDocument(one, 0))]);
    expectStatus(ndjson, 200);
    expect(ndjson.body).toMatchObject({ errors: false, items: [{ id: two, status: 'created' }, { id: one, status: 'exists' }] });
    expect(await totalOf(alerts, 'events')).toBe(2);
    const found = await alerts.post('/internal/events/_find', { sortField: '@timestamp', sortOrder: 'asc' });
    expect(found.body.events[0]).toEqual({ id: one, index: `cases-events-${alerts.space}`, fields: expect.objectContaining({ 'event.id': one, 'process.name': 'proc-0.exe' }) });
    expect(found.body.events[0].fields).not.toHaveProperty('kibana.alert.workflow_status');
  });

  it('refuses an empty or non-array body with 400, storing nothing', async () => {
    const before = await totalOf(alerts, 'events');
    await alerts.expectRefused(EVENTS, [], /too short/);
    await alerts.expectRefused(EVENTS, { events: [eventDocument(`ev-${RUN}-3`, 2)] }, /JSON array of documents/);
    expectStatus(await alerts.postNdjson(EVENTS, [JSON.stringify(eventDocument(`ev-${RUN}-4`, 3)), 'nope']), 400, /^Line 2 /);
    expect(await totalOf(alerts, 'events')).toBe(before);
  });
});

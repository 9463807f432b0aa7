/**
 * Kibana's `POST /api/detection_engine/signals/status` over HTTP: the by-ids body sets the
 * workflow status (and, closing, the reason) and answers Elasticsearch's update-by-query body;
 * Kibana's by-query body is refused with 400 and changes nothing. Each answer is checked
 * against docs/openapi.yaml and each body against its request schema.
 */
import { expectStatus, RUN, useCasesServer } from '../cases/cases_api';
import { alertDocument, alertsApi } from './alerts_api';

jest.setTimeout(60_000);

const api = useCasesServer();
const alerts = alertsApi(api, 'status');
const STATUS = '/api/detection_engine/signals/status';
const ids = [0, 1, 2].map((i) => `st-${RUN}-${i}`);

beforeAll(async () => {
  await alerts.createSpace();
  expectStatus(await alerts.post('/api/alerts/_ingest', ids.map((id, i) => alertDocument(id, i))), 200);
});

/** The workflow fields of each alert, in id order. */
async function workflow(): Promise<Array<Record<string, unknown>>> {
  const found = await alerts.post('/internal/alerts/_find', { sortOrder: 'asc' });
  expectStatus(found, 200);
  return found.body.alerts.map(({ fields }: { fields: Record<string, unknown> }) => ({
    status: fields['kibana.alert.workflow_status'],
    reason: fields['kibana.alert.workflow_reason'] ?? undefined,
    updatedAt: fields['kibana.alert.workflow_status_updated_at'] ?? undefined,
  }));
}

const updateByQuery = (total: number, updated: number) => ({
  took: expect.any(Number),
  timed_out: false,
  total,
  updated,
  deleted: 0,
  batches: updated > 0 ? 1 : 0,
  version_conflicts: 0,
  noops: total - updated,
  failures: [],
});

describe('signals status', () => {
  it('closes alerts with a reason, counts what was found, changed and already so, and reopens them', async () => {
    const closed = await alerts.post(STATUS, { signal_ids: [ids[0], ids[1], `missing-${RUN}`], status: 'closed', reason: 'false_positive' });
    expectStatus(closed, 200);
    expect(closed.body).toEqual(updateByQuery(2, 2));
    const after = await workflow();
    expect(after.map((w) => [w.status, w.reason])).toEqual([['closed', 'false_positive'], ['closed', 'false_positive'], ['open', undefined]]);
    expect(Date.parse(String(after[0].updatedAt))).toBeGreaterThan(Date.parse('2025-01-01'));
    expect(after[2].updatedAt).toBeUndefined();

    const again = await alerts.post(STATUS, { signal_ids: [ids[0], ids[2]], status: 'closed' });
    expect(again.body).toEqual(updateByQuery(2, 1));

    const reopened = await alerts.post(STATUS, { signal_ids: ids, status: 'open', conflicts: 'proceed' });
    expect(reopened.body).toEqual(updateByQuery(3, 3));
    expect((await workflow()).map((w) => [w.status, w.reason])).toEqual([['open', undefined], ['open', undefined], ['open', undefined]]);
  });

  it('stores Kibana\'s legacy in-progress as acknowledged', async () => {
    expectStatus(await alerts.post(STATUS, { signal_ids: [ids[2]], status: 'in-progress' }), 200);
    expect((await workflow())[2].status).toBe('acknowledged');
    expect((await alerts.post('/internal/alerts/_find', { status: ['acknowledged'] })).body.total).toBe(1);
  });

  it('refuses Kibana\'s by-query body and malformed bodies with 400, changing nothing', async () => {
    const before = await workflow();
    const byQuery = await alerts.expectRefused(STATUS, { query: { bool: { filter: [] } }, status: 'closed' }, /\[query\] is not supported/);
    expect(byQuery.body.message).toMatch(/signal_ids/);
    await alerts.expectRefused(STATUS, { signal_ids: [ids[0]], query: { match_all: {} }, status: 'closed' }, /\[query\] is not supported/);
    await alerts.expectRefused(STATUS, { status: 'closed' }, /signal_ids/);
    await alerts.expectRefused(STATUS, { signal_ids: [], status: 'closed' }, /signal_ids/);
    await alerts.expectRefused(STATUS, { signal_ids: [ids[0]], status: 'resolved' }, /status/);
    await alerts.expectRefused(STATUS, { signal_ids: [ids[0]], status: 'closed', reason: 'bored' }, /reason/);
    await alerts.expectRefused(STATUS, { signal_ids: [ids[0]], status: 'closed', refresh: true }, /invalid keys "refresh"/);
    expect(await workflow()).toEqual(before);
  });
});

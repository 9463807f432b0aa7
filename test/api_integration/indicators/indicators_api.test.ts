/**
 * Threat-intelligence indicators over the wire: ingest (JSON and NDJSON, per-item errors, a
 * derived id when the document has none, idempotent), the picker's find, and Kibana's indicator
 * attachment posted to a case, read back, and refused when malformed. Every answer is checked
 * against docs/openapi.yaml as it arrives; request bodies the server accepts must be ones the
 * document accepts.
 */
import { caseBody, expectStatus, RUN, spacePath, useCasesServer } from '../cases/cases_api';
import { alertsApi } from '../alerts/alerts_api';

jest.setTimeout(60_000);

const api = useCasesServer();
const ti = alertsApi(api, 'indicators');
const INGEST = '/api/indicators/_ingest';
const FIND = '/internal/indicators/_find';

const indicator = (i: number, over: Record<string, unknown> = {}) => ({
  '@timestamp': new Date(Date.UTC(2024, 4, 1, 0, i)).toISOString(),
  threat: {
    feed: { name: 'AbuseCH' },
    indicator: { type: 'ipv4-addr', ip: `203.0.113.${i}`, marking: { tlp: 'AMBER' }, confidence: 'High', first_seen: '2024-04-01T00:00:00.000Z' },
  },
  ...over,
});

const indicatorAttachment = (id: string, over: Record<string, unknown> = {}) => ({
  type: 'externalReference',
  externalReferenceId: id,
  externalReferenceStorage: { type: 'elasticSearchDoc' },
  externalReferenceAttachmentTypeId: 'indicator',
  externalReferenceMetadata: { indicatorName: '203.0.113.1', indicatorType: 'ipv4-addr', indicatorFeedName: 'AbuseCH' },
  owner: 'securitySolution',
  ...over,
});

beforeAll(() => ti.createSpace());

describe('indicators ingest and find', () => {
  it('stores indicators with a name and a stable id, answers per item, and finds them by value, prefix, feed and type', async () => {
    const own = `ti-${RUN}-own`;
    const first = await ti.post(INGEST, [
      indicator(1),
      indicator(2, { event: { id: own } }),
      { '@timestamp': '2024-05-01T00:00:00.000Z', threat: { indicator: { ip: '192.0.2.1' } } },
      { '@timestamp': '2024-05-02T00:00:00.000Z', 'threat.indicator.type': 'url', 'threat.indicator.url.full': 'https://evil.example/a', 'threat.feed.name': 'URLhaus' },
    ]);
    expectStatus(first, 200);
    expect(first.body.errors).toBe(true);
    expect(first.body.items.map((i: { status: string }) => i.status)).toEqual(['created', 'created', 'error', 'created']);
    expect(first.body.items[1].id).toBe(own);
    expect(first.body.items[2].error.reason).toContain('[threat.indicator.type]');

    const again = await ti.postNdjson(INGEST, [JSON.stringify(indicator(1)), '']);
    expectStatus(again, 200);
    expect(again.body.items).toEqual([{ id: first.body.items[0].id, status: 'exists' }]);

    const all = await ti.post(FIND, {});
    expectStatus(all, 200);
    expect(all.body.total).toBe(3);
    expect(all.body.indicators.map((i: { name: string }) => i.name)).toEqual(['https://evil.example/a', '203.0.113.2', '203.0.113.1']);
    expect(all.body.indicators[1].fields).toMatchObject({ 'threat.indicator.marking.tlp': 'AMBER', 'threat.feed.name': 'AbuseCH', 'event.id': own });

    const names = async (body: Record<string, unknown>) => {
      const answer = await ti.post(FIND, body);
      expectStatus(answer, 200);
      return answer.body.indicators.map((i: { name: string }) => i.name).sort();
    };
    expect(await names({ search: '203.0.113.1' })).toEqual(['203.0.113.1']);
    expect(await names({ search: '203.0.113*' })).toEqual(['203.0.113.1', '203.0.113.2']);
    expect(await names({ search: 'URLhaus' })).toEqual(['https://evil.example/a']);
    expect(await names({ type: ['url'] })).toEqual(['https://evil.example/a']);
    expect(await names({ perPage: 1, page: 2 })).toEqual(['203.0.113.2']);
  });

  it('refuses a bad find body and an empty ingest with 400', async () => {
    await ti.expectRefused(FIND, { perPage: 101 }, /perPage/);
    await ti.expectRefused(FIND, { unknown: true }, /unknown/);
    await ti.expectRefused(INGEST, [], /documents/);
  });
});

describe('an indicator attached to a case', () => {
  const comments = (caseId: string) => spacePath(ti.space, `/api/cases/${caseId}/comments`);

  it("takes Kibana Threat Intelligence's attachment, reads it back, and adds to no total", async () => {
    const created = await api.call('POST', spacePath(ti.space, '/api/cases'), { body: caseBody({ owner: 'securitySolution' }) });
    expectStatus(created, 200);
    const caseId = created.body.id;
    const attached = await api.call('POST', comments(caseId), { body: indicatorAttachment(`ti-${RUN}-own`) });
    expectStatus(attached, 200);
    expect(attached.body).toMatchObject({ totalComment: 0, totalAlerts: 0, totalEvents: 0 });
    const saved = attached.body.comments.find((c: { type: string }) => c.type === 'externalReference');
    expect(saved).toMatchObject({
      externalReferenceId: `ti-${RUN}-own`,
      externalReferenceStorage: { type: 'elasticSearchDoc' },
      externalReferenceAttachmentTypeId: 'indicator',
      externalReferenceMetadata: { indicatorName: '203.0.113.1', indicatorType: 'ipv4-addr', indicatorFeedName: 'AbuseCH' },
    });

    const readBack = await api.call('GET', `${comments(caseId)}/${saved.id}`);
    expectStatus(readBack, 200);
    expect(readBack.body).toMatchObject({ id: saved.id, externalReferenceAttachmentTypeId: 'indicator', externalReferenceId: `ti-${RUN}-own` });

    // Kibana's deprecated list of every attachment holds it too (its _find lists only user comments).
    const all = await api.call('GET', comments(caseId));
    expectStatus(all, 200);
    expect(all.body.map((c: { externalReferenceAttachmentTypeId?: string }) => c.externalReferenceAttachmentTypeId)).toEqual(['indicator']);
  });

  it.each([
    ['metadata with an unknown key', { externalReferenceMetadata: { indicatorName: 'x', indicatorType: 'url', indicatorFeedName: 'f', extra: 1 } }],
    ['metadata without the feed', { externalReferenceMetadata: { indicatorName: 'x', indicatorType: 'url' } }],
    ['an empty name', { externalReferenceMetadata: { indicatorName: ' ', indicatorType: 'url', indicatorFeedName: 'f' } }],
    ['saved-object storage', { externalReferenceStorage: { type: 'savedObject', soType: 'x' } }],
    ['an unknown sub-type', { externalReferenceAttachmentTypeId: 'not-a-type' }],
  ])('refuses %s with 400 and stores nothing', async (_label, over) => {
    const created = await api.call('POST', spacePath(ti.space, '/api/cases'), { body: caseBody({ owner: 'securitySolution' }) });
    const caseId = created.body.id;
    const refused = await api.call('POST', comments(caseId), { body: indicatorAttachment('some-id', over) });
    expectStatus(refused, 400);
    const after = await api.call('GET', comments(caseId));
    expect(after.body).toEqual([]);
  });
});

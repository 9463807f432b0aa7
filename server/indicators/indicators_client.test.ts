import { isLeft, isRight } from 'fp-ts/lib/Either';
import { createDocumentsForTests } from '../core/mocks';
import type { DocumentIndexClient } from '../core';
import type { CasesClientArgs } from '../client/types';
import { IndicatorAttachmentRequestRt } from '../attachment_framework/indicator_type';
import { indicatorIndexDefinition } from './indicator_index';
import { derivedIndicatorId } from './prepare_indicator';
import { findIndicators, ingestIndicators } from './indicators_client';

let stop: () => Promise<void>;
let index: DocumentIndexClient;
const asked: string[] = [];
/** Only what authorization reads: every ask is recorded and allowed (the RBAC matrix covers refusals). */
const args = {
  authz: { ensureAuthorized: async ({ operation }: { operation: { name: string } }) => void asked.push(operation.name) },
  registries: { owners: { has: () => true } },
  user: { username: 'elastic' },
  spaceId: 'default',
  audit: { log: () => undefined },
} as unknown as CasesClientArgs;

beforeEach(async () => {
  asked.length = 0;
  const documents = await createDocumentsForTests([indicatorIndexDefinition()]);
  stop = documents.stop;
  index = documents.data.getIndexClient('indicators', 'default');
});
afterEach(() => stop());

const ip = (value: string, extra: Record<string, unknown> = {}) => ({
  '@timestamp': '2024-05-01T10:00:00.000Z',
  threat: { feed: { name: 'AbuseCH' }, indicator: { type: 'ipv4-addr', ip: value, marking: { tlp: 'AMBER' }, confidence: 'High', ...extra } },
});

describe('indicator ingest', () => {
  it('stores each valid item, names it and gives it a stable id when it has none; bad items fail alone', async () => {
    const answer = await ingestIndicators(args, index, [
      ip('203.0.113.7'),
      { ...ip('198.51.100.1'), event: { id: 'feed-42' } },
      { '@timestamp': '2024-05-01T10:00:00.000Z', threat: { indicator: { ip: '192.0.2.1' } } },
      { ...ip('192.0.2.9'), '@timestamp': 'yesterday' },
      'not a document',
      { '@timestamp': '2024-05-01T10:00:00.000Z', 'threat.indicator.type': 'url', 'threat.indicator.url.full': 'https://evil.example/a' },
    ]);
    expect(asked).toEqual(['ingestIndicators']);
    expect(answer.errors).toBe(true);
    const derived = derivedIndicatorId('AbuseCH', 'ipv4-addr', '203.0.113.7');
    expect(answer.items.map((i) => [i.id, i.status])).toEqual([
      [derived, 'created'],
      ['feed-42', 'created'],
      [null, 'error'],
      [derivedIndicatorId('AbuseCH', 'ipv4-addr', '192.0.2.9'), 'error'],
      [null, 'error'],
      [derivedIndicatorId('', 'url', 'https://evil.example/a'), 'created'],
    ]);
    expect(answer.items[2].error?.reason).toBe('[threat.indicator.type] must be a non-empty string');
    expect(answer.items[3].error?.reason).toBe('[@timestamp] must be an ISO-8601 date');

    const [stored] = await index.bulkGet([derived]);
    expect(stored?._source).toMatchObject({ event: { id: derived }, threat: { indicator: { name: '203.0.113.7', ip: '203.0.113.7' } } });
    // Dotted documents stay dotted.
    const [dotted] = await index.bulkGet([answer.items[5].id as string]);
    expect(dotted?._source).toMatchObject({ threat: { indicator: { name: 'https://evil.example/a' } } });

    // The same indicator again is the same document.
    const again = await ingestIndicators(args, index, [ip('203.0.113.7')]);
    expect(again.items).toEqual([{ id: derived, status: 'exists' }]);
  });

  it('refuses a document whose mapped fields hold the wrong kind of value', async () => {
    const answer = await ingestIndicators(args, index, [ip('203.0.113.7', { first_seen: 'last week' })]);
    expect(answer.items[0]).toMatchObject({ status: 'error', error: { reason: '[threat.indicator.first_seen] must be an ISO-8601 date' } });
  });
});

describe('indicator find', () => {
  beforeEach(async () => {
    await ingestIndicators(args, index, [
      ip('203.0.113.7'),
      { ...ip('203.0.113.8'), '@timestamp': '2024-05-02T10:00:00.000Z' },
      { '@timestamp': '2024-05-03T10:00:00.000Z', threat: { feed: { name: 'URLhaus' }, indicator: { type: 'url', url: { full: 'https://evil.example/a' } } } },
    ]);
    asked.length = 0;
  });

  it('pages the newest first, with names and flattened fields', async () => {
    const found = await findIndicators(args, index, { perPage: 2 });
    expect(asked).toEqual(['findIndicators']);
    expect(found).toMatchObject({ page: 1, per_page: 2, total: 3 });
    expect(found.indicators.map((i) => i.name)).toEqual(['https://evil.example/a', '203.0.113.8']);
    expect(found.indicators[1].fields).toMatchObject({ 'threat.indicator.marking.tlp': 'AMBER', 'threat.feed.name': 'AbuseCH' });
  });

  it('finds by a value (whole or prefix), by feed, and filters by type', async () => {
    const names = async (request: Parameters<typeof findIndicators>[2]) => (await findIndicators(args, index, request)).indicators.map((i) => i.name).sort();
    expect(await names({ search: '203.0.113.7' })).toEqual(['203.0.113.7']);
    expect(await names({ search: '203.0.113*' })).toEqual(['203.0.113.7', '203.0.113.8']);
    expect(await names({ search: 'URLhaus' })).toEqual(['https://evil.example/a']);
    expect(await names({ type: ['url'] })).toEqual(['https://evil.example/a']);
    const [one] = (await findIndicators(args, index, { search: '203.0.113.8' })).indicators;
    expect(await names({ ids: [one.id, 'no-such-id'] })).toEqual(['203.0.113.8']);
    expect(await names({ ids: [one.id], type: ['url'] })).toEqual([]);
    expect(await names({ search: 'nothing-like-this' })).toEqual([]);
  });
});

describe('the indicator attachment request', () => {
  const attachment = {
    type: 'externalReference',
    externalReferenceId: 'feed-42',
    externalReferenceStorage: { type: 'elasticSearchDoc' },
    externalReferenceAttachmentTypeId: 'indicator',
    externalReferenceMetadata: { indicatorName: '203.0.113.7', indicatorType: 'ipv4-addr', indicatorFeedName: 'AbuseCH' },
    owner: 'securitySolution',
  };

  it("accepts Kibana Threat Intelligence's shape", () => {
    expect(isRight(IndicatorAttachmentRequestRt.decode(attachment))).toBe(true);
  });

  it.each([
    ['an unknown metadata key', { ...attachment, externalReferenceMetadata: { ...attachment.externalReferenceMetadata, extra: 'x' } }],
    ['a missing metadata field', { ...attachment, externalReferenceMetadata: { indicatorName: 'x', indicatorType: 'url' } }],
    ['an over-long name', { ...attachment, externalReferenceMetadata: { ...attachment.externalReferenceMetadata, indicatorName: 'x'.repeat(2049) } }],
    ['null metadata', { ...attachment, externalReferenceMetadata: null }],
    ['saved-object storage', { ...attachment, externalReferenceStorage: { type: 'savedObject', soType: 'x' } }],
    ['an empty id', { ...attachment, externalReferenceId: '' }],
    ['an unknown top-level key', { ...attachment, extra: true }],
  ])('refuses %s', (_label, body) => {
    expect(isLeft(IndicatorAttachmentRequestRt.decode(body))).toBe(true);
  });
});

import { isLeft, isRight } from 'fp-ts/lib/Either';
import { formatErrors } from '../../core/codec';
import { AlertsFindRequestRt, IngestRequestRt, QUERY_NOT_SUPPORTED_MESSAGE, SampleDataRequestRt, SetAlertsStatusRequestRt } from './alerts';

const message = (result: ReturnType<typeof SetAlertsStatusRequestRt.decode>) => (isLeft(result) ? formatErrors(result.left) : 'decoded');

describe('alerts codecs', () => {
  it("takes Kibana's by-ids status body, legacy in-progress as acknowledged, and refuses the by-query body saying why", () => {
    expect(SetAlertsStatusRequestRt.decode({ signal_ids: ['a'], status: 'in-progress' })).toEqual({ _tag: 'Right', right: { signal_ids: ['a'], status: 'acknowledged' } });
    expect(message(SetAlertsStatusRequestRt.decode({ query: { bool: {} }, status: 'closed' }))).toBe(QUERY_NOT_SUPPORTED_MESSAGE);
    expect(message(SetAlertsStatusRequestRt.decode({ status: 'closed' }))).toMatch(/signal_ids/);
    expect(message(SetAlertsStatusRequestRt.decode({ signal_ids: ['a'], status: 'closed', reason: 'bored' }))).toMatch(/reason/);
    expect(message(SetAlertsStatusRequestRt.decode({ signal_ids: [], status: 'closed' }))).toMatch(/signal_ids/);
    expect(message(SetAlertsStatusRequestRt.decode({ signal_ids: ['a'], status: 'closed', extra: 1 }))).toMatch(/invalid keys "extra"/);
  });

  it('bounds the find body: sort fields, perPage, dates, unknown keys', () => {
    expect(isRight(AlertsFindRequestRt.decode({ sortField: 'kibana.alert.risk_score', sortOrder: 'asc', perPage: 100, from: '2024-01-01T00:00:00Z' }))).toBe(true);
    expect(isLeft(AlertsFindRequestRt.decode({ sortField: 'kibana.alert.reason' }))).toBe(true);
    expect(isLeft(AlertsFindRequestRt.decode({ perPage: 101 }))).toBe(true);
    expect(isLeft(AlertsFindRequestRt.decode({ page: 101, perPage: 100 }))).toBe(true);
    expect(isLeft(AlertsFindRequestRt.decode({ from: 'last week' }))).toBe(true);
    expect(isLeft(AlertsFindRequestRt.decode({ status: ['pending'] }))).toBe(true);
    expect(isLeft(AlertsFindRequestRt.decode({ hosts: ['x'] }))).toBe(true);
  });

  it('takes 1 to 10,000 documents and names the formats otherwise; no sample body means the defaults', () => {
    expect(isRight(IngestRequestRt.decode([{}]))).toBe(true);
    expect(isLeft(IngestRequestRt.decode([]))).toBe(true);
    expect(isLeft(IngestRequestRt.decode(new Array(10_001).fill({})))).toBe(true);
    const notArray = IngestRequestRt.decode({ a: 1 });
    expect(isLeft(notArray) && formatErrors(notArray.left)).toMatch(/JSON array of documents, or NDJSON/);
    expect(SampleDataRequestRt.decode(undefined)).toEqual({ _tag: 'Right', right: {} });
    expect(isLeft(SampleDataRequestRt.decode({ alerts: 10_001 }))).toBe(true);
  });
});

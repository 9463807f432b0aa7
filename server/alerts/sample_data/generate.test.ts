import { SAMPLE_DATA_DAYS } from '../../../common/constants';
import { readDocumentField } from '../../../common/alerts/alert_fields';
import { alertIndexDefinition } from '../alert_index';
import { eventIndexDefinition } from '../event_index';
import { validateDocument } from '../validate_document';
import { resolveCasesConfig } from '../../config';
import { RULES } from './catalog';
import { generateSampleData } from './generate';

const now = new Date('2024-06-30T12:00:00.000Z');
const data = generateSampleData({ spaceId: 'default', alerts: 1500, events: 1500, now });
const values = (docs: Array<Record<string, unknown>>, path: string) => new Set(docs.map((d) => readDocumentField(d, path)));

describe('sample data', () => {
  it('is the same for the same space, and the first N do not depend on N', () => {
    expect(generateSampleData({ spaceId: 'default', alerts: 1500, events: 1500, now })).toEqual(data);
    expect(generateSampleData({ spaceId: 'default', alerts: 10, events: 10, now }).alerts).toEqual(data.alerts.slice(0, 10));
    expect(readDocumentField(generateSampleData({ spaceId: 'other', alerts: 1, events: 0, now }).alerts[0], 'kibana.alert.uuid')).not.toBe(
      readDocumentField(data.alerts[0], 'kibana.alert.uuid'),
    );
  });

  it('passes ingest validation, with unique ids', () => {
    const config = resolveCasesConfig({});
    for (const doc of data.alerts) expect(validateDocument(doc, { definition: alertIndexDefinition(config), alert: true })).toMatchObject({ ok: true });
    for (const doc of data.events) expect(validateDocument(doc, { definition: eventIndexDefinition(config), alert: false })).toMatchObject({ ok: true });
    expect(values(data.alerts, 'kibana.alert.uuid').size).toBe(1500);
    expect(values(data.events, 'event.id').size).toBe(1500);
  });

  it('looks real: rules with MITRE tactics, ~40 hosts and ~30 users shared with the events, Kibana-like reasons', () => {
    expect(values(data.alerts, 'kibana.alert.rule.name').size).toBe(RULES.length);
    expect(values(data.alerts, 'threat.tactic.name').size).toBeGreaterThanOrEqual(7);
    const alertHosts = values(data.alerts, 'host.name');
    const eventHosts = values(data.events, 'host.name');
    expect(new Set([...alertHosts, ...eventHosts]).size).toBeLessThanOrEqual(40);
    expect(alertHosts.size).toBeGreaterThan(30);
    expect([...alertHosts].filter((h) => eventHosts.has(h)).length).toBeGreaterThan(30);
    const users = values(data.alerts, 'user.name');
    expect([...users].filter((u) => values(data.events, 'user.name').has(u)).length).toBeGreaterThan(20);
    expect(values(data.events, 'dns.question.name').size).toBeGreaterThan(5);
    expect(values(data.alerts, 'file.hash.sha256').size).toBeGreaterThan(3);
    expect(String(readDocumentField(data.alerts[0], 'kibana.alert.reason'))).toMatch(/^(process|network|file) event with process .+, by .+ on .+ created (low|medium|high|critical) alert .+\.$/);
    expect(values(data.alerts, 'kibana.alert.workflow_status')).toEqual(new Set(['open', 'acknowledged', 'closed']));
  });

  it(`spreads over ${SAMPLE_DATA_DAYS} days ending now, recent days busier, with bursts`, () => {
    const daysAgo = data.alerts.map((d) => (now.getTime() - Date.parse(String(d['@timestamp']))) / 86_400_000);
    expect(Math.min(...daysAgo)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...daysAgo)).toBeLessThan(SAMPLE_DATA_DAYS);
    expect(Math.max(...daysAgo)).toBeGreaterThan(SAMPLE_DATA_DAYS - 3);
    const recent = daysAgo.filter((d) => d < 10).length;
    const old = daysAgo.filter((d) => d >= 20).length;
    expect(recent).toBeGreaterThan(old * 2);
    const perHour = new Map<number, number>();
    for (const d of daysAgo) perHour.set(Math.floor(d * 24), (perHour.get(Math.floor(d * 24)) ?? 0) + 1);
    // A burst hour holds far more than an ordinary hour's ~2 alerts.
    expect([...perHour.values()].filter((n) => n >= 30).length).toBeGreaterThanOrEqual(3);
  });
});

/**
 * The alerts benchmark without a server: its flag, its generated data, the checks that keep a
 * wrong answer from becoming a figure, and the one section of BENCHMARKS.md it may replace.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachedFacts, checkMetric, checkSynced, checkTabPage } from './alerts_checks.mjs';
import { alertsSection, type AlertsResults } from './alerts_section.mjs';
import { ALERT_DAYS, alertBatches, hostName, userName, type AlertDocument, type AttachedAlert } from './generate/alerts_documents.mjs';
import { OptionsError, parseOptions } from './options.mjs';
import { writeAlertsSection, writeBenchmarksMd, writeElasticsearchSection } from './report.mjs';

const INDEX = '.alerts-security.alerts-default';
const END = Date.parse('2026-03-01T00:00:00.000Z');
const DAY = 86_400_000;

function generate(count: number, attachEvery = 10) {
  const documents: AlertDocument[] = [];
  const attached: AttachedAlert[] = [];
  for (const batch of alertBatches({ count, batchSize: 1_000, attachEvery, endMs: END, index: INDEX })) {
    documents.push(...batch.documents);
    attached.push(...batch.attached);
  }
  return { documents, attached };
}

describe('--alerts flag', () => {
  it('runs the alerts benchmark alone and publishes the command without --build', () => {
    const options = parseOptions(['--build', '--alerts', '--quick'], {});
    expect(options).toMatchObject({ alerts: true, quick: true, customSizes: false, command: 'npm run bench -- --alerts --quick' });
    expect(parseOptions(['--quick'], {})).toMatchObject({ alerts: false, customSizes: false });
    // --sizes is for iterating on the cases benchmarks: that run leaves the alerts out.
    expect(parseOptions(['--sizes=100'], {}).customSizes).toBe(true);
  });

  it('refuses --sizes and --elasticsearch beside it', () => {
    expect(() => parseOptions(['--alerts', '--sizes=1000'], {})).toThrow(OptionsError);
    expect(() => parseOptions(['--alerts', '--elasticsearch'], { ELASTICSEARCH_HOSTS: 'http://es:9200' })).toThrow(/runs alone/);
  });
});

describe('generated alerts', () => {
  const { documents, attached } = generate(5_000);

  it('are the same on every run, with unique ids, and every tenth is the one to attach', () => {
    expect(generate(5_000).documents).toEqual(documents);
    const ids = documents.map((d) => d.kibana.alert.uuid);
    expect(new Set(ids).size).toBe(ids.length);
    expect(attached.map((a) => a.id)).toEqual(ids.filter((_, i) => i % 10 === 0));
    expect(attached[3]).toEqual({
      id: documents[30].kibana.alert.uuid,
      index: INDEX,
      timestamp: documents[30]['@timestamp'],
      host: documents[30].host.name,
      user: documents[30].user.name,
      status: documents[30].kibana.alert.workflow_status,
      rule: documents[30].kibana.alert.rule,
    });
  });

  it('spread over 30 days, many hosts and users with a few busy ones, and a mix of statuses', () => {
    const times = documents.map((d) => Date.parse(d['@timestamp']));
    expect(Math.min(...times)).toBeGreaterThan(END - ALERT_DAYS * DAY);
    expect(Math.max(...times)).toBeLessThanOrEqual(END);
    const lastWeek = times.filter((t) => t > END - 7 * DAY).length;
    expect(lastWeek / times.length).toBeGreaterThan(7 / 30); // recent days busier
    const hosts = attachedFacts(documents.map((d) => ({ timestamp: d['@timestamp'], host: d.host.name, user: d.user.name }))).hosts;
    expect(hosts.size).toBeGreaterThan(500);
    expect(Math.max(...hosts.values())).toBeGreaterThan(20 * (documents.length / hosts.size));
    const statuses = new Set(documents.map((d) => d.kibana.alert.workflow_status));
    expect([...statuses].sort()).toEqual(['acknowledged', 'closed', 'open']);
    expect(documents.filter((d) => d.kibana.alert.workflow_status === 'open').length / documents.length).toBeGreaterThan(0.5);
    expect(new Set(documents.map((d) => d.kibana.alert.rule.uuid)).size).toBeGreaterThan(10);
  });

  it('give every host one id and every user a distinct name', () => {
    const idOf = new Map<string, string>();
    for (const d of documents) {
      expect(idOf.get(d.host.name) ?? d.host.id).toBe(d.host.id);
      idOf.set(d.host.name, d.host.id);
    }
    expect(new Set(idOf.values()).size).toBe(idOf.size);
    const names = Array.from({ length: 1_000 }, (_, n) => userName(n));
    expect(new Set(names).size).toBe(1_000);
    expect(new Set(Array.from({ length: 2_000 }, (_, n) => hostName(n))).size).toBe(2_000);
  });
});

describe('answer checks', () => {
  const attached = [
    { timestamp: '2026-02-01T00:00:03.000Z', host: 'h1', user: 'u1' },
    { timestamp: '2026-02-01T00:00:01.000Z', host: 'h1', user: 'u2' },
    { timestamp: '2026-02-01T00:00:02.000Z', host: 'h2', user: 'u1' },
  ];
  const facts = attachedFacts(attached);
  const alert = (timestamp: string, caseIds: unknown = ['c1']) => ({ id: timestamp, index: INDEX, fields: { '@timestamp': timestamp, 'kibana.alert.case_ids': caseIds } });
  const page = (timestamps: string[], total = 3) => ({ page: 1, per_page: 2, total, alerts: timestamps.map((t) => alert(t)) });
  const tab = { facts, caseId: 'c1', perPage: 2, what: 'tab' };

  it('accept the right tab pages and refuse a wrong total, order, page or case', () => {
    expect(() => checkTabPage(page(['2026-02-01T00:00:03.000Z', '2026-02-01T00:00:02.000Z']), { ...tab, page: 1 })).not.toThrow();
    expect(() => checkTabPage(page(['2026-02-01T00:00:01.000Z']), { ...tab, page: 2 })).not.toThrow();
    expect(() => checkTabPage(page(['2026-02-01T00:00:03.000Z', '2026-02-01T00:00:02.000Z'], 2), { ...tab, page: 1 })).toThrow(/total 2, expected 3/);
    expect(() => checkTabPage(page(['2026-02-01T00:00:02.000Z', '2026-02-01T00:00:03.000Z']), { ...tab, page: 1 })).toThrow(/timestamps/);
    expect(() => checkTabPage(page(['2026-02-01T00:00:03.000Z', '2026-02-01T00:00:02.000Z']), { ...tab, page: 2 })).toThrow(/timestamps/);
    const other = { ...page(['2026-02-01T00:00:01.000Z']), alerts: [alert('2026-02-01T00:00:01.000Z', ['c2'])] };
    expect(() => checkTabPage(other, { ...tab, page: 2 })).toThrow(/does not name the case/);
  });

  it('accept exact metrics and refuse a wrong count, total, value count or a top value left out', () => {
    expect(() => checkMetric('alerts.count', { alerts: { count: 3 } }, facts)).not.toThrow();
    expect(() => checkMetric('alerts.count', { alerts: { count: 2 } }, facts)).toThrow(/count 2, expected 3/);
    const users = (values: Array<{ name: string; count: number }>, total = 2) => ({ alerts: { users: { total, values } } });
    expect(() => checkMetric('alerts.users', users([{ name: 'u1', count: 2 }, { name: 'u2', count: 1 }]), facts)).not.toThrow();
    expect(() => checkMetric('alerts.users', users([{ name: 'u1', count: 2 }, { name: 'u2', count: 1 }], 3), facts)).toThrow(/total 3/);
    expect(() => checkMetric('alerts.users', users([{ name: 'u1', count: 1 }, { name: 'u2', count: 1 }]), facts)).toThrow(/u1 counted 1/);
    expect(() => checkMetric('alerts.users', users([{ name: 'u1', count: 2 }]), facts)).toThrow(/1 values, expected 2/);
    expect(() => checkMetric('alerts.hosts', { alerts: { hosts: { total: 2, values: [{ name: 'h1', id: 'x', count: 2 }, { name: 'h2', id: 'y', count: 1 }] } } }, facts)).not.toThrow();
    expect(() => checkMetric('alerts.hosts', { alerts: { users: { total: 2, values: [] } } }, facts)).toThrow(/metrics alerts.hosts/);
  });

  it('refuse a top 10 that leaves out a more frequent value', () => {
    const many = attachedFacts(Array.from({ length: 12 }, (_, i) => Array.from({ length: i + 1 }, () => ({ timestamp: 't', host: `h${i}`, user: 'u' }))).flat());
    const top = (names: number[]) => ({ alerts: { hosts: { total: 12, values: names.map((i) => ({ name: `h${i}`, count: i + 1 })) } } });
    expect(() => checkMetric('alerts.hosts', top([11, 10, 9, 8, 7, 6, 5, 4, 3, 2]), many)).not.toThrow();
    expect(() => checkMetric('alerts.hosts', top([11, 10, 9, 8, 7, 6, 5, 4, 3, 0]), many)).toThrow(/h[12] \([23] alerts\) is missing from the top 10/);
  });

  it('accept a sync that closed exactly the case alerts', () => {
    expect(() => checkSynced({ caseNotClosedBefore: 5, closedBefore: 10, closedAfter: 15, caseNotClosedAfter: 0 })).not.toThrow();
    expect(() => checkSynced({ caseNotClosedBefore: 5, closedBefore: 10, closedAfter: 15, caseNotClosedAfter: 1 })).toThrow(/still open/);
    expect(() => checkSynced({ caseNotClosedBefore: 5, closedBefore: 10, closedAfter: 16, caseNotClosedAfter: 0 })).toThrow(/16 closed alerts, expected 10 \+ 5/);
  });
});

describe('Alerts section', () => {
  const machine = { date: '2026-01-01T00:00:00.000Z', cores: 2, cpu: 'test cpu', memoryGiB: 4, node: 'v20', platform: 'linux x64' };
  const timed = { requests: 100, rps: 50, p50: 10, p99: 300 };
  const results = (attachRate: number): AlertsResults => ({
    size: { alerts: 20_000, attached: 2_000 },
    generation: { alerts: 20_000, requests: 2, seconds: 4, docsPerSecond: 5_000 },
    attach: { alerts: 2_000, requests: 1, seconds: 2_000 / attachRate, alertsPerSecond: attachRate },
    tab: [{ page: 1, ...timed, p95: 20 }, { page: 40, ...timed, p95: 250 }],
    metrics: ['alerts.count', 'alerts.users', 'alerts.hosts'].map((feature) => ({ feature, ...timed, p95: 200 })),
    ui: { loads: 5, 'cold ms': 1_600, 'p50 ms': 700, 'max ms': 900, 'cold kB': 800 },
    sync: { seconds: 4.2, synced: 2_000 },
  });

  it('marks each figure met or missed against its target', () => {
    const { rows, note } = alertsSection(results(25_000), { machine, command: 'npm run bench -- --alerts' });
    const resultOf = (step: string) => rows.find((r) => String(r.step).startsWith(step))?.result;
    expect(resultOf('ingest')).toBe('no target');
    expect(resultOf('attach 2,000 alerts')).toBe('met');
    expect(resultOf('case Alerts tab, page 1,')).toBe('met');
    expect(resultOf('case Alerts tab, page 40,')).toBe('missed');
    expect(rows.filter((r) => String(r.step).startsWith('metrics')).map((r) => r.result)).toEqual(['met', 'met', 'met']);
    expect(resultOf('close the case, syncing 2,000 alerts')).toBe('met');
    expect(resultOf('Alerts page first row, cold')).toBe('missed');
    expect(resultOf('Alerts page first row, warm')).toBe('met');
    expect(alertsSection(results(19_999), { machine, command: 'x' }).rows[1].result).toBe('missed');
    expect(note).toContain('by `npm run bench -- --alerts`');
    expect(note).toContain('20,000 generated alerts');
  });

  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bench-alerts-md-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('an --alerts run replaces only its own section; a full run rewrites it, and one without it keeps it', () => {
    const path = join(dir, 'BENCHMARKS.md');
    const other = (title: string, figure: number) => ({ title, note: `note of ${title}`, rows: [{ scenario: 'get case', 'req/s': figure }] });
    const alerts = alertsSection(results(30_000), { machine, command: 'npm run bench -- --alerts' });
    writeBenchmarksMd(path, { machine, command: 'npm run bench', sections: [other('API', 1), alerts] });
    writeElasticsearchSection(path, other('Elasticsearch', 2));
    const before = readFileSync(path, 'utf8');

    writeAlertsSection(path, alertsSection(results(40_000), { machine, command: 'npm run bench -- --alerts' }));
    const after = readFileSync(path, 'utf8');
    expect(after.match(/^## Alerts$/gm)).toHaveLength(1);
    expect(after).toContain('40,000 alerts/s');
    expect(after).not.toContain('30,000 alerts/s');
    expect(after.slice(0, after.indexOf('## Alerts'))).toBe(before.slice(0, before.indexOf('## Alerts')));
    expect(after.slice(after.indexOf('## Elasticsearch'))).toBe(before.slice(before.indexOf('## Elasticsearch')));

    writeBenchmarksMd(path, { machine, command: 'npm run bench -- --sizes=1000', sections: [other('API', 3)] });
    const kept = readFileSync(path, 'utf8');
    expect(kept).toContain('| get case | 3 |');
    expect(kept).toContain('40,000 alerts/s');
    expect(kept).toContain('## Elasticsearch');
  });

  it('adds the section to a file that has none', () => {
    const path = join(dir, 'BENCHMARKS.md');
    writeFileSync(path, '# Benchmarks\n\n## API\n\nkept\n');
    writeAlertsSection(path, alertsSection(results(30_000), { machine, command: 'c' }));
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('# Benchmarks\n\n## API\n\nkept\n\n## Alerts\n')).toBe(true);
  });
});

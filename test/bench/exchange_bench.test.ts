/**
 * The export and import benchmark without a server: its flag and sizes, the checks that keep a
 * wrong export or import from becoming a figure, its targets, and the one section of
 * BENCHMARKS.md it may replace.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCount, checkExport, checkImport, expectedExport, importedCaseId, tallyExport } from './exchange_checks.mjs';
import { exchangeCases, EXCHANGE_SIZES } from './exchange_settings.mjs';
import { exchangeSection, EXCHANGE_SECTION_TITLE, seedingObjectsPerSecond, type ExchangeResults } from './exchange_section.mjs';
import { OptionsError, parseOptions } from './options.mjs';
import { writeBenchmarksMd, writeExchangeSection } from './report.mjs';
import { evaluateExchangeTargets } from './targets.mjs';

describe('--exchange flag', () => {
  it('runs the benchmark alone and publishes the command without --build', () => {
    expect(parseOptions(['--build', '--exchange', '--quick'], {})).toMatchObject({ exchange: true, quick: true, customSizes: false, command: 'npm run bench -- --exchange --quick' });
    expect(parseOptions(['--exchange', '--sizes=2000'], {})).toMatchObject({ exchange: true, customSizes: true, sizes: [2_000] });
    expect(parseOptions(['--quick'], {}).exchange).toBe(false);
  });

  it('refuses several sizes, and the other one-section flags beside it', () => {
    expect(() => parseOptions(['--exchange', '--sizes=1000,2000'], {})).toThrow(OptionsError);
    expect(() => parseOptions(['--exchange', '--files'], {})).toThrow(/runs alone/);
    expect(() => parseOptions(['--exchange', '--alerts'], {})).toThrow(/runs alone/);
    expect(() => parseOptions(['--exchange', '--elasticsearch'], { ELASTICSEARCH_HOSTS: 'http://es:9200' })).toThrow(/runs alone/);
  });

  it('seeds 10,000 cases, 500 with --quick, or the one --sizes value', () => {
    expect(exchangeCases({ quick: false, sizes: [], customSizes: false })).toBe(EXCHANGE_SIZES.full);
    expect(EXCHANGE_SIZES).toEqual({ full: 10_000, quick: 500 });
    expect(exchangeCases({ quick: true, sizes: [], customSizes: false })).toBe(500);
    expect(exchangeCases({ quick: false, sizes: [2_000], customSizes: true })).toBe(2_000);
  });
});

describe('export checks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'exchange-checks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const expected = expectedExport({ cases: 1, comments: 2, userActions: 3 });
  const object = (type: string, id: string) => JSON.stringify({ type, id, attributes: {}, references: [] });
  const details = (exportedCount: number, missingRefCount = 0) => JSON.stringify({ excludedObjects: [], excludedObjectsCount: 0, exportedCount, missingRefCount, missingReferences: [] });
  const lines = [
    object('cases', 'c1'),
    object('cases-comments', 'm1'),
    object('cases-comments', 'm2'),
    object('cases-user-actions', 'u1'),
    object('cases-user-actions', 'u2'),
    object('cases-user-actions', 'u3'),
  ];
  const tally = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return tallyExport(path);
  };

  it('count the objects by type from the file and pass an export of exactly the seeded objects', async () => {
    // Kibana's export has no newline after the details line; a file with one reads the same.
    for (const ending of ['', '\n']) {
      const counted = await tally('good.ndjson', [...lines, details(6)].join('\n') + ending);
      expect(counted.byType).toEqual({ cases: 1, 'cases-comments': 2, 'cases-user-actions': 3 });
      expect(checkExport(counted, expected)).toBe(6);
    }
  });

  it('fail on a wrong exportedCount, a missing object, an extra type, a missing reference or no details line', async () => {
    await expect(tally('count.ndjson', [...lines, details(7)].join('\n')).then((t) => checkExport(t, expected))).rejects.toThrow('exportedCount 7, expected 6');
    const short = await tally('short.ndjson', [...lines.slice(0, 5), details(6)].join('\n'));
    expect(() => checkExport(short, expected)).toThrow('5 object lines, expected 6');
    const other = await tally('other.ndjson', [...lines.slice(0, 5), object('action', 'a1'), details(6)].join('\n'));
    expect(() => checkExport(other, expected)).toThrow(/holds (1 objects of type action, expected 0|2 objects of type cases-user-actions, expected 3)/);
    const missing = await tally('missing.ndjson', [...lines, details(6, 1)].join('\n'));
    expect(() => checkExport(missing, expected)).toThrow('missingRefCount 1');
    const noDetails = await tally('nodetails.ndjson', lines.join('\n'));
    expect(() => checkExport(noDetails, expected)).toThrow('not the details record');
    await expect(tally('bad.ndjson', `${lines[0]}\n{oops\n${details(1)}`)).rejects.toThrow('export line 2 is not JSON');
    await expect(tally('empty.ndjson', '')).rejects.toThrow('the export is empty');
  });
});

describe('import checks', () => {
  const successResults = [
    { type: 'cases', id: 'c1', meta: {} },
    { type: 'cases-comments', id: 'm1', meta: {} },
  ];
  const answer = { success: true, successCount: 2, successResults, errors: [] };

  it('pass an answer with every object and no error, and fail with what was wrong', () => {
    expect(checkImport(answer, 2, 'import')).toBe(successResults);
    expect(() => checkImport({ ...answer, success: false }, 2, 'import')).toThrow('import: success false, expected true');
    expect(() => checkImport({ ...answer, successCount: 1 }, 2, 'import')).toThrow('import: successCount 1, expected 2');
    expect(() => checkImport({ ...answer, successResults: successResults.slice(1) }, 2, 'import')).toThrow('1 successResults, expected 2');
    expect(() => checkImport({ ...answer, success: false, errors: [{ id: 'm1', error: { type: 'conflict' } }] }, 2, 'import')).toThrow(/1 errors, the first: .*conflict/);
  });

  it('find the case under its own id after a plain import and under a new one after createNewCopies', () => {
    expect(importedCaseId(successResults, 'c1', { newCopies: false })).toBe('c1');
    expect(() => importedCaseId(successResults, 'c1', { newCopies: true })).toThrow('createNewCopies kept case c1');
    expect(importedCaseId([{ type: 'cases', id: 'c1', destinationId: 'n1' }], 'c1', { newCopies: true })).toBe('n1');
    expect(() => importedCaseId([{ type: 'cases', id: 'c1', destinationId: 'n1' }], 'c1', { newCopies: false })).toThrow('gave case c1 the new id n1');
    expect(() => importedCaseId(successResults, 'c2', { newCopies: false })).toThrow('case c2 is not among');
    expect(() => checkCount('cases in space x', 9, 10)).toThrow('cases in space x: 9, expected 10');
  });
});

describe('the Export and import section', () => {
  const machine = { date: '2026-01-01T00:00:00Z', cores: 2, cpu: 'test', memoryGiB: 8, node: 'v20', platform: 'linux' };
  const rss = (peak: number) => ({ before: 130, peak, samples: 50 });
  const results: ExchangeResults = {
    cases: 10_000,
    commentsPerCase: 10,
    seeding: { cases: 10_000, comments: 100_000, userActions: 110_000, casesPerSecond: 500, commentsPerSecond: 2_000, userActionsPerSecond: 2_200, storeMiB: 400, wallSeconds: 150 },
    idle: 120,
    export: { seconds: 8, bytes: 250e6, objects: 220_000, rss: rss(300) },
    imports: [
      { space: 'bench-import', newCopies: false, seconds: 25, rss: rss(250) },
      { space: 'bench-copies', newCopies: true, seconds: 19, rss: rss(600) },
    ],
  };

  it('hold each step to its target, met or missed', () => {
    const rows = evaluateExchangeTargets(results);
    expect(rows.map((r) => [r.step, r.result])).toEqual([
      ['export 10,000 cases, 220,000 objects', 'met'],
      ['export: peak RSS above idle', 'met'],
      ['import into an empty space, 220,000 objects', 'missed'],
      ['import: peak RSS above idle', 'met'],
      ['import as new copies into an empty space, 220,000 objects', 'met'],
      ['import as new copies: peak RSS above idle', 'missed'],
    ]);
    // 180 MiB above idle is 189 MB: within 200 MB.
    expect(rows[1].measured).toBe('189 MB (idle 120 MiB, 130 MiB before the step, peak 300 MiB)');
    expect(rows[0].measured).toBe('8 s (27,500 objects/s)');
  });

  it('says what was measured and how, with the figures', () => {
    const section = exchangeSection(results, { machine, command: 'npm run bench -- --exchange' });
    expect(section.title).toBe(EXCHANGE_SECTION_TITLE);
    expect(section.note).toContain('`npm run bench -- --exchange`');
    expect(section.note).toContain('`createNewCopies`');
    expect(section.note).toContain('VmRSS');
    expect(section.rows).toHaveLength(8);
    expect(section.rows.at(-2)).toMatchObject({ step: 'export size', measured: '250 MB, 220,000 objects (31.3 MB/s)' });
    expect(seedingObjectsPerSecond(results.seeding)).toBeCloseTo(220_000 / (20 + 50 + 50));
  });

  it('replaces only its own section, and a full run without it carries it over', () => {
    const dir = mkdtempSync(join(tmpdir(), 'exchange-section-'));
    try {
      const path = join(dir, 'BENCHMARKS.md');
      writeFileSync(path, '# Benchmarks\n\n## Scale\n\nkept\n\n## Export and import\n\nold\n\n## Alerts\n\nalso kept\n');
      writeExchangeSection(path, exchangeSection(results, { machine, command: 'npm run bench -- --exchange' }));
      const written = readFileSync(path, 'utf8');
      expect(written).toContain('## Scale\n\nkept');
      expect(written).toContain('## Alerts\n\nalso kept');
      expect(written).not.toContain('\nold\n');
      expect(written).toContain('27,500 objects/s');

      writeBenchmarksMd(path, { machine, command: 'npm run bench -- --sizes=1000', sections: [{ title: 'Scale', note: 'new', rows: [] }] });
      expect(readFileSync(path, 'utf8')).toContain('## Export and import');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

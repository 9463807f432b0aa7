/**
 * The files and similar-cases benchmark without a server: its flag, the expected answers it
 * works out from the generator (against a brute force), the checks that keep a wrong answer
 * from becoming a figure, the file stream, and the one section of BENCHMARKS.md it may replace.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { filesSection, FILES_SECTION_TITLE, type FilesResults } from './files_section.mjs';
import { seededChunks } from './files_transfer.mjs';
import { caseObservableRanks, poolObservable } from './generate/observables.mjs';
import { OptionsError, parseOptions } from './options.mjs';
import { writeBenchmarksMd, writeFilesSection } from './report.mjs';
import { buildPostings, checkCounts, checkSimilar, checkValueSearch, expectedSimilar, holdersOf, ranksOf, type SeededCase } from './similar_postings.mjs';

const OWNERS = ['securitySolution', 'cases', 'observability'];
const SIZE = 3_000;
const seeded: SeededCase[] = Array.from({ length: SIZE }, (_, i) => ({ id: `case-${i + 1}`, owner: OWNERS[i % 3], observables: caseObservableRanks(i + 1).length }));
const index = buildPostings(seeded);
const ranks = seeded.map((_, i) => new Set(caseObservableRanks(i + 1)));

/** Case j's shared ranks with case i, by intersecting the generator's sets. */
const sharedRanks = (i: number, j: number) => [...ranks[i]].filter((k) => ranks[j].has(k));

/** What a correct server answers for case i, by brute force over every case. */
function correctSimilar(i: number, perPage: number) {
  const matches = seeded
    .map((c, j) => ({ j, shared: sharedRanks(i, j) }))
    .filter(({ j, shared }) => j !== i && seeded[j].owner === seeded[i].owner && shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length || b.j - a.j);
  const pair = (k: number) => poolObservable(k);
  return {
    total: matches.length,
    cases: matches.slice(0, perPage).map(({ j, shared }) => ({
      id: seeded[j].id,
      owner: seeded[j].owner,
      observables: [...ranks[j]].map(pair),
      similarities: { observables: shared.map((k) => ({ ...pair(k), typeLabel: 'x' })) },
    })),
  };
}

const withObservables = seeded.flatMap((c, i) => (c.observables > 0 ? [i] : []));
// Cases whose page is full and has some rank above 1: the checks on order have something to bite.
const busy = withObservables.find((i) => expectedSimilar(index, i, 10).topCounts[0] > 1 && expectedSimilar(index, i, 10).total > 10)!;

describe('--files flag', () => {
  it('runs the files benchmark alone and publishes the command without --build', () => {
    expect(parseOptions(['--build', '--files', '--quick'], {})).toMatchObject({ files: true, quick: true, customSizes: false, command: 'npm run bench -- --files --quick' });
    expect(parseOptions(['--files', '--sizes=10000'], {})).toMatchObject({ files: true, customSizes: true, sizes: [10_000] });
    expect(parseOptions(['--quick'], {}).files).toBe(false);
  });

  it('refuses several sizes, --alerts and --elasticsearch beside it', () => {
    expect(() => parseOptions(['--files', '--sizes=1000,2000'], {})).toThrow(OptionsError);
    expect(() => parseOptions(['--files', '--alerts'], {})).toThrow(/runs alone/);
    expect(() => parseOptions(['--files', '--elasticsearch'], { ELASTICSEARCH_HOSTS: 'http://es:9200' })).toThrow(/runs alone/);
  });
});

describe('expected answers', () => {
  it('match a brute force over every case: holders of a value, similar totals and shared counts', () => {
    for (const i of withObservables.slice(0, 200)) {
      const brute = correctSimilar(i, 10);
      const expected = expectedSimilar(index, i, 10);
      expect(expected.total).toBe(brute.total);
      expect(expected.topCounts).toEqual(brute.cases.map((c) => c.similarities.observables.length));
      for (const k of ranksOf(index, i)) expect(holdersOf(index, k).length).toBe(ranks.filter((set) => set.has(k)).length);
    }
    expect(busy).toBeDefined();
  });

  it('refuses a folder the generator did not write', () => {
    const wrong = seeded.slice(0, 10).map((c, i) => (i === 4 ? { ...c, observables: c.observables + 1 } : c));
    expect(() => buildPostings(wrong)).toThrow(/case 5 holds/);
  });
});

describe('answer checks', () => {
  it("pass a correct _similar page and fail on a wrong total, a pair not shared, the case itself, another owner or the wrong order", () => {
    const good = correctSimilar(busy, 10);
    expect(() => checkSimilar(index, seeded, busy, 10, good)).not.toThrow();
    const bad = (change: (body: ReturnType<typeof correctSimilar>) => void) => {
      const body = structuredClone(good);
      change(body);
      return () => checkSimilar(index, seeded, busy, 10, body);
    };
    expect(bad((b) => (b.total += 1))).toThrow(/total/);
    expect(bad((b) => b.cases[0].similarities.observables.push({ typeKey: 'observable-type-ipv4', value: '192.0.2.1', typeLabel: 'x' }))).toThrow(/shares/);
    expect(bad((b) => (b.cases[0].id = seeded[busy].id))).toThrow(/itself/);
    expect(bad((b) => (b.cases[0].owner = 'other'))).toThrow(/owner/);
    expect(bad((b) => b.cases.reverse())).toThrow(/shared counts/);
    expect(bad((b) => b.cases.pop())).toThrow(/cases on page 1/);
  });

  it('pass an exact value search and counts, and fail when one is off by one', () => {
    const k = ranksOf(index, busy)[0];
    const { value } = poolObservable(k);
    const holders = [...holdersOf(index, k)];
    const search = { total: holders.length, cases: holders.slice(0, 10).map((j) => ({ id: seeded[j].id, matches: { observables: [{ value }] } })) };
    expect(() => checkValueSearch(index, k, 10, search)).not.toThrow();
    expect(() => checkValueSearch(index, k, 10, { ...search, total: search.total - 1 })).toThrow(/total/);
    expect(() => checkValueSearch(index, k, 10, { ...search, cases: [{ id: 'x', matches: { observables: [{ value: 'other' }] } }, ...search.cases.slice(1)] })).toThrow(/matched/);

    const counts = Object.fromEntries(ranksOf(index, busy).map((r) => [poolObservable(r).value, holdersOf(index, r).length - 1]));
    expect(() => checkCounts(index, busy, { counts })).not.toThrow();
    expect(() => checkCounts(index, busy, { counts: { ...counts, [value]: counts[value] + 1 } })).toThrow(/counted/);
  });
});

describe('the file stream', () => {
  const digest = (seed: number, size: number) => {
    const hash = createHash('sha256');
    let bytes = 0;
    let largest = 0;
    for (const chunk of seededChunks(seed, size)) {
      hash.update(chunk);
      bytes += chunk.length;
      largest = Math.max(largest, chunk.length);
    }
    return { sha256: hash.digest('hex'), bytes, largest };
  };

  it('is the same for a seed, differs between seeds, and comes in chunks of at most 1 MiB', () => {
    const size = 3 * 1024 * 1024 + 5;
    const one = digest(1, size);
    expect(one).toEqual(digest(1, size));
    expect(digest(2, size).sha256).not.toBe(one.sha256);
    expect(one).toMatchObject({ bytes: size, largest: 1024 * 1024 });
  });
});

describe('the Files and similar cases section', () => {
  const machine = { date: '2026-01-01T00:00:00Z', cores: 2, cpu: 'test', memoryGiB: 8, node: 'v20', platform: 'linux' };
  const leg = { ms: 2000, mbPerSecond: 52.4, rss: { baseline: 100, peak: 112, growth: 12, samples: 21 } };
  const results: FilesResults = {
    transfer: { size: 100 * 2 ** 20, sha256: 'ab'.repeat(32), upload: leg, download: leg },
    cases: 10_000,
    seeding: { seconds: 20, wallSeconds: 25, casesPerSecond: 500, storeMiB: 90 },
    reads: [{ scenario: '_similar (x)', requests: 100, rps: 50, p50: 10, p95: 20, p99: 30 }],
  };

  it('says what was measured and how, with the figures', () => {
    const section = filesSection(results, { machine, command: 'npm run bench -- --files' });
    expect(section.title).toBe(FILES_SECTION_TITLE);
    expect(section.note).toContain('`npm run bench -- --files`');
    expect(section.note).toContain('VmRSS');
    expect(section.rows[0]).toEqual({ measured: 'upload of 100 MiB', result: '52.4 MB/s (2 s)', detail: expect.stringContaining('peak − baseline 12 MiB') });
    expect(section.rows.at(-1)).toMatchObject({ result: 'p95 20 ms' });
  });

  it('replaces only its own section, and a full run without it carries it over', () => {
    const dir = mkdtempSync(join(tmpdir(), 'files-section-'));
    try {
      const path = join(dir, 'BENCHMARKS.md');
      writeFileSync(path, '# Benchmarks\n\n## Scale\n\nkept\n\n## Files and similar cases\n\nold\n\n## Alerts\n\nalso kept\n');
      const section = filesSection(results, { machine, command: 'npm run bench -- --files' });
      writeFilesSection(path, section);
      const written = readFileSync(path, 'utf8');
      expect(written).toContain('## Scale\n\nkept');
      expect(written).toContain('## Alerts\n\nalso kept');
      expect(written).not.toContain('\nold\n');
      expect(written).toContain('p95 20 ms');

      writeBenchmarksMd(path, { machine, command: 'npm run bench -- --sizes=1000', sections: [{ title: 'Scale', note: 'new', rows: [] }] });
      expect(readFileSync(path, 'utf8')).toContain('p95 20 ms');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

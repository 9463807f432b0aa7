/**
 * The scale curve's targets: `_search` with a custom field filter is published and held
 * to the same targets as `_find` with the same filters (p95 at the largest size, growth from the
 * smallest), and each reads met or missed from its own figures, not another curve's.
 */
import { evaluateTargets, type Latencies, type ScalePoint, type TargetRow } from './targets.mjs';

const run = (p95: number): Latencies => ({ requests: 100, rps: 1000 / p95, p50: p95 / 2, p95, p99: p95 * 1.5 });
const point = (size: number, filters: number, customField: number, text: number): ScalePoint => ({ size, filters: run(filters), customField: run(customField), text: run(text) });
const byName = (rows: TargetRow[], start: string) => rows.filter((r) => r.target.startsWith(start));

describe('scale targets', () => {
  it('holds `_search` with a custom field to ≤ 50 ms at the largest size and ≤ 3× growth, from its own figures', () => {
    const scale = [point(10_000, 4, 5, 8), point(1_000_000, 9, 60, 20)];
    const rows = evaluateTargets({ sizes: [10_000, 1_000_000], scale });
    const search = byName(rows, '`_search` status + severity + tag + custom field');
    expect(search).toEqual([
      { target: '`_search` status + severity + tag + custom field, p95 at 1,000,000 cases, 1 connection', required: '≤ 50 ms', measured: '60 ms', result: 'missed' },
      { target: '`_search` status + severity + tag + custom field, p95 growth 10,000 → 1,000,000 cases', required: '≤ 3×', measured: '12× (5 → 60 ms)', result: 'missed' },
    ]);
    // The `_find` rows beside it keep their own results.
    expect(byName(rows, '`_find` status + severity + tag').map((r) => r.result)).toEqual(['met', 'met']);
  });

  it('reads met when the custom field curve stays within both targets', () => {
    const rows = evaluateTargets({ sizes: [10_000, 1_000_000], scale: [point(10_000, 4, 5, 8), point(1_000_000, 30, 14.99, 20)] });
    expect(byName(rows, '`_search`').map((r) => [r.measured, r.result])).toEqual([
      ['14.99 ms', 'met'],
      ['3× (5 → 14.99 ms)', 'met'],
    ]);
  });

});

import { createFailureTable, lockDelayMs, type BackoffPolicy } from './failure_table';

const policy: BackoffPolicy = { freeFailures: 3, initialDelayMs: 1_000, maxDelayMs: 8_000, windowMs: 60_000 };

describe('failure table', () => {
  const setup = (maxEntries?: number) => {
    const clock = { now: 0 };
    return { clock, table: createFailureTable(policy, () => clock.now, maxEntries) };
  };

  it('doubles the delay with each failure past the free ones, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50, 5_000].map((f) => lockDelayMs(policy, f))).toEqual([0, 0, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000, 8_000]);
  });

  it('locks a key from its last free failure on, and says when the lock started', () => {
    const { clock, table } = setup();
    expect(table.fail('k').locked).toBe(false);
    expect(table.fail('k').locked).toBe(false);
    expect(table.lockedUntil('k')).toBeUndefined();
    expect(table.fail('k')).toMatchObject({ locked: true, failures: 3, lockedUntil: 1_000 });
    expect(table.lockedUntil('k')).toBe(1_000);
    clock.now = 1_000;
    expect(table.lockedUntil('k')).toBeUndefined();
    expect(table.fail('k')).toMatchObject({ locked: true, lockedUntil: 3_000 });
  });

  it('forgets a key only a window after its lock ends, so waiting out a lock does not restore the free failures', () => {
    const { clock, table } = setup();
    for (let i = 0; i < 6; i++) {
      table.fail('k');
      clock.now = table.lockedUntil('k') ?? clock.now;
    }
    // 6 failures: the last lock is the 8 s cap; the record outlives it by the window.
    clock.now += 59_999;
    expect(table.fail('k')).toMatchObject({ failures: 7, locked: true });
    clock.now = (table.lockedUntil('k') ?? 0) + 60_000;
    expect(table.fail('k')).toMatchObject({ failures: 1, locked: false });
  });

  it('stays within its bound, evicting forgotten records, then unlocked ones, before any lock', () => {
    const { table } = setup(100);
    for (let i = 0; i < 3; i++) table.fail('locked');
    for (let i = 0; i < 1_000; i++) table.fail(`junk-${i}`);
    expect(table.size).toBeLessThanOrEqual(100);
    expect(table.lockedUntil('locked')).toBe(1_000);
  });

  it('evicts the oldest locks only when the table holds nothing else', () => {
    const { table } = setup(10);
    for (let k = 0; k < 20; k++) for (let i = 0; i < 3; i++) table.fail(`locked-${k}`);
    expect(table.size).toBeLessThanOrEqual(10);
    expect(table.lockedUntil('locked-0')).toBeUndefined();
    expect(table.lockedUntil('locked-19')).toBe(1_000);
  });

  it('clears a key', () => {
    const { table } = setup();
    for (let i = 0; i < 3; i++) table.fail('k');
    table.clear('k');
    expect(table.lockedUntil('k')).toBeUndefined();
    expect(table.size).toBe(0);
  });
});

import { replayStatusInfo } from './status_info';

const at = (ms: number) => new Date(Date.parse('2024-01-01T00:00:00.000Z') + ms).toISOString();
const created = at(0);

describe('replayStatusInfo', () => {
  it('counts open time up to now for a case that never changed', () => {
    expect(replayStatusInfo([], created, Date.parse(at(10_000)))).toEqual({ openDuration: 10_000, inProgressDuration: 0, reopenDates: [] });
  });

  it('replays open → in-progress → closed → reopened: each stage gets its own time, closed time counts nowhere', () => {
    const changes = [
      { status: 'in-progress', created_at: at(1_000) },
      { status: 'closed', created_at: at(4_000) },
      { status: 'open', created_at: at(10_000) },
      { status: 'in-progress', created_at: at(12_000) },
    ];
    // open 0–1 s and 10–12 s; in progress 1–4 s and 12 s to now (20 s); closed 4–10 s.
    expect(replayStatusInfo(changes, created, Date.parse(at(20_000)))).toEqual({
      openDuration: 3_000,
      inProgressDuration: 11_000,
      reopenDates: [at(10_000)],
    });
  });

  it('stops the clock while the case is closed, and counts each reopening (to open or in progress)', () => {
    const changes = [
      { status: 'closed', created_at: at(1) },
      { status: 'open', created_at: at(2) },
      { status: 'closed', created_at: at(3) },
      { status: 'closed', created_at: at(4) },
      { status: 'in-progress', created_at: at(5) },
      { status: 'closed', created_at: at(6) },
    ];
    expect(replayStatusInfo(changes, created, Date.parse(at(100)))).toEqual({ openDuration: 2, inProgressDuration: 1, reopenDates: [at(2), at(5)] });
  });

  it('skips changes with an invalid time or an unknown status, and refuses an invalid creation date', () => {
    const changes = [
      { status: 'closed', created_at: 'blah' },
      { status: 'banana', created_at: at(1) },
    ];
    expect(replayStatusInfo(changes, created, Date.parse(at(5)))).toEqual({ openDuration: 5, inProgressDuration: 0, reopenDates: [] });
    expect(() => replayStatusInfo([], 'blah', 0)).toThrow(/not a valid timestamp/);
  });
});

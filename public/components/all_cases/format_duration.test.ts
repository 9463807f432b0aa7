import { formatDuration } from './format_duration';

describe('formatDuration', () => {
  it.each([
    [null, '—'],
    [undefined, '—'],
    [-1, '—'],
    [Number.NaN, '—'],
    [0, '0s'],
    [45, '45s'],
    [7500, '2h 5m'],
    [7200, '2h'],
    [7205, '2h'],
    [90061, '1d 1h'],
    [86400 * 3 + 60, '3d'],
  ])('%p seconds reads %p', (seconds, text) => {
    expect(formatDuration(seconds as number | null)).toBe(text);
  });
});

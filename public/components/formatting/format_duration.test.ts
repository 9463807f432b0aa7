import { formatDuration, secondsBetween } from './format_duration';

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


describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [42, '42s'],
    [60, '1m'],
    [3_599, '59m 59s'],
    [3_600, '1h'],
    [5_400, '1h 30m'],
    [86_400 * 3 + 3_600 * 5 + 61, '3d 5h'],
    [86_400 * 400, '400d'],
  ])('%d seconds reads %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));

  it('refuses what is not a duration', () => {
    expect(formatDuration(-1)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
  });

  it('measures between timestamps', () => {
    expect(secondsBetween('2024-01-01T00:00:00Z', '2024-01-01T01:00:00Z')).toBe(3_600);
    expect(secondsBetween(null, '2024-01-01T01:00:00Z')).toBeUndefined();
    expect(secondsBetween('nonsense', '2024-01-01T01:00:00Z')).toBeUndefined();
  });
});

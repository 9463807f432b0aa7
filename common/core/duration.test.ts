import { parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['30s', 30_000],
    ['90m', 5_400_000],
    ['8h', 28_800_000],
    ['30d', 2_592_000_000],
    ['2w', 1_209_600_000],
    ['250ms', 250],
    ['1500', 1500],
    [1500, 1500],
  ])('reads %p as %p ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 'h', '8 hours', '-1h', '0s', '1.5h', 0, -5, 1.5])('rejects %p', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

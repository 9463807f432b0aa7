import { parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['30d', 30 * 86_400_000],
    ['12h', 12 * 3_600_000],
    ['90m', 90 * 60_000],
    ['45s', 45_000],
    ['500ms', 500],
  ])('%s', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', '0d', '-1d', '1w', '1.5h', 'd', '10000000000d'])('rejects %p', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

import { intervalProblem, maxBucketsOver, resolveInterval, MAX_DATE_HISTOGRAM_BUCKETS } from './auto_interval';

const from = '2024-03-01T00:00:00.000Z';
const rangeOf = (ms: number) => ({ from, to: new Date(Date.parse(from) + ms).toISOString() });
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('resolveInterval', () => {
  it.each([
    ['5 minutes', 5 * MINUTE, '5s'],
    ['15 minutes', 15 * MINUTE, '10s'],
    ['an hour', HOUR, 'minute'],
    ['4 hours', 4 * HOUR, '5m'],
    ['a day', DAY, '30m'],
    ['a week', 7 * DAY, '3h'],
    ['30 days', 30 * DAY, '12h'],
    ['90 days', 90 * DAY, 'day'],
    ['a year', 365 * DAY, 'week'],
    ['5 years', 5 * 365 * DAY, 'month'],
    ['20 years', 20 * 365 * DAY, 'year'],
  ])('turns auto over %s (%i ms) into %s', (_label, span, expected) => {
    expect(resolveInterval('auto', rangeOf(span))).toBe(expected);
  });

  it('gives between 8 and 100 buckets for any range from a minute to a century', () => {
    for (let span = MINUTE; span < 100 * 365 * DAY; span = Math.ceil(span * 1.37)) {
      const resolved = resolveInterval('auto', rangeOf(span));
      const lengths: Record<string, number> = { minute: MINUTE, hour: HOUR, day: DAY, week: 7 * DAY, month: 30 * DAY, year: 365 * DAY };
      const length = lengths[resolved] ?? Number(resolved.slice(0, -1)) * (resolved.endsWith('h') ? HOUR : resolved.endsWith('m') ? MINUTE : 1000);
      const buckets = Math.floor(span / length) + 1;
      expect([span, resolved, buckets >= 8 && buckets <= 100]).toEqual([span, resolved, true]);
    }
  });

  it('keeps an explicit interval, and an empty range still gets one', () => {
    expect(resolveInterval('day', rangeOf(365 * DAY))).toBe('day');
    expect(resolveInterval('3h', rangeOf(DAY))).toBe('3h');
    expect(resolveInterval('auto', { from, to: from })).toBe('1s');
  });
});

describe('intervalProblem', () => {
  it('accepts intervals within the bucket limit, auto always', () => {
    expect(intervalProblem('day', rangeOf(365 * DAY))).toBeUndefined();
    expect(intervalProblem('minute', rangeOf(16 * HOUR))).toBeUndefined();
    expect(intervalProblem('auto', rangeOf(100 * 365 * DAY))).toBeUndefined();
  });

  it('refuses an interval that makes more than 1,000 buckets, naming it and the limit', () => {
    expect(intervalProblem('minute', rangeOf(7 * DAY))).toBe(
      'The interval "minute" makes up to 10082 date buckets over the time range, more than the 1000 allowed: choose a longer interval or auto',
    );
    expect(intervalProblem('30s', rangeOf(DAY))).toMatch(/"30s" makes up to 2881 date buckets/);
    expect(intervalProblem('hour', rangeOf(365 * DAY))).toMatch(/more than the 1000 allowed/);
  });

  it('bounds calendar units by their shortest length, so no month of a range is missed', () => {
    // 1,000 days of 23 hours (a spring-forward day) fit in 958 days: the bound counts them.
    expect(maxBucketsOver('day', rangeOf(958 * DAY))).toBeGreaterThan(MAX_DATE_HISTOGRAM_BUCKETS);
    expect(maxBucketsOver('month', rangeOf(365 * DAY))).toBe(15);
    expect(maxBucketsOver('12h', rangeOf(DAY))).toBe(3);
  });

  it('names an interval it does not know', () => {
    expect(intervalProblem('fortnight' as never, rangeOf(DAY))).toMatch(/"fortnight" is not a date interval/);
  });
});

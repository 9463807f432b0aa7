import { OTHER_BUCKET_KEY } from '../../../../common/visualizations/definition';
import {
  columnFormatter,
  columnLabel,
  compactNumberFormatter,
  dateFormatter,
  dateTickFormatter,
  intervalMs,
  numberFormatter,
  precisionOf,
  termLabel,
} from './format';
import { definitionOf, TOKYO_DAY_1, UTC_DAY_1 } from './test_fixtures';

const chart = { type: 'datatable' as const, columns: ['day', 'count'] };

describe('dates', () => {
  it('reads a bucket in the user’s zone, not in UTC', () => {
    expect(dateFormatter({ timeZone: 'Asia/Tokyo', interval: 'day', locale: 'en-US' })(TOKYO_DAY_1)).toBe('Mar 4, 2024');
    expect(dateFormatter({ timeZone: 'UTC', interval: 'day', locale: 'en-US' })(TOKYO_DAY_1)).toBe('Mar 3, 2024');
  });

  it('shows as much of the date as the interval needs', () => {
    const at = Date.UTC(2024, 2, 4, 5, 0, 30);
    expect(dateFormatter({ timeZone: 'Asia/Tokyo', interval: '3h', locale: 'en-US' })(at)).toBe('Mar 4, 2024, 14:00');
    expect(dateFormatter({ timeZone: 'Asia/Tokyo', interval: '30s', locale: 'en-US' })(at)).toBe('Mar 4, 2024, 14:00:30');
    expect(dateFormatter({ timeZone: 'UTC', interval: 'month', locale: 'en-US' })(UTC_DAY_1)).toBe('Mar 2024');
    expect(dateFormatter({ timeZone: 'UTC', interval: 'year', locale: 'en-US' })(UTC_DAY_1)).toBe('2024');
  });

  it('gives an axis tick that falls between days its time', () => {
    const tick = dateTickFormatter({ timeZone: 'Asia/Tokyo', interval: 'day', locale: 'en-US' });
    expect(tick(TOKYO_DAY_1)).toBe('Mar 4');
    expect(tick(TOKYO_DAY_1 + 12 * 3_600_000)).toBe('Mar 4, 12:00');
  });

  it('knows each interval’s precision and length', () => {
    expect(precisionOf('week')).toBe('day');
    expect(precisionOf('12h')).toBe('minute');
    expect(precisionOf('2d')).toBe('day');
    expect(precisionOf(undefined)).toBe('minute');
    expect(intervalMs('3h')).toBe(3 * 3_600_000);
    expect(intervalMs('day')).toBe(86_400_000);
    expect(intervalMs('nonsense')).toBeUndefined();
  });
});

describe('numbers and terms', () => {
  it('groups thousands and keeps two decimals', () => {
    expect(numberFormatter('en-US')(1234.567)).toBe('1,234.57');
    expect(numberFormatter('de-DE')(1234.5)).toBe('1.234,5');
    expect(compactNumberFormatter('en-US')(1200)).toBe('1.2K');
  });

  it('names the Other bucket, blank keys and booleans', () => {
    expect(termLabel(OTHER_BUCKET_KEY)).toBe('Other');
    expect(termLabel('')).toBe('(empty)');
    expect(termLabel(true)).toBe('true');
    expect(termLabel(null)).toBe('—');
  });

  it('formats each column by its role and type', () => {
    const context = { timeZone: 'Asia/Tokyo', interval: 'day', locale: 'en-US' };
    expect(columnFormatter({ id: 'day', role: 'bucket', type: 'date' }, context)(TOKYO_DAY_1)).toBe('Mar 4, 2024');
    expect(columnFormatter({ id: 'count', role: 'metric', type: 'number' }, context)(1200)).toBe('1,200');
    expect(columnFormatter({ id: 'risk', role: 'metric', type: 'number' }, context)(null)).toBe('—');
    expect(columnFormatter({ id: 'port', role: 'bucket', type: 'number' }, context)(8080)).toBe('8,080');
    expect(columnFormatter({ id: 'host', role: 'bucket', type: 'string' }, context)(OTHER_BUCKET_KEY)).toBe('Other');
  });
});

describe('column labels', () => {
  it('takes the definition’s label, else the label Lens derives from its spec', () => {
    const definition = definitionOf(chart, { labels: { day: 'Day' } });
    expect(columnLabel(definition, 'day')).toBe('Day');
    expect(columnLabel(definition, 'count')).toBe('Count of records');
    expect(columnLabel(definition, 'risk')).toBe('Average of kibana.alert.risk_score');
    expect(columnLabel(definition, 'unknown')).toBe('unknown');
  });
});

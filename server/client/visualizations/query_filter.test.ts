import fc from 'fast-check';
import type { FilterSpec } from '../../../common/visualizations/definition';
import type { VisualizationField } from '../../../common/visualizations/query_api';
import { f, HttpError } from '../../core';
import { kqlToFilter, queryToFilter } from './query_filter';

const field = (name: string, type: VisualizationField['type'], extra: Partial<VisualizationField> = {}): VisualizationField => ({
  name,
  type,
  aggregatable: true,
  searchable: true,
  ...extra,
});

const fields: VisualizationField[] = [
  field('host.name', 'string'),
  field('source.ip', 'ip'),
  field('event.severity', 'number'),
  field('kibana.alert.building_block', 'boolean'),
  field('@timestamp', 'date'),
  field('message', 'string', { text: true, aggregatable: false }),
  field('kibana.alert.reason', 'string', { text: true, aggregatable: false }),
  field('raw.blob', 'string', { searchable: false }),
];

const query = (text: string) => queryToFilter({ query: { language: 'kuery', query: text } }, fields);
const column = (text: string) => kqlToFilter(text, fields, "the filter of column 'Count of records'");

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(HttpError);
    expect((e as HttpError).statusCode).toBe(400);
    return (e as HttpError).message;
  }
  throw new Error('accepted');
}

describe('queryToFilter: the KQL query', () => {
  it('is nothing for a blank query and no filters', () => {
    expect(queryToFilter({}, fields)).toEqual({});
    expect(query('  ')).toEqual({});
  });

  it('matches keyword and ip fields with terms, a trailing * with a prefix', () => {
    expect(query('host.name:web-01')).toEqual({ filter: f.term('host.name', 'web-01') });
    expect(query('host.name:web*')).toEqual({ filter: f.prefix('host.name', 'web') });
    expect(query('host.name:"web*"')).toEqual({ filter: f.term('host.name', 'web*') });
    expect(query('host.name:web\\*')).toEqual({ filter: f.term('host.name', 'web*') });
    expect(query('source.ip:10.0.0.1 or source.ip:"::1"')).toEqual({
      filter: f.or(f.term('source.ip', '10.0.0.1'), f.term('source.ip', '::1')),
    });
  });

  it.each(['host.name:*eb', 'host.name:w*b', 'host.name:web**'])('refuses the wildcard of %s', (text) => {
    expect(refusal(() => query(text))).toBe(`Only a trailing * wildcard is supported: '${text.slice(10)}' (at position 0 of the query)`);
  });

  it('refuses wildcards on fields that are not keywords', () => {
    expect(refusal(() => query('event.severity:4*'))).toBe(
      "Wildcards work only on keyword fields, and 'event.severity' is a number field: '4*' (at position 0 of the query)",
    );
    expect(refusal(() => query('source.ip:10.*'))).toMatch(/'source.ip' is a ip field/);
  });

  it('reads numbers, booleans and IP addresses as their types', () => {
    expect(query('event.severity:4 and event.severity:-1.5e2')).toEqual({
      filter: f.and(f.term('event.severity', 4), f.term('event.severity', -150)),
    });
    expect(query('kibana.alert.building_block:TRUE or kibana.alert.building_block:"false"')).toEqual({
      filter: f.or(f.term('kibana.alert.building_block', true), f.term('kibana.alert.building_block', false)),
    });
    expect(refusal(() => query('host.name:1 and event.severity:high'))).toBe(
      "Field 'event.severity' is a number field: 'high' is not a number (at position 16 of the query)",
    );
    expect(refusal(() => query('event.severity:0x10'))).toMatch(/'0x10' is not a number/);
    expect(refusal(() => query('kibana.alert.building_block:yes'))).toBe(
      "Field 'kibana.alert.building_block' is a boolean field: 'yes' is neither true nor false (at position 0 of the query)",
    );
    expect(refusal(() => query('source.ip:10.0.0.300'))).toBe(
      "Field 'source.ip' is an IP field: '10.0.0.300' is not an IP address (at position 0 of the query)",
    );
  });

  it('matches dates on their ISO instant, reading a time without an offset as UTC', () => {
    expect(query('@timestamp:2024-03-01')).toEqual({ filter: f.term('@timestamp', '2024-03-01T00:00:00.000Z') });
    expect(query('@timestamp:"2024-03-01T10:30"')).toEqual({ filter: f.term('@timestamp', '2024-03-01T10:30:00.000Z') });
    expect(query('@timestamp:"2024-03-01T10:30:00+02:00"')).toEqual({ filter: f.term('@timestamp', '2024-03-01T08:30:00.000Z') });
  });

  it.each(['5', 'yesterday', '2024-02-30', '"2024-01-01T24:00Z"', 'now-1d'])('refuses the date %s', (value) => {
    expect(refusal(() => query(`@timestamp:${value}`))).toMatch(/^Field '@timestamp' is a date field: '.*' is not a date \(write 2024-01-31 or 2024-01-31T12:00:00Z\) \(at position 0 of the query\)$/);
  });

  it('turns ranges on numbers, dates and keywords into ranges of the field type', () => {
    expect(query('event.severity >= 3 and event.severity < 7.5')).toEqual({
      filter: f.and(f.range('event.severity', { gte: 3 }), f.range('event.severity', { lt: 7.5 })),
    });
    expect(query('@timestamp > "2024-01-01T00:00:00Z" and @timestamp <= 2024-02-01')).toEqual({
      filter: f.and(f.range('@timestamp', { gt: '2024-01-01T00:00:00.000Z' }), f.range('@timestamp', { lte: '2024-02-01T00:00:00.000Z' })),
    });
    expect(query('host.name < m')).toEqual({ filter: f.range('host.name', { lt: 'm' }) });
  });

  it('refuses ranges on booleans, IP addresses and text', () => {
    expect(refusal(() => query('kibana.alert.building_block > false'))).toBe(
      "Field 'kibana.alert.building_block' is a boolean field: it has no range (at position 0 of the query)",
    );
    expect(refusal(() => query('source.ip >= 10.0.0.1'))).toMatch(/is a ip field: it has no range/);
    expect(refusal(() => query('message > a'))).toBe("Field 'message' is a full-text field: it has no range (at position 0 of the query)");
    expect(refusal(() => query('event.severity > high'))).toMatch(/'high' is not a number/);
  });

  it('maps exists, not, and, or and value lists directly', () => {
    expect(query('host.name:* and not (event.severity:1 or host.name:(a or b*))')).toEqual({
      filter: f.and(
        f.exists('host.name'),
        f.not(f.or(f.term('event.severity', 1), f.or(f.term('host.name', 'a'), f.prefix('host.name', 'b')))),
      ),
    });
    expect(query('message:*')).toEqual({ filter: f.exists('message') });
  });

  it('names an unknown field, or one that cannot be queried, and its position', () => {
    expect(refusal(() => query('host.name:a or hots.name:b'))).toBe("Unknown field 'hots.name' (at position 15 of the query)");
    expect(refusal(() => query('raw.blob:x'))).toBe("Field 'raw.blob' cannot be queried (at position 0 of the query)");
    expect(refusal(() => query('not nope:*'))).toBe("Unknown field 'nope' (at position 4 of the query)");
  });

  it('answers a syntax error with a 400 naming the position', () => {
    expect(refusal(() => query('host.name:'))).toBe("The query is not valid KQL: Expected a value after ':' at position 9");
    expect(refusal(() => queryToFilter({ query: { language: 'lucene' as 'kuery', query: 'a:b' } }, fields))).toBe(
      "The query is in lucene: only KQL ('kuery') is supported",
    );
  });

  describe('full text', () => {
    it('turns bare words and phrases AND-ed at the top into the search', () => {
      expect(query('failed login')).toEqual({ search: 'failed login' });
      expect(query('"failed login" and host.name:web and (root* and sudo)')).toEqual({
        filter: f.term('host.name', 'web'),
        search: '"failed login" root* sudo',
      });
      expect(query('*')).toStrictEqual({});
      expect(query('host.name:a and * and failed')).toStrictEqual({ filter: f.term('host.name', 'a'), search: 'failed' });
    });

    it('limits a search of one text field to it', () => {
      expect(query('message:(failed and "bad password") and event.severity > 2')).toEqual({
        filter: f.range('event.severity', { gt: 2 }),
        search: 'failed "bad password"',
        searchFields: ['message'],
      });
    });

    it('refuses words in two text fields, or in one field and everywhere', () => {
      expect(refusal(() => query('message:a and kibana.alert.reason:b'))).toBe(
        "A search can name one text field, not both 'message' and 'kibana.alert.reason' (at position 14 of the query)",
      );
      expect(refusal(() => query('message:a and b'))).toBe(
        "A search cannot cover every text field ('b') and the field 'message' together: name the field everywhere or nowhere (at position 14 of the query)",
      );
    });

    it('refuses a search under or and not, saying why', () => {
      expect(refusal(() => query('host.name:a or failed'))).toBe(
        "A full-text search (the words 'failed') cannot sit under 'or': words can only be AND-ed with the rest of the query; match a field's values instead (field:value) (at position 15 of the query)",
      );
      expect(refusal(() => query('not message:failed'))).toMatch(/^A full-text search \(the text field 'message'\) cannot sit under 'not'/);
      expect(refusal(() => query('message:(a or b)'))).toMatch(/cannot sit under 'or'/);
    });

    it('refuses wildcards inside search words', () => {
      expect(refusal(() => query('fa*led'))).toBe("Only a trailing * wildcard is supported: 'fa*led' (at position 0 of the query)");
    });
  });
});

describe('kqlToFilter: a column filter', () => {
  it('converts as the query does, naming the column in messages', () => {
    expect(column('host.name:web* and not event.severity < 2')).toEqual({
      filter: f.and(f.prefix('host.name', 'web'), f.not(f.range('event.severity', { lt: 2 }))),
    });
    expect(column('')).toEqual({});
    expect(refusal(() => column('hots.name:x'))).toBe("Unknown field 'hots.name' (at position 0 of the filter of column 'Count of records')");
    expect(refusal(() => column('a:('))).toBe(
      "The filter of column 'Count of records' is not valid KQL: Expected a value after '(' at position 2",
    );
  });

  it('refuses full-text search anywhere in it', () => {
    expect(refusal(() => column('failed'))).toBe(
      "A full-text search (the words 'failed') cannot filter a column: match a field's values instead (field:value) (at position 0 of the filter of column 'Count of records')",
    );
    expect(refusal(() => column('host.name:a and message:b'))).toMatch(/the text field 'message'\) cannot filter a column/);
  });

  it('searches when the caller allows it', () => {
    expect(kqlToFilter('failed and host.name:a', fields, 'the query', { fullText: true })).toEqual({
      filter: f.term('host.name', 'a'),
      search: 'failed',
    });
  });
});

describe('queryToFilter: filter pills', () => {
  const pills = (...filters: FilterSpec[]) => queryToFilter({ filters }, fields);

  it('maps is, is one of, exists and between, each negatable', () => {
    expect(
      pills(
        { field: 'host.name', operator: 'is', value: 'web' },
        { field: 'event.severity', operator: 'is_one_of', values: [1, '2'], negate: true },
        { field: 'source.ip', operator: 'exists' },
        { field: '@timestamp', operator: 'between', range: { gte: '2024-01-01', lt: Date.UTC(2024, 1, 1) } },
        { field: 'kibana.alert.building_block', operator: 'is', value: 'true', negate: true },
      ),
    ).toEqual({
      filter: f.and(
        f.term('host.name', 'web'),
        f.not(f.terms('event.severity', [1, 2])),
        f.exists('source.ip'),
        f.range('@timestamp', { gte: '2024-01-01T00:00:00.000Z', lt: '2024-02-01T00:00:00.000Z' }),
        f.not(f.term('kibana.alert.building_block', true)),
      ),
    });
  });

  it('ANDs the pills with the query', () => {
    expect(
      queryToFilter({ query: { language: 'kuery', query: 'host.name:a' }, filters: [{ field: 'event.severity', operator: 'is', value: 3 }] }, fields),
    ).toEqual({ filter: f.and(f.term('host.name', 'a'), f.term('event.severity', 3)) });
  });

  it('checks fields and values as the query does', () => {
    expect(refusal(() => pills({ field: 'host.name', operator: 'exists' }, { field: 'nope', operator: 'exists' }))).toBe("Unknown field 'nope' (in filter 2)");
    expect(refusal(() => pills({ field: 'event.severity', operator: 'is', value: true }))).toBe(
      "Field 'event.severity' is a number field: 'true' is not a number (in filter 1)",
    );
    expect(refusal(() => pills({ field: 'source.ip', operator: 'between', range: { gte: '10.0.0.1' } }))).toMatch(/it has no range \(in filter 1\)/);
    expect(refusal(() => pills({ field: 'event.severity', operator: 'between', range: {} }))).toBe(
      "The range on 'event.severity' has no bounds (in filter 1)",
    );
    expect(refusal(() => pills({ field: 'host.name', operator: 'is_one_of', values: [] }))).toBe("The filter on 'host.name' lists no values (in filter 1)");
  });

  it('reads is on a text field as a phrase to search, and refuses other operators there', () => {
    expect(pills({ field: 'message', operator: 'is', value: 'bad "password"' })).toEqual({ search: '"bad password"', searchFields: ['message'] });
    expect(refusal(() => pills({ field: 'message', operator: 'is', value: 'x', negate: true }))).toBe(
      "Field 'message' is a full-text field: a filter on it can only require a phrase (is), not negated 'is' (in filter 1)",
    );
    expect(refusal(() => pills({ field: 'message', operator: 'is_one_of', values: ['x'] }))).toMatch(/not 'is_one_of'/);
  });
});

describe('on any query', () => {
  it('either converts or answers a 400, never another error', () => {
    const words = ['host.name', 'event.severity', '@timestamp', 'message', 'source.ip', 'kibana.alert.building_block', 'nope'];
    const values = ['web', 'w*', '*', '4', '"2024-01-01"', 'true', '10.0.0.1', 'failed', '"a b"'];
    const condition = fc.oneof(
      fc.tuple(fc.constantFrom(...words), fc.constantFrom(':', ' > ', ' <= '), fc.constantFrom(...values)).map((parts) => parts.join('')),
      fc.constantFrom(...values),
    );
    const kql = fc.array(fc.tuple(fc.constantFrom(' and ', ' or ', ' and not ', ' or ('), condition), { maxLength: 6 }).map((parts) => parts.flat().join('').replace(/^ (and|or)( not)? /, ''));
    fc.assert(
      fc.property(fc.oneof(kql, fc.string({ maxLength: 40 })), fc.boolean(), (text, fullText) => {
        try {
          kqlToFilter(text, fields, 'the query', { fullText });
        } catch (e) {
          expect(e).toBeInstanceOf(HttpError);
          expect((e as HttpError).statusCode).toBe(400);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

import { CASE_TYPE, COMMENT_TYPE } from './__fixtures__/mock_cluster';
import { escapeSearch, searchFieldsFor, searchQuery } from './search_query';

describe('search translation', () => {
  it('escapes every simple_query_string operator but keeps a trailing * as a prefix', () => {
    expect(escapeSearch('a+b +c | (e) ~f \\g')).toBe('a\\+b \\+c \\| \\(e\\) \\~f \\\\g');
    expect(escapeSearch('  phish*   mal*ware ')).toBe('phish* mal\\*ware');
    expect(escapeSearch('-')).toBe('\\-');
    expect(escapeSearch('*')).toBe('');
  });

  it('keeps a quoted run as one phrase, as SQLite does, and an unbalanced quote as text', () => {
    expect(escapeSearch('"phishing email" ceo')).toBe('"phishing email" ceo');
    expect(escapeSearch('"a (b) | c*"')).toBe('"a \\(b\\) \\| c\\*"');
    expect(escapeSearch('"unterminated phrase')).toBe('\\"unterminated phrase');
    expect(escapeSearch('""')).toBe('');
  });

  it('searches a hyphenated word as the phrase of its parts, not as either part', () => {
    // simple_query_string would OR the analyzed parts: `ransomware-like` found every "like".
    expect(escapeSearch('ransomware-like')).toBe('"ransomware\\-like"');
    expect(escapeSearch('e-mail* -x')).toBe('e\\-mail* \\-x');
  });

  it('uses simple_query_string over the given fields with the default operator', () => {
    expect(searchQuery([CASE_TYPE], 'foo-bar baz*', ['title', 'description'], 'AND')).toEqual({
      simple_query_string: { query: '"foo\\-bar" baz*', fields: ['cases.title', 'cases.description'], default_operator: 'AND' },
    });
  });

  it('defaults to OR over every text field of every type', () => {
    expect(searchQuery([CASE_TYPE, COMMENT_TYPE], 'x', undefined)).toEqual({
      simple_query_string: { query: 'x', fields: ['cases.title', 'cases.description', 'cases-comments.comment'], default_operator: 'OR' },
    });
  });

  it('keeps boosts, skips fields a sibling type lacks, and refuses fields nobody has', () => {
    expect(searchFieldsFor([CASE_TYPE], ['title^2'])).toEqual(['cases.title^2']);
    expect(searchFieldsFor([CASE_TYPE, COMMENT_TYPE], ['comment'])).toEqual(['cases-comments.comment']);
    expect(() => searchFieldsFor([CASE_TYPE, COMMENT_TYPE], ['nope'])).toThrow(expect.objectContaining({ statusCode: 400 }));
    expect(() => searchFieldsFor([CASE_TYPE], ['severity_rank'])).toThrow(expect.objectContaining({ statusCode: 400 }));
  });

  it('blank search adds no clause', () => {
    expect(searchQuery([CASE_TYPE], '   ', undefined)).toBeUndefined();
  });
});

import { decodeOrThrow } from '../../core/codec';
import { MAX_SEARCH_PREFIX_TERMS, MAX_SEARCH_TERMS, MIN_SEARCH_PREFIX_LENGTH } from '../../constants';
import { CasesFindQueryRt } from './case';
import { searchCostError } from './search_codec';

const letters = 'abcdefghijklmnopqrstuvwxyz';

describe('search cost bounds', () => {
  it('refuses the search that stalled the server: 340 one-letter prefixes in 1,019 characters', () => {
    const search = Array.from({ length: 340 }, (_, i) => `${letters[i % 26]}*`).join(' ');
    expect(search).toHaveLength(1019);
    expect(() => decodeOrThrow(CasesFindQueryRt, { search })).toThrow(`The maximum number of terms is ${MAX_SEARCH_TERMS}.`);
  });

  it.each([
    ['phishing', undefined],
    ['"lateral movement" host-12 #42', undefined],
    ['*', undefined],
    [Array.from({ length: MAX_SEARCH_TERMS }, (_, i) => `w${i}`).join(' '), undefined],
    // Words with no letter or digit search for nothing in either store, so they cost nothing.
    [`${Array.from({ length: MAX_SEARCH_TERMS }, (_, i) => `w${i}`).join(' ')} - | ** -* ""`, undefined],
    [Array.from({ length: MAX_SEARCH_PREFIX_TERMS }, (_, i) => `pre${i}*`).join(' '), undefined],
    ['ab* 日本* éé*', undefined],
    [Array.from({ length: MAX_SEARCH_TERMS + 1 }, (_, i) => `w${i}`).join(' '), `maximum number of terms is ${MAX_SEARCH_TERMS}`],
    [Array.from({ length: MAX_SEARCH_PREFIX_TERMS + 1 }, (_, i) => `pre${i}*`).join(' '), `maximum number of prefix terms is ${MAX_SEARCH_PREFIX_TERMS}`],
    ['host a*', `at least ${MIN_SEARCH_PREFIX_LENGTH} letters or digits before the *`],
    ['ab-c*', 'The search prefix term "ab-c*" is too short'],
    ['é*', 'too short'],
  ])('%j → %s', (search, error) => {
    if (error === undefined) {
      expect(searchCostError(search)).toBeUndefined();
      expect(decodeOrThrow(CasesFindQueryRt, { search })).toEqual({ search });
    } else {
      expect(searchCostError(search)).toContain(error);
      expect(() => decodeOrThrow(CasesFindQueryRt, { search })).toThrow(error);
    }
  });

  it('cuts a long prefix term in its message', () => {
    const word = `${'x'.repeat(500)}-a*`;
    const error = searchCostError(word)!;
    expect(error).toContain(`"${'x'.repeat(47)}..."`);
    expect(error.length).toBeLessThan(200);
  });

  it('keeps the length bound', () => {
    expect(() => decodeOrThrow(CasesFindQueryRt, { search: 'x'.repeat(1025) })).toThrow('The length of the search is too long. The maximum length is 1024.');
  });
});

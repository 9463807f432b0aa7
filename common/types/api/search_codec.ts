/**
 * The free-text `search` of the find API, bounded by what it may cost. Each word is a term;
 * a word ending in `*` is a prefix term, which both stores expand to every indexed word that
 * starts with it: 340 one-letter prefixes over 5,000 cases held the server for seconds. So a
 * search has at most MAX_SEARCH_TERMS terms, at most MAX_SEARCH_PREFIX_TERMS prefixes, and a
 * prefix keeps at least MIN_SEARCH_PREFIX_LENGTH letters or digits before its `*`.
 *
 * Words are cut at whitespace, as the Elasticsearch store reads them; the SQLite store also
 * groups a quoted run, so counting words never undercounts what either store runs. A word with
 * no letter or digit searches for nothing in both and is not counted; `*` alone means "all".
 */
import * as t from 'io-ts';
import { isLeft } from 'fp-ts/lib/Either';
import { limitedString } from '../../core/codec';
import { MAX_SEARCH_LENGTH, MAX_SEARCH_PREFIX_TERMS, MAX_SEARCH_TERMS, MIN_SEARCH_PREFIX_LENGTH } from '../../constants';

const WORD_CHAR = /[\p{L}\p{N}\p{M}\p{Co}]/u;

/** How many letters and digits sit right before the trailing `*`s (and any punctuation): what the prefix expands from. */
function prefixStemLength(word: string): number {
  const chars = [...word];
  let i = chars.length - 1;
  while (i >= 0 && !WORD_CHAR.test(chars[i])) i--;
  let length = 0;
  for (; i >= 0 && WORD_CHAR.test(chars[i]); i--) length++;
  return length;
}

/** Why a search costs too much, or undefined when it is within the bounds. */
export function searchCostError(search: string): string | undefined {
  const terms = search.split(/\s+/).filter((word) => WORD_CHAR.test(word));
  if (terms.length > MAX_SEARCH_TERMS) {
    return `The search has too many terms. The maximum number of terms is ${MAX_SEARCH_TERMS}.`;
  }
  const prefixes = terms.filter((word) => word.endsWith('*'));
  if (prefixes.length > MAX_SEARCH_PREFIX_TERMS) {
    return `The search has too many prefix terms (ending in *). The maximum number of prefix terms is ${MAX_SEARCH_PREFIX_TERMS}.`;
  }
  const short = prefixes.find((word) => prefixStemLength(word) < MIN_SEARCH_PREFIX_LENGTH);
  if (short === undefined) return undefined;
  const shown = short.length > 50 ? `${short.slice(0, 47)}...` : short;
  return `The search prefix term "${shown}" is too short. A prefix term needs at least ${MIN_SEARCH_PREFIX_LENGTH} letters or digits before the *.`;
}

const SearchTextRt = limitedString('search', { max: MAX_SEARCH_LENGTH });

/** `search`: at most MAX_SEARCH_LENGTH characters, and within the cost bounds above. */
export const SearchRt = new t.Type<string, string, unknown>(
  'search',
  (u): u is string => SearchTextRt.is(u) && searchCostError(u) === undefined,
  (u, ctx) => {
    const decoded = SearchTextRt.validate(u, ctx);
    if (isLeft(decoded)) return decoded;
    const error = searchCostError(decoded.right);
    return error ? t.failure(u, ctx, error) : decoded;
  },
  t.identity,
);

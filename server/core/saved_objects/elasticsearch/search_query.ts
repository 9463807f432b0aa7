/**
 * Full-text search as `simple_query_string`, read the way the SQLite store reads it: words
 * combined by the default operator, a trailing `*` for a prefix, a double-quoted run for a
 * phrase. Everything else the syntax knows (`-`, `|`, `+`, parentheses, `~`) is escaped as text.
 */
import type { estypes } from '@elastic/elasticsearch';
import { isHttpError } from '../../errors';
import type { SavedObjectsType } from '../types';
import { esFieldFor, indexPath, typeFields } from './field_paths';

// Every character simple_query_string treats as syntax, plus the escape character itself.
const RESERVED = /[+|\-"*()~\\]/g;
// A hyphen inside a word: the analyzer splits there, and simple_query_string would then OR the
// parts. SQLite searches the word as the phrase of its parts; so does a quoted word here.
const INNER_HYPHEN = /[\p{L}\p{N}]-[\p{L}\p{N}]/u;

const escapeText = (text: string): string => text.replace(RESERVED, (c) => `\\${c}`);

function escapeWord(word: string): string {
  const prefix = word.endsWith('*') && !word.endsWith('\\*');
  const body = prefix ? word.slice(0, -1) : word;
  const escaped = escapeText(body);
  if (prefix) return escaped.length > 0 ? `${escaped}*` : '';
  return INNER_HYPHEN.test(body) ? `"${escaped}"` : escaped;
}

/** A phrase keeps its words in order; nothing inside it is syntax. */
function escapePhrase(phrase: string): string {
  const words = phrase.split(/\s+/).filter((w) => w.length > 0);
  return words.length > 0 ? `"${words.map(escapeText).join(' ')}"` : '';
}

/** Phrases and words, each escaped; empty when there is nothing to search for. */
export function escapeSearch(search: string): string {
  const parts: string[] = [];
  // A quote without its closing partner is text, as SQLite's parser reads it.
  for (const match of search.matchAll(/"([^"]*)"|(\S+)/g)) {
    parts.push(match[1] !== undefined ? escapePhrase(match[1]) : escapeWord(match[2]));
  }
  return parts.filter((p) => p.length > 0).join(' ');
}

/** `title^2` keeps its boost through the path rewrite. */
function splitBoost(raw: string): { path: string; boost: string } {
  const match = /^(.*?)(\^\d+(?:\.\d+)?)$/.exec(raw);
  return match ? { path: match[1], boost: match[2] } : { path: raw, boost: '' };
}

/**
 * The index fields searched for these types. Without `searchFields`, every text field. With
 * several types, a named field that one type lacks is skipped for that type; a field no type
 * has is a 400.
 */
export function searchFieldsFor(types: SavedObjectsType[], searchFields?: string[]): string[] {
  if (!searchFields || searchFields.length === 0) {
    return types.flatMap((type) =>
      [...typeFields(type).values()].filter((f) => f.text).map((f) => indexPath(type, f.path)),
    );
  }
  const out: string[] = [];
  for (const raw of searchFields) {
    const { path, boost } = splitBoost(raw);
    let firstError: unknown;
    let found = false;
    for (const type of types) {
      try {
        out.push(`${esFieldFor(type, path, 'search').field}${boost}`);
        found = true;
      } catch (e) {
        if (!isHttpError(e) || types.length === 1) throw e;
        firstError ??= e;
      }
    }
    if (!found) throw firstError;
  }
  return out;
}

export function searchQuery(
  types: SavedObjectsType[],
  search: string,
  searchFields: string[] | undefined,
  operator: 'AND' | 'OR' = 'OR',
): estypes.QueryDslQueryContainer | undefined {
  const query = escapeSearch(search);
  if (query.length === 0) return undefined;
  const fields = searchFieldsFor(types, searchFields);
  // With no field to look in, simple_query_string would fall back to every field: match nothing instead.
  if (fields.length === 0) return { match_none: {} };
  return { simple_query_string: { query, fields, default_operator: operator } };
}

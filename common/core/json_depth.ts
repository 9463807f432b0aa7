/**
 * How deep a JSON text nests, measured before it is parsed. Parsing, decoding and serialising
 * a value all walk it; at a few thousand levels JSON.stringify overflows the stack (a 500 from
 * an 8 KB body). Counting brackets outside strings costs one pass and no recursion, so even a
 * body made only of `[` is measured safely.
 */

/** No request body or query value of the API nests deeper than this (a lens attachment needs about 15). */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/** Whether `text` opens more than `limit` arrays or objects inside one another; malformed JSON is left to the parser. */
export function jsonDepthExceeds(text: string, limit: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > limit) return true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--;
    }
  }
  return false;
}


/**
 * The KQL subset of types.ts, parsed by hand (recursive descent over characters): no KQL
 * library on npm is kept up, and the subset is small. The parser knows no fields; which values
 * a field takes (numbers, dates, which wildcards) is the converter's business
 * (server/client/visualizations/query_filter.ts).
 *
 * As in Kibana, an unquoted value runs on across spaces until a keyword, a special character or
 * the end (`host.name:web 01 or x` matches `web 01`), so two conditions need `and` or `or`
 * between them. Keywords are whole words in any case; quote or escape (`\or`) a value that is one.
 *
 * Choices the tree's shape asks for:
 * - a leaf's position is where its own text starts: the field name of `field:value` and of a
 *   range, the value inside a `field:(a or b)` list, the word of a full-text search;
 * - an unquoted value with an escaped `\*` is literal, so it is marked `quoted` (a quoted value
 *   is literal too); one that mixes `\*` with a `*` wildcard is refused, as the tree could not tell them apart.
 */
import { KqlSyntaxError, type KqlNode } from './types';

/** Parentheses and `not`s nest at most this deep, so that no query can exhaust the stack. */
export const MAX_KQL_DEPTH = 100;

type Keyword = 'and' | 'or' | 'not';

/** A keyword is a whole word: followed by a space, a parenthesis, a quote or the end. */
const KEYWORD = /(and|or|not)(?=[\s()"]|$)/iy;
/** Characters that end an unquoted word; each can be part of one when escaped with `\`. */
const WORD_END = new Set(['(', ')', ':', '<', '>', '"', '{', '}']);
const ESCAPABLE = new Set(['\\', '(', ')', ':', '<', '>', '"', '*', '{', '}']);
const SPACE = /\s/;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** A token the next part must follow, for "Expected a query after 'and' at position 6". */
interface After {
  token: string;
  position: number;
}

/** A value or a field name as typed, unescaped. */
interface Literal {
  value: string;
  position: number;
  /** Literal throughout: quoted, or unquoted with an escaped `\*`. */
  quoted: boolean;
  /** Holds an unescaped `*`. */
  wildcard: boolean;
}

type Operand = (after: After | null) => KqlNode;

/** The query's syntax tree, or null for a blank query; throws KqlSyntaxError naming what and where. */
export function parseKql(query: string): KqlNode | null {
  if (query.trim() === '') return null;
  return new KqlParser(query).parse();
}

class KqlParser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  parse(): KqlNode {
    const node = this.disjunction(this.condition, null);
    this.skipSpace();
    if (this.pos < this.text.length) throw this.unexpected();
    return node;
  }

  // --- Boolean structure, shared by the query and by a field's value list -----------------

  private disjunction(operand: Operand, after: After | null): KqlNode {
    const nodes = [this.conjunction(operand, after)];
    for (let or = this.keyword('or'); or; or = this.keyword('or')) nodes.push(this.conjunction(operand, or));
    return nodes.length === 1 ? nodes[0] : { type: 'or', nodes };
  }

  private conjunction(operand: Operand, after: After | null): KqlNode {
    const nodes = [this.negation(operand, after)];
    for (let and = this.keyword('and'); and; and = this.keyword('and')) nodes.push(this.negation(operand, and));
    return nodes.length === 1 ? nodes[0] : { type: 'and', nodes };
  }

  private negation(operand: Operand, after: After | null): KqlNode {
    const not = this.keyword('not');
    if (!not) return operand(after);
    return this.nested(not.position, () => ({ type: 'not', node: this.negation(operand, not) }));
  }

  /** `( ... )` around a disjunction of `operand`s. */
  private group(operand: Operand): KqlNode {
    const open = this.pos;
    this.pos += 1;
    return this.nested(open, () => {
      const node = this.disjunction(operand, { token: '(', position: open });
      this.skipSpace();
      if (this.peek() === ')') {
        this.pos += 1;
        return node;
      }
      if (this.pos >= this.text.length) {
        throw new KqlSyntaxError(`Unbalanced parenthesis: '(' at position ${open} is never closed`, open);
      }
      throw this.unexpected();
    });
  }

  private nested(position: number, parse: () => KqlNode): KqlNode {
    this.depth += 1;
    if (this.depth > MAX_KQL_DEPTH) {
      throw new KqlSyntaxError(`The query nests deeper than ${MAX_KQL_DEPTH} levels (at position ${position})`, position);
    }
    const node = parse();
    this.depth -= 1;
    return node;
  }

  // --- Conditions ------------------------------------------------------------------------

  /** A parenthesised query, `field:value`, `field:(list)`, `field >= value`, or words to search. */
  private readonly condition = (after: After | null): KqlNode => {
    this.skipSpace();
    const c = this.peek();
    if (c === '(') return this.group(this.condition);
    if (c === undefined || c === ')' || this.keywordAt(this.pos)) {
      if (after) throw this.expected('a query', after);
      throw this.unexpected();
    }
    if (c === ':' || c === '<' || c === '>') {
      throw new KqlSyntaxError(`Expected a field name before '${c}' at position ${this.pos}`, this.pos);
    }
    if (c === '{' || c === '}') throw this.unexpected();

    const first = c === '"' ? this.quoted() : this.unquoted();
    this.skipSpace();
    const next = this.peek();
    if (next === ':') return this.fieldQuery(this.fieldName(first));
    if (next === '<' || next === '>') return this.range(this.fieldName(first));
    return { type: 'text', value: first.value, quoted: first.quoted, position: first.position };
  };

  private fieldQuery(field: Literal): KqlNode {
    const colon = this.pos;
    this.pos += 1;
    this.skipSpace();
    if (this.peek() === '(') return this.group(this.listValue(field.value));
    return this.valueNode(field.value, field.position, this.value({ token: ':', position: colon }));
  }

  /** One value of `field:(a or b)`, or a parenthesised group of them. */
  private listValue(field: string): Operand {
    const operand: Operand = (after) => {
      this.skipSpace();
      if (this.peek() === '(') return this.group(operand);
      const value = this.value(after ?? { token: '(', position: this.pos });
      return this.valueNode(field, value.position, value);
    };
    return operand;
  }

  private valueNode(field: string, position: number, value: Literal): KqlNode {
    if (!value.quoted && value.value === '*') return { type: 'exists', field, position };
    return { type: 'match', field, value: value.value, quoted: value.quoted, position };
  }

  private range(field: Literal): KqlNode {
    const at = this.pos;
    const symbol = this.text.startsWith('=', at + 1) ? this.text.slice(at, at + 2) : this.text[at];
    this.pos += symbol.length;
    const operators = { '>': 'gt', '>=': 'gte', '<': 'lt', '<=': 'lte' } as const;
    const value = this.value({ token: symbol, position: at });
    if (value.wildcard) {
      throw new KqlSyntaxError(`Wildcards are not allowed in a range (at position ${value.position})`, value.position);
    }
    return { type: 'range', field: field.value, operator: operators[symbol as keyof typeof operators], value: value.value, position: field.position };
  }

  private fieldName(name: Literal): Literal {
    if (name.wildcard) {
      throw new KqlSyntaxError(`Wildcards in field names are not supported (at position ${name.position})`, name.position);
    }
    if (name.value === '') throw new KqlSyntaxError(`Expected a field name before ':' at position ${this.pos}`, this.pos);
    return name;
  }

  /** The value a field is compared with. */
  private value(after: After): Literal {
    this.skipSpace();
    const c = this.peek();
    if (c === '{') {
      throw new KqlSyntaxError(`Nested field queries are not supported (at position ${this.pos})`, this.pos);
    }
    const keyword = this.keywordAt(this.pos);
    if (c === undefined || (c !== '"' && WORD_END.has(c)) || keyword) {
      const hint = keyword ? ` (quote a value that is a keyword: "${this.text.slice(this.pos, this.pos + keyword.length)}")` : '';
      throw new KqlSyntaxError(`Expected a value after '${after.token}' at position ${after.position}${hint}`, after.position);
    }
    return c === '"' ? this.quoted() : this.unquoted();
  }

  // --- Words -----------------------------------------------------------------------------

  /** `"..."` with `\"` and `\\` escapes; any other backslash is itself. */
  private quoted(): Literal {
    const open = this.pos;
    let value = '';
    for (let i = open + 1; i < this.text.length; i += 1) {
      const c = this.text[i];
      if (c === '"') {
        this.pos = i + 1;
        return { value, position: open, quoted: true, wildcard: false };
      }
      const next = this.text[i + 1];
      if (c === '\\' && (next === '"' || next === '\\')) {
        value += next;
        i += 1;
      } else {
        value += c;
      }
    }
    throw new KqlSyntaxError(`Unterminated string: '"' at position ${open} is never closed`, open);
  }

  /** Characters up to a special character, or up to spaces followed by one, by a keyword or by the end. */
  private unquoted(): Literal {
    const start = this.pos;
    let value = '';
    let wildcard = false;
    let escapedStar = false;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === '\\') {
        const escaped = this.escape();
        escapedStar ||= escaped === '*';
        value += escaped;
      } else if (SPACE.test(c)) {
        const run = this.pos;
        this.skipSpace();
        const next = this.peek();
        if (next === undefined || WORD_END.has(next) || this.keywordAt(this.pos)) {
          this.pos = run;
          break;
        }
        value += this.text.slice(run, this.pos);
      } else if (WORD_END.has(c)) {
        break;
      } else {
        wildcard ||= c === '*';
        value += c;
        this.pos += 1;
      }
    }
    if (wildcard && escapedStar) {
      throw new KqlSyntaxError(`A value cannot hold both an escaped \\* and a * wildcard (at position ${start})`, start);
    }
    return { value, position: start, quoted: escapedStar, wildcard };
  }

  /** `\` and a special character, a keyword (`\or`) or `\uXXXX`. */
  private escape(): string {
    const at = this.pos;
    const c = this.text[at + 1];
    if (c !== undefined && ESCAPABLE.has(c)) {
      this.pos += 2;
      return c;
    }
    const keyword = this.keywordAt(at + 1);
    if (keyword) {
      this.pos += 1 + keyword.length;
      return this.text.slice(at + 1, this.pos);
    }
    HEX4.lastIndex = at + 2;
    if (c === 'u' && HEX4.test(this.text)) {
      this.pos += 6;
      return String.fromCharCode(parseInt(this.text.slice(at + 2, at + 6), 16));
    }
    if (c === undefined) throw new KqlSyntaxError(`A '\\' at position ${at} escapes nothing`, at);
    throw new KqlSyntaxError(
      `Unknown escape '\\${c}' at position ${at}: escape one of \\ ( ) : < > " * { }, or quote the value`,
      at,
    );
  }

  // --- Scanning --------------------------------------------------------------------------

  private peek(): string | undefined {
    return this.text[this.pos];
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && SPACE.test(this.text[this.pos])) this.pos += 1;
  }

  private keywordAt(position: number): Keyword | null {
    KEYWORD.lastIndex = position;
    const match = KEYWORD.exec(this.text);
    return match ? (match[1].toLowerCase() as Keyword) : null;
  }

  /** Consumes `word` if it comes next. */
  private keyword(word: Keyword): After | null {
    this.skipSpace();
    if (this.keywordAt(this.pos) !== word) return null;
    const position = this.pos;
    this.pos += word.length;
    return { token: word, position };
  }

  private expected(what: string, after: After): KqlSyntaxError {
    return new KqlSyntaxError(`Expected ${what} after '${after.token}' at position ${after.position}`, after.position);
  }

  /** The character at the current position does not belong there. */
  private unexpected(): KqlSyntaxError {
    const at = this.pos;
    const keyword = this.keywordAt(at);
    if (keyword === 'not') {
      return new KqlSyntaxError(`Unexpected 'not' at position ${at} (write 'and not' or 'or not')`, at);
    }
    if (keyword) return new KqlSyntaxError(`Unexpected '${keyword}' at position ${at}`, at);
    const c = this.text[at];
    if (c === ')' || c === '{' || c === '}') return new KqlSyntaxError(`Unexpected '${c}' at position ${at}`, at);
    const hint = c === ':' ? "join conditions with 'and' or 'or', and quote a value that holds ':'" : "join conditions with 'and' or 'or'";
    return new KqlSyntaxError(`Unexpected '${c}' at position ${at} (${hint})`, at);
  }
}

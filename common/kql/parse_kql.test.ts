import fc from 'fast-check';
import { MAX_KQL_DEPTH, parseKql } from './parse_kql';
import { KqlSyntaxError, type KqlNode } from './types';

const match = (field: string, value: string, position: number, quoted = false): KqlNode => ({ type: 'match', field, value, quoted, position });
const text = (value: string, position: number, quoted = false): KqlNode => ({ type: 'text', value, quoted, position });

function syntaxError(query: string): KqlSyntaxError {
  try {
    parseKql(query);
  } catch (e) {
    if (e instanceof KqlSyntaxError) return e;
    throw e;
  }
  throw new Error(`${query} parsed`);
}

describe('parseKql', () => {
  it.each(['', '   ', '\n\t'])('reads a blank query %j as no query', (query) => {
    expect(parseKql(query)).toBeNull();
  });

  describe('conditions', () => {
    it('reads field:value with the field position', () => {
      expect(parseKql('  host.name:web-01')).toEqual(match('host.name', 'web-01', 2));
      expect(parseKql('host.name : web-01')).toEqual(match('host.name', 'web-01', 0));
    });

    it('reads an unquoted value across spaces up to a keyword', () => {
      expect(parseKql('host.name:web 01  or x')).toEqual({
        type: 'or',
        nodes: [match('host.name', 'web 01', 0), text('x', 21)],
      });
    });

    it('reads quoted values with \\" and \\\\ escapes, other backslashes as themselves', () => {
      expect(parseKql('user:"a \\"b\\" \\\\ c\\d"')).toEqual(match('user', 'a "b" \\ c\\d', 0, true));
      expect(parseKql('user:"or"')).toEqual(match('user', 'or', 0, true));
    });

    it('accepts a quoted field name', () => {
      expect(parseKql('"host name":x')).toEqual(match('host name', 'x', 0));
    });

    it('keeps wildcards in unquoted values and makes field:* an exists', () => {
      expect(parseKql('host.name:web*')).toEqual(match('host.name', 'web*', 0));
      expect(parseKql('host.name:*eb*')).toEqual(match('host.name', '*eb*', 0));
      expect(parseKql('host.name:*')).toEqual({ type: 'exists', field: 'host.name', position: 0 });
      expect(parseKql('host.name:"*"')).toEqual(match('host.name', '*', 0, true));
      expect(parseKql('web*')).toEqual(text('web*', 0));
    });

    it('unescapes special characters, keywords and \\u sequences in unquoted values', () => {
      expect(parseKql('url\\:path:a\\(b\\)\\<\\>\\{\\}\\"\\\\')).toEqual(match('url:path', 'a(b)<>{}"\\', 0));
      expect(parseKql('word:\\or')).toEqual(match('word', 'or', 0));
      expect(parseKql('word:x \\AND y')).toEqual(match('word', 'x AND y', 0));
      expect(parseKql('word:\\u00e9t\\u00E9')).toEqual(match('word', 'été', 0));
    });

    it('marks a value with an escaped * literal', () => {
      expect(parseKql('file:a\\*b')).toEqual(match('file', 'a*b', 0, true));
    });

    it.each([
      ['count > 5', 'gt', '5'],
      ['count>=5', 'gte', '5'],
      ['count < -1.5', 'lt', '-1.5'],
      ['@timestamp <= "2024-01-01T00:00:00Z"', 'lte', '2024-01-01T00:00:00Z'],
      ['host.name < m', 'lt', 'm'],
    ])('reads the range %s', (query, operator, value) => {
      const field = query.split(/[\s<>]/)[0];
      expect(parseKql(query)).toEqual({ type: 'range', field, operator, value, position: 0 });
    });

    it('reads bare words and phrases as full-text searches', () => {
      expect(parseKql('failed login')).toEqual(text('failed login', 0));
      expect(parseKql(' "failed login"')).toEqual(text('failed login', 1, true));
    });
  });

  describe('boolean structure', () => {
    it('binds and tighter than or', () => {
      expect(parseKql('a:1 or b:2 and c:3')).toEqual({
        type: 'or',
        nodes: [match('a', '1', 0), { type: 'and', nodes: [match('b', '2', 7), match('c', '3', 15)] }],
      });
      expect(parseKql('a:1 and b:2 or c:3')).toEqual({
        type: 'or',
        nodes: [{ type: 'and', nodes: [match('a', '1', 0), match('b', '2', 8)] }, match('c', '3', 15)],
      });
    });

    it('collects a chain of one operator into one node', () => {
      expect(parseKql('a:1 and b:2 and c:3')).toEqual({ type: 'and', nodes: [match('a', '1', 0), match('b', '2', 8), match('c', '3', 16)] });
    });

    it('lets parentheses override precedence', () => {
      expect(parseKql('(a:1 or b:2) and c:3')).toEqual({
        type: 'and',
        nodes: [{ type: 'or', nodes: [match('a', '1', 1), match('b', '2', 8)] }, match('c', '3', 17)],
      });
    });

    it('reads keywords in any case, next to parentheses', () => {
      expect(parseKql('NOT a:1 AnD (b:2 Or c:3)')).toEqual({
        type: 'and',
        nodes: [{ type: 'not', node: match('a', '1', 4) }, { type: 'or', nodes: [match('b', '2', 13), match('c', '3', 20)] }],
      });
      expect(parseKql('(a:1)or(b:2)')).toEqual({ type: 'or', nodes: [match('a', '1', 1), match('b', '2', 8)] });
      expect(parseKql('not(a:1)')).toEqual({ type: 'not', node: match('a', '1', 4) });
    });

    it('binds not to the next condition only', () => {
      expect(parseKql('not a:1 or b:2')).toEqual({ type: 'or', nodes: [{ type: 'not', node: match('a', '1', 4) }, match('b', '2', 11)] });
      expect(parseKql('not not a:1')).toEqual({ type: 'not', node: { type: 'not', node: match('a', '1', 8) } });
    });

    it('does not read keywords inside words', () => {
      expect(parseKql('brand:nota or x:andy')).toEqual({ type: 'or', nodes: [match('brand', 'nota', 0), match('x', 'andy', 14)] });
    });

    it('expands a value list to match nodes at each value, with the same precedence', () => {
      expect(parseKql('host.name:(a or b and c)')).toEqual({
        type: 'or',
        nodes: [match('host.name', 'a', 11), { type: 'and', nodes: [match('host.name', 'b', 16), match('host.name', 'c', 22)] }],
      });
      expect(parseKql('tags:(not "x y" or (z* and *))')).toEqual({
        type: 'or',
        nodes: [
          { type: 'not', node: match('tags', 'x y', 10, true) },
          { type: 'and', nodes: [match('tags', 'z*', 20), { type: 'exists', field: 'tags', position: 27 }] },
        ],
      });
    });
  });

  describe('bad queries', () => {
    it.each([
      ['host.name:', "Expected a value after ':' at position 9"],
      ['host.name:   and b', `Expected a value after ':' at position 9 (quote a value that is a keyword: "and")`],
      ['count >= ', "Expected a value after '>=' at position 6"],
      ['a:(', "Expected a value after '(' at position 2"],
      ['a:()', "Expected a value after '(' at position 2"],
      ['a:(b or c', "Unbalanced parenthesis: '(' at position 2 is never closed"],
      ['x and (a:1', "Unbalanced parenthesis: '(' at position 6 is never closed"],
      ['(a:1) or b)', "Unexpected ')' at position 10"],
      ['a:b and c)', "Unexpected ')' at position 9"],
      [')', "Unexpected ')' at position 0"],
      ['()', "Expected a query after '(' at position 0"],
      ['a:1 and', "Expected a query after 'and' at position 4"],
      ['a:1 or ()', "Expected a query after '(' at position 7"],
      ['not', "Expected a query after 'not' at position 0"],
      ['or a:1', "Unexpected 'or' at position 0"],
      ['a:1 not b:2', "Unexpected 'not' at position 4 (write 'and not' or 'or not')"],
      ['a:1 b:2', "Unexpected ':' at position 5 (join conditions with 'and' or 'or', and quote a value that holds ':')"],
      ['a:"x" b', "Unexpected 'b' at position 6 (join conditions with 'and' or 'or')"],
      [':x', "Expected a field name before ':' at position 0"],
      ['"":x', "Expected a field name before ':' at position 2"],
      ['>= 5', "Expected a field name before '>' at position 0"],
      ['user:{ name:x }', 'Nested field queries are not supported (at position 5)'],
      ['a:1 and user:{name:x}', 'Nested field queries are not supported (at position 13)'],
      ['{a}', "Unexpected '{' at position 0"],
      ['host.*:x', 'Wildcards in field names are not supported (at position 0)'],
      ['count > 5*', 'Wildcards are not allowed in a range (at position 8)'],
      ['a:"open', `Unterminated string: '"' at position 2 is never closed`],
      ['a:b\\', "A '\\' at position 3 escapes nothing"],
      ['a:\\q', 'Unknown escape \'\\q\' at position 2: escape one of \\ ( ) : < > " * { }, or quote the value'],
      ['a:\\*b*', 'A value cannot hold both an escaped \\* and a * wildcard (at position 2)'],
    ])('refuses %j: %s', (query, message) => {
      const error = syntaxError(query);
      expect(error.message).toBe(message);
      expect(error.position).toBe(Number(/position (\d+)/.exec(message)?.[1]));
    });

    it(`refuses nesting deeper than ${MAX_KQL_DEPTH} levels, and accepts ${MAX_KQL_DEPTH}`, () => {
      const nested = (depth: number) => `${'('.repeat(depth)}a:1${')'.repeat(depth)}`;
      expect(parseKql(nested(MAX_KQL_DEPTH))).toEqual(match('a', '1', MAX_KQL_DEPTH));
      expect(syntaxError(nested(MAX_KQL_DEPTH + 1)).message).toBe(`The query nests deeper than ${MAX_KQL_DEPTH} levels (at position ${MAX_KQL_DEPTH})`);
      expect(syntaxError('not '.repeat(100_000) + 'a:1').message).toMatch(/nests deeper/);
      expect(syntaxError(`a:${'('.repeat(100_000)}`).message).toMatch(/nests deeper/);
    });
  });

  describe('on any input', () => {
    const leaves = (node: KqlNode): KqlNode[] =>
      node.type === 'and' || node.type === 'or' ? node.nodes.flatMap(leaves) : node.type === 'not' ? leaves(node.node) : [node];

    /** Mostly KQL's own characters and words, so that random input reaches deep into the grammar. */
    const kqlish = fc
      .array(fc.oneof(fc.constantFrom(...'()":<>=*\\{} \tabxyz019.-_'.split(''), ' and ', ' or ', 'not ', 'AND', '\\u00e9'), fc.string({ maxLength: 3 })), { maxLength: 60 })
      .map((parts) => parts.join(''));

    it('either returns a tree whose leaves point into the query, or throws a KqlSyntaxError with a position in it', () => {
      fc.assert(
        fc.property(fc.oneof(kqlish, fc.string({ maxLength: 80 })), (query) => {
          let tree: KqlNode | null;
          try {
            tree = parseKql(query);
          } catch (e) {
            expect(e).toBeInstanceOf(KqlSyntaxError);
            const { position } = e as KqlSyntaxError;
            expect(position >= 0 && position <= query.length).toBe(true);
            expect((e as Error).message).toContain(`position ${position}`);
            return;
          }
          if (tree === null) return expect(query.trim()).toBe('');
          for (const leaf of leaves(tree)) {
            const { position } = leaf as { position: number };
            expect(position >= 0 && position < query.length).toBe(true);
            expect(/\s/.test(query[position])).toBe(false);
          }
        }),
        { numRuns: 3000 },
      );
    });

    it('reads long and deep inputs in linear time', () => {
      const inputs = [
        'a:b '.repeat(50_000),
        `${'x '.repeat(100_000)}`,
        Array.from({ length: 20_000 }, (_, i) => `f${i}:v${i}`).join(' or '),
        `${'('.repeat(MAX_KQL_DEPTH)}${'a:1 and '.repeat(10_000)}b:2${')'.repeat(MAX_KQL_DEPTH)}`,
        `"${'\\"'.repeat(100_000)}`,
      ];
      const started = Date.now();
      for (const input of inputs) {
        try {
          parseKql(input);
        } catch (e) {
          expect(e).toBeInstanceOf(KqlSyntaxError);
        }
      }
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });
});

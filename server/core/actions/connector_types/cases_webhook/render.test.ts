import { testEgress } from '../../../../../test/simulators/fetch_http';
import { normalizeUrl, validateAndNormalizeUrl, valueAtPath } from './checks';
import { caseView, renderNoEscape, urlView } from './render';

describe('cases webhook rendering', () => {
  it('renders a JSON string literal for each case value, escapes included', () => {
    const json = renderNoEscape('{"t":{{{case.title}}},"tags":{{{case.tags}}},"s":{{{case.severity}}}}', caseView({ title: 'a "b"\n</script>', tags: ['x y'] }));
    expect(json).toBe('{"t":"a \\"b\\"\\n</script>","tags":["x y"],"s":""}');
    expect(JSON.parse(json)).toEqual({ t: 'a "b"\n</script>', tags: ['x y'], s: '' });
  });

  it('renders nothing for inherited names instead of reaching Object', () => {
    expect(renderNoEscape('[{{case.constructor}}][{{{__proto__}}}][{{case.toString}}]', caseView({ title: 't' }))).toBe('[][][]');
  });

  it('answers a broken template with an error text (which the JSON check then refuses)', () => {
    expect(renderNoEscape('{"a":{{#case}}', {})).toMatch(/^error rendering mustache template "\{"a":\{\{#case\}\}": Unclosed section "case"/);
  });

  it('percent-encodes the id and title in URLs', () => {
    expect(renderNoEscape('https://x/{{{external.system.id}}}/{{{external.system.title}}}', urlView('a/b?c', 'K 1#'))).toBe('https://x/a%2Fb%3Fc/K%201%23');
  });
});

describe('cases webhook checks', () => {
  it('reads lodash-style paths over own keys only', () => {
    const data = { data: { items: [{ key: 'K-1' }], id: 0 } };
    expect(valueAtPath(data, 'data.items[0].key')).toBe('K-1');
    expect(valueAtPath(data, 'data.items.0.key')).toBe('K-1');
    expect(valueAtPath(data, 'data.id')).toBe(0);
    expect(valueAtPath(data, 'data.constructor')).toBeUndefined();
    expect(valueAtPath(data, 'data.items[1].key')).toBeUndefined();
  });

  it('normalizes and checks URLs in Kibana words', () => {
    expect(normalizeUrl('https://x.example//api///tickets/')).toBe('https://x.example/api/tickets');
    expect(() => validateAndNormalizeUrl('ftp://x.example/a', testEgress(), 'Get case URL')).toThrow('Invalid Get case URL: Error: Invalid protocol');
    expect(() => validateAndNormalizeUrl('nope', testEgress(), 'Get case URL')).toThrow('Invalid Get case URL: Error: Invalid URL');
  });
});

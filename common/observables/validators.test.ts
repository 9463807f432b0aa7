import { MAX_OBSERVABLE_VALUE_LENGTH } from '../constants';
import { OBSERVABLE_TYPES_BUILTIN } from './builtin_observable_types';
import { invalidObservableValueMessage, isValidObservableValue, OBSERVABLE_VALUE_CHECKS, validateObservableValue } from './validators';

const CASES: Record<string, { good: string[]; bad: string[] }> = {
  'observable-type-ipv4': {
    good: ['1.2.3.4', '0.0.0.0', '255.255.255.255', '203.0.113.7'],
    bad: ['256.1.1.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '0x7f.0.0.1', '127.1', '::1', 'not ip actually', '1.2.3.4/24'],
  },
  'observable-type-ipv6': {
    good: ['::1', '2001:db8::1', '2001:DB8:0:0:8:800:200C:417A', '::ffff:192.0.2.1', 'fe80::'],
    bad: ['1.2.3.4', '2001:db8:::1', 'fe80::1%eth0', '::ffff:0x1.2.3.4', '::ffff:1.2.3', '2001:db8::/32', 'gggg::1', 'abc'],
  },
  'observable-type-url': {
    good: ['https://example.com', 'http://example.com/a?b=c#d', 'ftp://files.example.org/x.zip', 'HTTPS://203.0.113.7:8443/login'],
    bad: ['example.com', 'http:example.com', 'javascript:alert(1)', 'file:///etc/passwd', 'https://', 'http://exa mple.com', 'https://a.com/\tb'],
  },
  'observable-type-hostname': {
    good: ['web-01', 'localhost', 'host.corp.example.com', 'a1.b2', 'xn--bcher-kva.example'],
    bad: ['-web', 'web-', 'we_b', 'a..b', 'host.', '10.0.0.1', '1234', `${'a'.repeat(64)}.com`, 'two words', '*.example.com'],
  },
  'observable-type-file-hash': {
    good: [
      'd41d8cd98f00b204e9800998ecf8427e',
      'da39a3ee5e6b4b0d3255bfef95601890afd80709',
      'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855',
      'a'.repeat(96),
      'f'.repeat(128),
      '3:AXGBicFlgVNhBGcL6wCrFQEv:AXGHsNhxLsr2C',
      `T1${'A'.repeat(70)}`,
      'b'.repeat(134),
    ],
    bad: ['d41d8cd98f00b204e9800998ecf8427', 'g'.repeat(32), 'a'.repeat(33), 'md5:abc', '0:abc:def', '3:abc', 'T1abc', 'a'.repeat(71)],
  },
  'observable-type-file-path': {
    good: ['/etc/passwd', 'C:\\Program Files\\App\\app.exe', '\\\\server\\share\\file name.doc', 'relative/path'],
    bad: ['bad\u0000path', '/tmp/a\nb', 'x'.repeat(MAX_OBSERVABLE_VALUE_LENGTH + 1)],
  },
  'observable-type-email': {
    good: ['a@example.com', 'first.last+tag@sub.example.org', "o'brien@example.ie"],
    bad: ['a@localhost', 'Name <a@example.com>', 'a@example.com, b@example.com', 'a(comment)@example.com', 'no-at-sign', '@example.com'],
  },
  'observable-type-domain': {
    good: ['example.com', 'sub.example.co.uk', 'a-b.example', 'xn--80ak6aa92e.xn--p1ai', 'EXAMPLE.COM'],
    bad: ['localhost', 'example.123', '-a.com', 'a-.com', 'a..com', 'a_b.com', 'example.com.', `${'a.'.repeat(127)}com`, 'http://example.com'],
  },
  'observable-type-agent-id': {
    good: ['8a4f500d-1a2b-4c3d-9e8f-0123456789ab', 'agent_42', 'x'],
    bad: ['two words', 'tab\there', 'bell\u0007'],
  },
};

describe('observable value validators', () => {
  it('covers every built-in type', () => {
    expect(Object.keys(CASES).sort()).toEqual(OBSERVABLE_TYPES_BUILTIN.map((t) => t.key).sort());
    expect(Object.keys(OBSERVABLE_VALUE_CHECKS).sort()).toEqual(Object.keys(CASES).sort());
  });

  describe.each(Object.entries(CASES))('%s', (typeKey, { good, bad }) => {
    it.each(good)('accepts %j', (value) => {
      expect(validateObservableValue(typeKey, value)).toBeUndefined();
    });
    it.each(bad)('refuses %j', (value) => {
      expect(validateObservableValue(typeKey, value)).toBe(invalidObservableValueMessage(value, typeKey));
    });
    it('refuses the empty string and surrounding whitespace without trimming', () => {
      const sample = good[0];
      for (const value of ['', ` ${sample}`, `${sample} `, `\t${sample}`]) expect(isValidObservableValue(typeKey, value)).toBe(false);
      expect(isValidObservableValue(typeKey, sample)).toBe(true);
    });
  });

  it('takes any printable text for a custom type', () => {
    expect(validateObservableValue('custom-ticket', 'INC-42 (ops)')).toBeUndefined();
    expect(validateObservableValue('custom-ticket', 'a\u0000b')).toBeDefined();
    expect(validateObservableValue('custom-ticket', '')).toBeDefined();
    expect(validateObservableValue('custom-ticket', ' padded')).toBeDefined();
  });

  it('does not read a check off the object prototype for a custom key', () => {
    expect(validateObservableValue('constructor', 'value')).toBeUndefined();
    expect(validateObservableValue('toString', 'a\u0001')).toBeDefined();
  });

  it("names the value and the type key in Kibana's wording", () => {
    expect(validateObservableValue('observable-type-ipv4', 'not ip')).toBe('Observable value "not ip" is not valid for selected observable type observable-type-ipv4.');
  });
});

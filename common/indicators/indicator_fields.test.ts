import { computeIndicatorName, indicatorName } from './indicator_fields';

describe('indicator names, as Kibana Threat Intelligence computes them', () => {
  it.each([
    ['ipv4-addr', { threat: { indicator: { type: 'ipv4-addr', ip: '203.0.113.7' } } }, '203.0.113.7'],
    ['ipv6-addr (dotted keys)', { 'threat.indicator.type': 'ipv6-addr', 'threat.indicator.ip': '2001:db8::1' }, '2001:db8::1'],
    ['url', { threat: { indicator: { type: 'url', url: { full: 'https://evil.example/x', domain: 'evil.example' } } } }, 'https://evil.example/x'],
    ['domain-name', { threat: { indicator: { type: 'domain-name', url: { domain: 'evil.example' } } } }, 'evil.example'],
    ['email-addr', { threat: { indicator: { type: 'email-addr', email: { address: 'a@evil.example' } } } }, 'a@evil.example'],
    ['file: sha256 before md5', { threat: { indicator: { type: 'file', file: { hash: { md5: 'm', sha256: 's' } } } } }, 's'],
    ['file: md5 when no sha256', { threat: { indicator: { type: 'file', file: { hash: { md5: 'm', sha1: 'x' } } } } }, 'm'],
    ['type in capitals', { threat: { indicator: { type: 'URL', url: { full: 'https://a.example' } } } }, 'https://a.example'],
    ['an array value: the first', { threat: { indicator: { type: 'ipv4-addr', ip: ['192.0.2.1', '192.0.2.2'] } } }, '192.0.2.1'],
    ['autonomous-system (a number)', { threat: { indicator: { type: 'autonomous-system', as: { number: 64496 } } } }, '64496'],
  ])('%s', (_label, document, expected) => {
    expect(computeIndicatorName(document)).toBe(expected);
  });

  it('names email and unknown indicators by their id, and has none for a type it does not know or a missing field', () => {
    expect(computeIndicatorName({ threat: { indicator: { type: 'unknown' } } }, 'doc-1')).toBe('doc-1');
    expect(computeIndicatorName({ threat: { indicator: { type: 'email' } } }, 'doc-2')).toBe('doc-2');
    expect(computeIndicatorName({ threat: { indicator: { type: 'software' } } })).toBeUndefined();
    expect(computeIndicatorName({ threat: { indicator: { type: 'url' } } })).toBeUndefined();
    expect(computeIndicatorName({ threat: { indicator: { ip: '192.0.2.1' } } })).toBeUndefined();
  });

  it("prefers the indicator's own name", () => {
    expect(indicatorName({ threat: { indicator: { type: 'ipv4-addr', ip: '192.0.2.1', name: 'C2 server' } } })).toBe('C2 server');
    expect(indicatorName({ threat: { indicator: { type: 'ipv4-addr', ip: '192.0.2.1', name: '' } } })).toBe('192.0.2.1');
  });
});

import { addressBucket, clientAddress, normalizeAddress, trustedProxySet } from './client_address';

describe('client address', () => {
  it('is the socket peer, whatever X-Forwarded-For says, when no proxy is trusted', () => {
    expect(clientAddress('10.0.0.9', '1.2.3.4', trustedProxySet([]))).toBe('10.0.0.9');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddress('10.0.0.9', '1.2.3.4', trustedProxySet(['10.0.0.1']))).toBe('10.0.0.9');
  });

  it('takes the hop a trusted proxy appended, not what the client put before it', () => {
    const proxies = trustedProxySet(['10.0.0.1', '10.0.0.2']);
    expect(clientAddress('10.0.0.1', '6.6.6.6, 203.0.113.7', proxies)).toBe('203.0.113.7');
    // Two proxies in a row: the outer one vouches for the client.
    expect(clientAddress('10.0.0.1', ['6.6.6.6, 203.0.113.7', '10.0.0.2'], proxies)).toBe('203.0.113.7');
  });

  it('stops at a malformed hop, keeping the last address a trusted proxy reported', () => {
    expect(clientAddress('10.0.0.1', '203.0.113.7, not-an-ip', trustedProxySet(['10.0.0.1']))).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.1', undefined, trustedProxySet(['10.0.0.1']))).toBe('10.0.0.1');
  });

  it('reads IPv4-mapped IPv6 peers as IPv4', () => {
    expect(normalizeAddress('::ffff:127.0.0.2')).toBe('127.0.0.2');
    expect(clientAddress('::ffff:10.0.0.1', '203.0.113.7', trustedProxySet(['10.0.0.1']))).toBe('203.0.113.7');
  });

  it('groups IPv6 addresses by /64 and keeps IPv4 addresses apart', () => {
    expect(addressBucket('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:DB8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
    expect(addressBucket('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressBucket('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(addressBucket('10.0.0.1')).not.toBe(addressBucket('10.0.0.2'));
  });
});

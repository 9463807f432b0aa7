import { ADDRESS_FAILURE_FACTOR, createLoginThrottle, type Lockout, type LoginSubject } from './login_throttle';

const user = (username: string): LoginSubject => ({ type: 'user', username });
const apiKey = (id: string): LoginSubject => ({ type: 'api_key', id });
const limits = { maxFailures: 3, windowMs: 60_000, initialDelayMs: 10_000, maxDelayMs: 80_000 };

function refusal(fn: () => void): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('login throttle', () => {
  const setup = (maxEntries?: number) => {
    const clock = { now: 0 };
    const lockouts: Lockout[] = [];
    const throttle = createLoginThrottle(limits, () => clock.now, { onLockout: (l) => lockouts.push(l), maxEntries });
    return { clock, throttle, lockouts };
  };

  it('locks the (user, address) pair, never the user on another address', () => {
    const { throttle } = setup();
    for (let i = 0; i < 3; i++) throttle.recordFailure(user('alice'), '10.0.0.66');
    expect(refusal(() => throttle.assertAllowed(user('alice'), '10.0.0.66'))).toMatchObject({ statusCode: 429, headers: { 'retry-after': '10' } });
    expect(() => throttle.assertAllowed(user('alice'), '10.0.0.1')).not.toThrow();
    expect(() => throttle.assertAllowed(user('bob'), '10.0.0.66')).not.toThrow();
  });

  it('doubles the delay with each further failure, up to the cap', () => {
    const { clock, throttle } = setup();
    const delays: string[] = [];
    for (let i = 0; i < 7; i++) {
      throttle.recordFailure(user('alice'), '10.0.0.66');
      const e = refusal(() => throttle.assertAllowed(user('alice'), '10.0.0.66')) as { headers: Record<string, string> } | undefined;
      delays.push(e?.headers['retry-after'] ?? '-');
      const wait = Number(e?.headers['retry-after'] ?? 0) * 1000;
      clock.now += wait;
      expect(() => throttle.assertAllowed(user('alice'), '10.0.0.66')).not.toThrow();
    }
    expect(delays).toEqual(['-', '-', '10', '20', '40', '80', '80']);
  });

  it('does not let refused attempts extend a lock', () => {
    const { clock, throttle } = setup();
    for (let i = 0; i < 3; i++) throttle.recordFailure(user('alice'), '10.0.0.66');
    for (let i = 0; i < 100; i++) expect(() => throttle.assertAllowed(user('alice'), '10.0.0.66')).toThrow();
    clock.now = 10_000;
    expect(() => throttle.assertAllowed(user('alice'), '10.0.0.66')).not.toThrow();
  });

  it('clears the pair on success, but not the address count', () => {
    const { throttle } = setup();
    throttle.recordFailure(user('alice'), '10.0.0.1');
    throttle.recordFailure(user('alice'), '10.0.0.1');
    throttle.recordSuccess(user('alice'), '10.0.0.1');
    throttle.recordFailure(user('alice'), '10.0.0.1');
    throttle.recordFailure(user('alice'), '10.0.0.1');
    expect(() => throttle.assertAllowed(user('alice'), '10.0.0.1')).not.toThrow();
    expect(throttle.sizes().addresses).toBe(1);
  });

  it('locks one address spraying many usernames at 4x the pair limit, and no other address', () => {
    const { throttle, lockouts } = setup();
    for (let i = 0; i < 3 * ADDRESS_FAILURE_FACTOR; i++) throttle.recordFailure(user(`user${i}`), '10.9.9.9');
    expect(refusal(() => throttle.assertAllowed(user('fresh'), '10.9.9.9'))).toMatchObject({ statusCode: 429 });
    expect(() => throttle.assertAllowed(user('fresh'), '10.0.0.1')).not.toThrow();
    expect(lockouts).toEqual([expect.objectContaining({ scope: 'address', address: '10.9.9.9', failures: 12, lockedUntil: 10_000 })]);
  });

  it('counts one user guessed from one address against the address limit too', () => {
    const { clock, throttle } = setup();
    for (let i = 0; i < 3 * ADDRESS_FAILURE_FACTOR; i++) {
      throttle.recordFailure(user('alice'), '10.9.9.9');
      clock.now += 30_000; // slower than a burst, within the address's window
    }
    clock.now -= 30_000;
    expect(refusal(() => throttle.assertAllowed(user('someone-else'), '10.9.9.9'))).toMatchObject({ statusCode: 429 });
  });

  it('counts wrong API-key secrets against the address, never against the key', () => {
    const { throttle, lockouts } = setup();
    for (let i = 0; i < 3; i++) throttle.recordFailure(apiKey('key1'), '10.0.0.66');
    expect(refusal(() => throttle.assertAllowed(apiKey('key1'), '10.0.0.66'))).toMatchObject({ statusCode: 429 });
    expect(() => throttle.assertAllowed(apiKey('key1'), '10.0.0.1')).not.toThrow();
    expect(lockouts).toEqual([expect.objectContaining({ scope: 'user_and_address', subject: apiKey('key1'), address: '10.0.0.66' })]);
  });

  it('treats a user and an API key id of the same name apart', () => {
    const { throttle } = setup();
    for (let i = 0; i < 3; i++) throttle.recordFailure(apiKey('alice'), '10.0.0.66');
    expect(() => throttle.assertAllowed(user('alice'), '10.0.0.66')).not.toThrow();
  });

  it('reports each lock it starts', () => {
    const { clock, throttle, lockouts } = setup();
    for (let i = 0; i < 4; i++) {
      throttle.recordFailure(user('alice'), '10.0.0.66');
      clock.now += 20_000;
    }
    expect(lockouts).toEqual([
      { scope: 'user_and_address', subject: user('alice'), address: '10.0.0.66', failures: 3, lockedUntil: 50_000 },
      { scope: 'user_and_address', subject: user('alice'), address: '10.0.0.66', failures: 4, lockedUntil: 80_000 },
    ]);
  });

  it('stays bounded under junk usernames from many addresses', () => {
    const { throttle } = setup(1_000);
    for (let i = 0; i < 20_000; i++) throttle.recordFailure(user(`junk-${i}`), `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    const { pairs, addresses } = throttle.sizes();
    expect(pairs).toBeLessThanOrEqual(1_000);
    expect(addresses).toBeLessThanOrEqual(1_000);
  });

  it('treats one IPv6 /64 as one address', () => {
    const { throttle } = setup();
    for (let i = 0; i < 3 * ADDRESS_FAILURE_FACTOR; i++) throttle.recordFailure(user(`u${i}`), `2001:db8:0:1::${i.toString(16)}`);
    expect(refusal(() => throttle.assertAllowed(user('fresh'), '2001:db8:0:1::ffff'))).toMatchObject({ statusCode: 429 });
    expect(() => throttle.assertAllowed(user('fresh'), '2001:db8:0:2::1')).not.toThrow();
  });
});

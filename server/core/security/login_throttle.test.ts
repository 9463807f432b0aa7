import { createLoginThrottle, IP_FAILURE_FACTOR } from './login_throttle';

describe('login throttle', () => {
  const setup = () => {
    const clock = { now: 0 };
    return { clock, throttle: createLoginThrottle({ maxFailures: 3, windowMs: 60_000 }, () => clock.now) };
  };

  it('refuses a username with 429 and Retry-After after maxFailures, until the window passes', () => {
    const { clock, throttle } = setup();
    for (let i = 0; i < 3; i++) {
      throttle.assertAllowed('alice', '10.0.0.1');
      throttle.recordFailure('alice', '10.0.0.1');
    }
    clock.now = 15_000;
    let error: unknown;
    try {
      throttle.assertAllowed('alice', '10.0.0.2');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ statusCode: 429, headers: { 'retry-after': '45' } });
    expect(() => throttle.assertAllowed('bob', '10.0.0.2')).not.toThrow();
    clock.now = 60_000;
    expect(() => throttle.assertAllowed('alice', '10.0.0.2')).not.toThrow();
  });

  it('resets the username count on success', () => {
    const { throttle } = setup();
    throttle.recordFailure('alice', 'ip');
    throttle.recordFailure('alice', 'ip');
    throttle.recordSuccess('alice');
    throttle.recordFailure('alice', 'ip');
    throttle.recordFailure('alice', 'ip');
    expect(() => throttle.assertAllowed('alice', 'other')).not.toThrow();
  });

  it('limits one address spraying many usernames at 4x the per-user limit', () => {
    const { throttle } = setup();
    for (let i = 0; i < 3 * IP_FAILURE_FACTOR; i++) throttle.recordFailure(`user${i}`, '10.9.9.9');
    expect(() => throttle.assertAllowed('fresh', '10.9.9.9')).toThrow(expect.objectContaining({ statusCode: 429 }));
    expect(() => throttle.assertAllowed('fresh', '10.0.0.1')).not.toThrow();
  });
});

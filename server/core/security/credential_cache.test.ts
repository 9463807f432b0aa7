import { createCredentialCache } from './credential_cache';
import type { AuthenticatedUser } from './types';

const user = (username: string, apiKeyId?: string) => ({ username, ...(apiKeyId ? { api_key: { id: apiKeyId, name: 'k' } } : {}) }) as AuthenticatedUser;

describe('credential cache', () => {
  it('expires entries after the TTL or at the given bound', () => {
    const clock = { now: 0 };
    const cache = createCredentialCache(() => clock.now, 1000);
    cache.set('a', user('alice'), cache.currentEpoch());
    cache.set('b', user('bob'), cache.currentEpoch(), 500);
    clock.now = 499;
    expect(cache.get('b')).toBeDefined();
    clock.now = 500;
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    clock.now = 1000;
    expect(cache.get('a')).toBeUndefined();
  });

  it('flushes by user and by API key', () => {
    const cache = createCredentialCache(() => 0);
    cache.set('a', user('alice'), 0);
    cache.set('k', user('alice', 'key1'), 0);
    cache.set('b', user('bob'), 0);
    cache.flushApiKey('key1');
    expect(cache.get('k')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    cache.flushUser('alice');
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBeDefined();
  });

  it('does not cache an answer verified before a flush', () => {
    const cache = createCredentialCache(() => 0);
    const epoch = cache.currentEpoch();
    cache.flushUser('alice');
    cache.set('a', user('alice'), epoch);
    expect(cache.get('a')).toBeUndefined();
  });
});

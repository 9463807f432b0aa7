import { clearSessionCookie, readSessionCookie, serializeSessionCookie } from './session_cookie';

const id = 'A'.repeat(43);

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Strict, site-wide, and lives as long as the session lifespan', () => {
    expect(serializeSessionCookie({ cookieName: 'sid', secureCookies: false }, id, 30 * 86_400_000)).toBe(
      `sid=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=2592000`,
    );
  });

  it('adds Secure when configured', () => {
    expect(serializeSessionCookie({ cookieName: 'sid', secureCookies: true }, id, 1000)).toMatch(/; Secure$/);
  });

  it('is cleared with Max-Age=0', () => {
    expect(clearSessionCookie({ cookieName: 'sid', secureCookies: false })).toBe('sid=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0');
  });

  it('is read among other cookies, and ignored when malformed', () => {
    expect(readSessionCookie(`theme=dark; sid=${id}; x=1`, 'sid')).toBe(id);
    expect(readSessionCookie(['a=1', `sid=${id}`], 'sid')).toBe(id);
    expect(readSessionCookie('sid=short', 'sid')).toBeUndefined();
    expect(readSessionCookie(`xsid=${id}`, 'sid')).toBeUndefined();
    expect(readSessionCookie(undefined, 'sid')).toBeUndefined();
  });
});

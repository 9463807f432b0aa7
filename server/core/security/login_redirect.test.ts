import { postLoginLocation as withDefault } from './login_redirect';

const DEFAULT_LOCATION = '/app/home';
const postLoginLocation = (currentURL: string) => withDefault(currentURL, DEFAULT_LOCATION);

const login = (next: string) => `http://localhost:5601/login?next=${encodeURIComponent(next)}`;

describe('postLoginLocation', () => {
  it('returns a same-origin next path, with its query and hash', () => {
    expect(postLoginLocation(login('/app/notes/123?x=1#top'))).toBe('/app/notes/123?x=1#top');
    expect(postLoginLocation(login('/s/marketing/app/notes'))).toBe('/s/marketing/app/notes');
  });

  it('falls back to the app without a next parameter or with an unparseable URL', () => {
    expect(postLoginLocation('http://localhost:5601/login')).toBe(DEFAULT_LOCATION);
    expect(postLoginLocation('')).toBe(DEFAULT_LOCATION);
    expect(postLoginLocation('http://[::1')).toBe(DEFAULT_LOCATION);
  });

  it.each(['//evil.com', '/\\evil.com', 'https://evil.com', 'javascript:alert(1)', 'app/cases', '/\t/evil.com', ' /app'])(
    'never redirects off-site: %p',
    (next) => {
      expect(postLoginLocation(login(next))).toBe(DEFAULT_LOCATION);
    },
  );

  it('percent-encodes a next path outside ASCII, so the location stays on our origin and in ASCII', () => {
    expect(postLoginLocation(login('/\u3002evil.example'))).toBe('/%E3%80%82evil.example');
    expect(postLoginLocation(login('/app/cases?q=\u00e9#\u00e9'))).toBe('/app/cases?q=%C3%A9#%C3%A9');
  });

  it.each(['/a/..//evil.com', '/.//evil.com', '/%2e%2e//evil.com', '/a/%2e%2e//evil.com'])(
    'resolves dot segments before judging, as the browser will: %p',
    (next) => {
      expect(postLoginLocation(login(next))).toBe(DEFAULT_LOCATION);
    },
  );

  it('keeps encoded control characters encoded, never as raw bytes in the header', () => {
    expect(postLoginLocation(login('/%0d%0aSet-Cookie:x'))).toBe('/%0d%0aSet-Cookie:x');
  });
});

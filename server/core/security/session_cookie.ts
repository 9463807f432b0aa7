/**
 * The session cookie, read and written by hand: it is our only cookie and its value is always
 * base64url, so a full RFC 6265 parser would add nothing but surface.
 */
const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface CookieSettings {
  cookieName: string;
  secureCookies: boolean;
}

function attributes(settings: CookieSettings, maxAgeSeconds: number): string {
  const parts = ['Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`];
  if (settings.secureCookies) parts.push('Secure');
  return parts.join('; ');
}

export const serializeSessionCookie = (settings: CookieSettings, sessionId: string, lifespanMs: number): string =>
  `${settings.cookieName}=${sessionId}; ${attributes(settings, Math.floor(lifespanMs / 1000))}`;

export const clearSessionCookie = (settings: CookieSettings): string =>
  `${settings.cookieName}=; ${attributes(settings, 0)}`;

/** The session id from a Cookie header, or undefined when absent or not one of ours. */
export function readSessionCookie(header: string | string[] | undefined, cookieName: string): string | undefined {
  if (header === undefined) return undefined;
  const joined = Array.isArray(header) ? header.join('; ') : header;
  for (const pair of joined.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== cookieName) continue;
    const value = pair.slice(eq + 1).trim();
    if (SESSION_ID_PATTERN.test(value)) return value;
  }
  return undefined;
}

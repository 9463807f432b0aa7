/**
 * The two Authorization schemes Elasticsearch accepts and Kibana forwards: `Basic
 * base64(username:password)` and `ApiKey base64(id:key)`. Anything else is a bad credential.
 */
import { unauthorized } from '../errors';
import { USERNAME_PATTERN } from './user_store';

export type HeaderCredentials =
  | { scheme: 'basic'; username: string; password: string }
  | { scheme: 'apiKey'; id: string; key: string };

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const API_KEY_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_SECRET_LENGTH = 2048;

function decodePair(encoded: string): [string, string] | undefined {
  if (!BASE64.test(encoded)) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  // The password may itself contain ':'; only the first one separates.
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  return [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

/** Throws 401 when the header is not a well-formed Basic or ApiKey credential. */
export function parseAuthorizationHeader(header: string): HeaderCredentials {
  const space = header.indexOf(' ');
  const scheme = space > 0 ? header.slice(0, space).toLowerCase() : '';
  const pair = decodePair(header.slice(space + 1).trim());
  if (pair && pair[1].length > 0 && pair[1].length <= MAX_SECRET_LENGTH) {
    const [first, secret] = pair;
    if (scheme === 'basic' && USERNAME_PATTERN.test(first)) return { scheme: 'basic', username: first, password: secret };
    if (scheme === 'apikey' && API_KEY_ID.test(first)) return { scheme: 'apiKey', id: first, key: secret };
  }
  throw unauthorized();
}

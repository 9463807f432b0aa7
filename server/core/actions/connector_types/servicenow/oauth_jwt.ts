/**
 * ServiceNow's OAuth "JWT bearer" grant, as Kibana's getOAuthJwtAccessToken does it: an RS256
 * assertion (iss = aud = clientId, sub = userIdentifierValue, kid = jwtKeyId, one hour) signed
 * with the connector's private key, exchanged at `<apiUrl>/oauth_token.do` together with the
 * client id and secret. The answer's `<token_type> <access_token>` is the Authorization header.
 * Kibana keeps the token in a saved object until it expires; we ask once per execution.
 */
import { createPrivateKey, createSign } from 'node:crypto';
import { ConnectorError } from '../../errors';
import type { ConnectorHttp } from '../../types';

export const OAUTH_JWT_BEARER_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const ASSERTION_LIFETIME_SECONDS = 3600;

export interface OAuthJwtCredentials {
  clientId: string;
  jwtKeyId: string;
  userIdentifierValue: string;
  clientSecret: string;
  privateKey: string;
  privateKeyPassword: string | null;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export function createJwtAssertion(credentials: OAuthJwtCredentials, now = Date.now()): string {
  const iat = Math.floor(now / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid: credentials.jwtKeyId };
  const payload = { sub: credentials.userIdentifierValue, aud: credentials.clientId, iss: credentials.clientId, iat, exp: iat + ASSERTION_LIFETIME_SECONDS };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  try {
    const key = createPrivateKey(credentials.privateKeyPassword ? { key: credentials.privateKey, passphrase: credentials.privateKeyPassword } : credentials.privateKey);
    const signature = createSign('RSA-SHA256').update(signingInput).sign(key);
    return `${signingInput}.${base64url(signature)}`;
  } catch (e) {
    // node's key errors name the problem (bad decrypt, unsupported format), never the key itself.
    throw new ConnectorError(`Unable to generate JWT token. Error: ${(e as Error).message}`, { retry: false });
  }
}

/** Exchanges a fresh assertion for an access token; returns the Authorization header value. */
export async function requestOAuthJwtToken(http: ConnectorHttp, tokenUrl: string, credentials: OAuthJwtCredentials): Promise<string> {
  const form = new URLSearchParams({
    assertion: createJwtAssertion(credentials),
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
    grant_type: OAUTH_JWT_BEARER_GRANT_TYPE,
  });
  const res = await http.request({
    method: 'POST',
    url: tokenUrl,
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' },
    body: form.toString(),
  });
  const data = res.data as { access_token?: unknown; token_type?: unknown };
  if (typeof data !== 'object' || data === null || typeof data.access_token !== 'string' || typeof data.token_type !== 'string') {
    throw new ConnectorError('Unable to retrieve access token: the token endpoint answered without access_token and token_type');
  }
  return `${data.token_type} ${data.access_token}`;
}

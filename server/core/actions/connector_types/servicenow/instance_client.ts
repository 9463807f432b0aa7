/**
 * One ServiceNow instance as a connector reaches it: the base URL (Kibana drops one trailing
 * slash), the credentials on every request (Basic, or an OAuth JWT-bearer token fetched on the
 * first request of an execution), and Kibana's check that a 2xx answer carries `result`.
 */
import { ConnectorError } from '../../errors';
import type { ConnectorHttp, ConnectorHttpResponse } from '../../types';
import { SERVICENOW_ERROR_NAME } from './config';
import { requestOAuthJwtToken } from './oauth_jwt';
import type { ServiceNowConfig, ServiceNowSecrets } from './schema';

export interface InstanceClient {
  /** The instance URL without its trailing slash. */
  baseUrl: string;
  request(method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown): Promise<ConnectorHttpResponse>;
  /** Throws Kibana's "There is an issue with your Service Now Instance" when a 2xx answer lacks `result`. */
  checkInstance(res: ConnectorHttpResponse): void;
}

/** Kibana refuses to run with half a set of credentials, before any request. */
export function assertCredentials(config: ServiceNowConfig, secrets: ServiceNowSecrets): void {
  const { apiUrl, isOAuth, clientId, jwtKeyId, userIdentifierValue } = config;
  const { username, password, clientSecret, privateKey } = secrets;
  const basicMissing = !isOAuth && (!username || !password);
  const oauthMissing = isOAuth && (!clientSecret || !privateKey || !clientId || !jwtKeyId || !userIdentifierValue);
  if (!apiUrl || basicMissing || oauthMissing) throw new ConnectorError(`[Action]${SERVICENOW_ERROR_NAME}: Wrong configuration.`, { retry: false });
}

export function createInstanceClient(http: ConnectorHttp, config: ServiceNowConfig, secrets: ServiceNowSecrets): InstanceClient {
  assertCredentials(config, secrets);
  const baseUrl = config.apiUrl.endsWith('/') ? config.apiUrl.slice(0, -1) : config.apiUrl;
  let token: Promise<string> | undefined;

  const authorization = async (): Promise<Pick<Parameters<ConnectorHttp['request']>[0], 'auth' | 'headers'>> => {
    if (!config.isOAuth) return { auth: { username: secrets.username as string, password: secrets.password as string } };
    token ??= requestOAuthJwtToken(http, `${baseUrl}/oauth_token.do`, {
      clientId: config.clientId as string,
      jwtKeyId: config.jwtKeyId as string,
      userIdentifierValue: config.userIdentifierValue as string,
      clientSecret: secrets.clientSecret as string,
      privateKey: secrets.privateKey as string,
      privateKeyPassword: secrets.privateKeyPassword,
    });
    // A refused token must not be reused by the next request of this execution.
    token.catch(() => (token = undefined));
    return { headers: { authorization: await token } };
  };

  const hostname = (() => {
    try {
      return new URL(baseUrl).hostname;
    } catch {
      return '';
    }
  })();

  return {
    baseUrl,
    async request(method, url, body) {
      const { auth, headers } = await authorization();
      return http.request({ method, url, auth, headers: { accept: 'application/json', ...headers }, ...(body === undefined ? {} : { body }) });
    },
    checkInstance(res) {
      const result = typeof res.data === 'object' && res.data !== null ? (res.data as { result?: unknown }).result : undefined;
      if (res.status >= 200 && res.status < 400 && result == null) {
        // A hibernating developer instance answers 200 with an HTML page.
        throw new ConnectorError(`There is an issue with your Service Now Instance. Please check ${hostname}.`);
      }
    },
  };
}

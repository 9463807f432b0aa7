/**
 * A plain ConnectorHttp for connector-type unit tests: the same contract as the platform's
 * client (2xx resolves, anything else rejects with axios's words) without egress rules, TLS
 * settings or retries, which the platform's own tests cover. API tests use the real one.
 */
import { ConnectorHttpError, EgressRefusedError } from '../../server/core/actions/errors';
import type { ConnectorHttp, ConnectorHttpResponse, EgressRules } from '../../server/core/actions/types';

export function fetchHttp(): ConnectorHttp & { calls: number } {
  const client = {
    calls: 0,
    async request({ method, url, headers = {}, body, auth }: Parameters<ConnectorHttp['request']>[0]): Promise<ConnectorHttpResponse> {
      client.calls += 1;
      const sent: Record<string, string> = { ...headers };
      if (auth) sent.authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
      let payload: string | undefined;
      if (body !== undefined) {
        payload = typeof body === 'string' ? body : JSON.stringify(body);
        if (typeof body !== 'string' && !Object.keys(sent).some((k) => k.toLowerCase() === 'content-type')) sent['content-type'] = 'application/json';
      }
      let response: Response;
      try {
        response = await fetch(url, { method, headers: sent, body: payload, signal: AbortSignal.timeout(5_000) });
      } catch (e) {
        throw new ConnectorHttpError((e as Error).message, { code: 'ECONNREFUSED', cause: e });
      }
      const text = await response.text();
      const responseHeaders = Object.fromEntries([...response.headers.entries()].map(([k, v]) => [k.toLowerCase(), v]));
      let data: unknown = text;
      if (responseHeaders['content-type']?.includes('json') && text !== '') {
        try {
          data = JSON.parse(text);
        } catch {
          data = text;
        }
      }
      if (response.status < 200 || response.status > 299) {
        throw new ConnectorHttpError(`Request failed with status code ${response.status}`, { status: response.status, statusText: response.statusText, data });
      }
      return { status: response.status, statusText: response.statusText, headers: responseHeaders, data };
    },
  };
  return client;
}

/** Egress rules that allow everything, or only the hostnames given. */
export function testEgress(allowed: string[] = ['*']): EgressRules {
  const hostAllowed = (host: string) => allowed.includes('*') || allowed.includes(host);
  const urlHost = (url: string) => {
    try {
      return new URL(url).hostname;
    } catch {
      return undefined;
    }
  };
  return {
    isUrlAllowed: (url) => {
      const host = urlHost(url);
      return host !== undefined && hostAllowed(host);
    },
    assertUrlAllowed(url) {
      const host = urlHost(url);
      if (host === undefined || !hostAllowed(host)) throw new EgressRefusedError(`target url "${url}" is not added to the Kibana config xpack.actions.allowedHosts`);
    },
    assertHostAllowed(host) {
      if (!hostAllowed(host)) throw new EgressRefusedError(`target hostname "${host}" is not added to the Kibana config xpack.actions.allowedHosts`);
    },
  };
}

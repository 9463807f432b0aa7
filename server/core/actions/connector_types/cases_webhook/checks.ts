/**
 * The checks Kibana's cases webhook runs around each request: a rendered URL must be http(s)
 * on an allowed host (then loses its trailing slash and doubled slashes), a rendered body must
 * be JSON, and an answer must be JSON holding the keys the config points at. Their texts are
 * Kibana's, because a user configuring the webhook reads them in the test tab.
 */
import type { ConnectorHttpResponse, EgressRules } from '../../types';

const VALID_PROTOCOLS = ['http:', 'https:'];

export function normalizeUrl(url: string): string {
  const withoutTrailingSlash = url.endsWith('/') ? url.slice(0, -1) : url;
  return withoutTrailingSlash.replace(/([^:]\/)\/+/g, '$1');
}

/** `Invalid <what>: Error: <why>`, as Kibana's validateAndNormalizeUrl. */
export function validateAndNormalizeUrl(url: string, egress: EgressRules, what: string): string {
  try {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error('Invalid URL');
    }
    if (!parsed.hostname) throw new Error('URL must contain hostname');
    if (!VALID_PROTOCOLS.includes(parsed.protocol)) throw new Error('Invalid protocol');
    try {
      egress.assertUrlAllowed(url);
    } catch (e) {
      throw new Error(`error configuring connector action: ${(e as Error).message}`);
    }
    return normalizeUrl(url);
  } catch (e) {
    throw new Error(`Invalid ${what}: ${String(e)}`);
  }
}

export function validateJson(json: string, what: string): void {
  try {
    JSON.parse(json);
  } catch {
    throw new Error(`JSON Error: ${what} must be valid JSON`);
  }
}

/**
 * lodash `get` over own keys only: `data.id`, `issues[0].key`, `a.0.b`. Inherited names
 * (`constructor`) are not part of an answer, so they read as missing.
 */
export function valueAtPath(data: unknown, path: string): unknown {
  const keys = path.split(/[.[\]]/).filter((k) => k !== '');
  let current: unknown = data;
  for (const key of keys) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Kibana's `${value}`: the external id and title are read as text whatever their JSON type. */
export function stringAtPath(data: unknown, path: string): string | undefined {
  const value = valueAtPath(data, path);
  return value === undefined ? undefined : String(value);
}

const isEmptyValue = (data: unknown) =>
  data === null || data === undefined || data === '' || (Array.isArray(data) ? data.length === 0 : typeof data === 'object' && Object.keys(data).length === 0);

/** Kibana's throwDescriptiveErrorIfResponseIsNotValid: a 204 may be empty; anything else must be a JSON object with `required`. */
export function checkResponse(res: ConnectorHttpResponse, method: string, url: string, required: string[] = []): void {
  if (res.status === 204 && isEmptyValue(res.data) && required.length === 0) return;
  const contentType = res.headers['content-type'];
  if (contentType == null) throw new Error(`Missing content type header in ${method} ${url}. Supported content types: application/json`);
  if (!contentType.includes('application/json')) throw new Error(`Unsupported content type: ${contentType} in ${method} ${url}. Supported content types: application/json`);
  if (!isEmptyValue(res.data) && (res.data === null || typeof res.data !== 'object')) throw new Error('Response is not a valid JSON');
  const missing = required.filter((key) => stringAtPath(res.data, key) === undefined);
  if (missing.length > 0) throw new Error(`Response is missing the expected ${missing.length > 1 ? 'fields' : 'field'}: ${missing.join(', ')}`);
}

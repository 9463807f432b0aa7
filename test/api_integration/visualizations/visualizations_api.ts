/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked against the contract, not typed */
/**
 * What the visualization query tests share: a fixed table of alerts and events whose every
 * expected number is worked out by hand below, the query call (its answer checked against
 * docs/openapi.yaml by `api.call`, its body against the request schema), and users with
 * chosen privileges. Each suite works in its own space.
 */
import { expectStatus, spacePath, RUN, type ApiAnswer, type CasesTestServer } from '../cases/cases_api';
import { alertsApi, documentedBodyErrors, type AlertsApi } from '../alerts/alerts_api';

export const QUERY_URL = '/internal/cases/visualizations/_query';
export const DATA_SOURCES_URL = '/internal/cases/visualizations/data_sources';

/**
 * Eleven alerts over four days (the tests' time range, January 1st to 4th 2024, the 4th empty):
 *
 *   #  @timestamp (UTC)    host  user  severity  risk  event.category      rule
 *   1  01-01 01:00         h1    u1    high      10    process             brute force
 *   2  01-01 05:00         h1    u2    low       20    process, network    brute force
 *   3  01-01 07:00         h2    u1    high      30    network             brute force
 *   4  01-02 02:00         h1    u1    low       40    file                brute force
 *   5  01-02 03:00         h3    u3    high      50    -                   malware
 *   6  01-02 09:00         h3    u1    medium    60    process             malware
 *   7  01-02 10:00         h4    u1    low       70    process             malware
 *   8  01-03 12:00         h1    u2    high      80    network             malware
 *   9  2023-12-31 23:00    h1    u1    high      90    -                   malware   (before the range)
 *  10  01-03 13:00         h2    u5    low       -     file                malware
 *  11  01-03 14:00         -     u1    low       5     -                   malware
 */
const TABLE: Array<[string, string | undefined, string, string, number | undefined, string[]]> = [
  ['2024-01-01T01:00:00.000Z', 'h1', 'u1', 'high', 10, ['process']],
  ['2024-01-01T05:00:00.000Z', 'h1', 'u2', 'low', 20, ['process', 'network']],
  ['2024-01-01T07:00:00.000Z', 'h2', 'u1', 'high', 30, ['network']],
  ['2024-01-02T02:00:00.000Z', 'h1', 'u1', 'low', 40, ['file']],
  ['2024-01-02T03:00:00.000Z', 'h3', 'u3', 'high', 50, []],
  ['2024-01-02T09:00:00.000Z', 'h3', 'u1', 'medium', 60, ['process']],
  ['2024-01-02T10:00:00.000Z', 'h4', 'u1', 'low', 70, ['process']],
  ['2024-01-03T12:00:00.000Z', 'h1', 'u2', 'high', 80, ['network']],
  ['2023-12-31T23:00:00.000Z', 'h1', 'u1', 'high', 90, []],
  ['2024-01-03T13:00:00.000Z', 'h2', 'u5', 'low', undefined, ['file']],
  ['2024-01-03T14:00:00.000Z', undefined, 'u1', 'low', 5, []],
];

export function fixedAlerts(prefix: string): Array<Record<string, unknown>> {
  return TABLE.map(([timestamp, host, user, severity, risk, categories], i) => {
    const rule = i < 4 ? 'brute force' : 'malware';
    return {
      '@timestamp': timestamp,
      kibana: {
        alert: {
          uuid: `${prefix}-${RUN}-${i + 1}`,
          rule: { name: rule, uuid: `rule-${rule}` },
          severity,
          ...(risk === undefined ? {} : { risk_score: risk }),
          reason: `${rule} alert ${i + 1}`,
        },
      },
      ...(host ? { host: { name: host } } : {}),
      user: { name: user },
      ...(categories.length > 0 ? { event: { category: categories } } : {}),
    };
  });
}

/**
 * Five events: host e1 has three (process, process, network) of users u1, u2, u1; host e2 two
 * (dns, dns) of user u3; one on January 2nd, the rest on the 1st.
 */
export function fixedEvents(prefix: string): Array<Record<string, unknown>> {
  const rows: Array<[string, string, string, string]> = [
    ['2024-01-01T01:00:00.000Z', 'e1', 'u1', 'process'],
    ['2024-01-01T02:00:00.000Z', 'e1', 'u2', 'process'],
    ['2024-01-01T03:00:00.000Z', 'e1', 'u1', 'network'],
    ['2024-01-01T04:00:00.000Z', 'e2', 'u3', 'dns'],
    ['2024-01-02T04:00:00.000Z', 'e2', 'u3', 'dns'],
  ];
  return rows.map(([timestamp, host, user, category], i) => ({
    '@timestamp': timestamp,
    event: { id: `${prefix}-${RUN}-${i + 1}`, kind: 'event', category: [category] },
    host: { name: host },
    user: { name: user },
    message: `event ${i + 1} on ${host}`,
  }));
}

export const DAY = (day: number) => Date.UTC(2024, 0, day);
export const TIME_RANGE = { from: '2024-01-01T00:00:00.000Z', to: '2024-01-04T23:59:59.999Z' };

export const perDay = { id: 'day', type: 'date_histogram', field: '@timestamp', interval: 'day' } as const;
export const topHosts = (size: number, extra: Record<string, unknown> = {}) =>
  ({ id: 'host', type: 'terms', field: 'host.name', size, orderBy: { type: 'count' }, direction: 'desc', ...extra }) as const;

export const queryBody = (over: Record<string, unknown>) => ({
  source: 'alerts',
  timeRange: TIME_RANGE,
  buckets: [],
  metrics: [{ id: 'count', operation: 'count' }],
  ...over,
});

export interface VisualizationsApi extends AlertsApi {
  /** Queries in the suite's space as the superuser (or `headers`' caller); a 200 must come from a body the document accepts. */
  query(body: Record<string, unknown>, headers?: Record<string, string>, space?: string): Promise<ApiAnswer>;
  /** The rows of a query that must succeed. */
  rows(body: Record<string, unknown>): Promise<Array<Record<string, unknown>>>;
  dataSources(headers?: Record<string, string>, space?: string): Promise<ApiAnswer>;
  createSpace(): Promise<void>;
}

export function visualizationsApi(api: CasesTestServer, label: string): VisualizationsApi {
  const alerts = alertsApi(api, label);
  const query = async (body: Record<string, unknown>, headers: Record<string, string> = {}, space = alerts.space) => {
    const answer = await api.call('POST', spacePath(space, QUERY_URL), { body, headers });
    const errors = documentedBodyErrors('POST', QUERY_URL, body);
    if (answer.status === 200 && errors.length > 0) throw new Error(`the server answered a body docs/openapi.yaml refuses:\n  ${errors.join('\n  ')}`);
    return answer;
  };
  return {
    ...alerts,
    query,
    rows: async (body) => {
      const answer = await query(body);
      expectStatus(answer, 200);
      return answer.body.rows;
    },
    dataSources: (headers = {}, space = alerts.space) => api.call('GET', spacePath(space, DATA_SOURCES_URL), { headers }),
  };
}

export const basicAuth = (username: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` });

/** A role of these Kibana privileges and its one user; answers the user's authorization header. */
export async function userWith(api: CasesTestServer, name: string, kibana: Array<Record<string, unknown>>): Promise<Record<string, string>> {
  const role = `${name}_${RUN}`;
  expectStatus(await api.call('PUT', `/api/security/role/${role}`, { body: { elasticsearch: { cluster: [], indices: [] }, kibana } }), 204);
  const username = `${name}_user_${RUN}`;
  const password = `${name}-pass-1`;
  expectStatus(await api.call('POST', `/internal/security/users/${username}`, { body: { password, roles: [role], full_name: name, email: null } }), 200);
  return basicAuth(username, password);
}

export async function ingest(vis: VisualizationsApi, kind: 'alerts' | 'events', documents: Array<Record<string, unknown>>): Promise<void> {
  const answer = await vis.post(`/api/${kind}/_ingest`, documents);
  expectStatus(answer, 200);
  expect((answer.body as any).errors).toBe(false);
}

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked against the contract, not typed */
/**
 * What the alerts-source contract tests share. `api.call` (cases_api.ts) checks every answer
 * against docs/openapi.yaml; these helpers add the other half of the contract: the request body
 * the server accepted must be one the document accepts, and a refusal the document can express
 * (a maximum, a missing key) must be one it makes too, so the document and the codecs cannot
 * drift apart unnoticed. Each suite works in its own space, so runs sharing an Elasticsearch
 * cluster never count each other's documents.
 */
import { contract, createSpace, expectStatus, RUN, spacePath, type ApiAnswer, type CasesTestServer } from '../cases/cases_api';
import type { JsonObject } from '../cases/openapi_validator';

const NDJSON = 'application/x-ndjson';

/** The document's objections to a request body (none when it accepts it). */
export function documentedBodyErrors(method: string, path: string, body: unknown, contentType = 'application/json'): string[] {
  const op = contract.findOperation(method, path);
  const item = (contract.document.paths as JsonObject)[op.template] as JsonObject;
  const requestBody = contract.resolve(((item[method.toLowerCase()] as JsonObject).requestBody ?? {}) as JsonObject);
  if (body === undefined) return requestBody.required === true ? ['the document requires a body'] : [];
  const media = (requestBody.content as JsonObject | undefined)?.[contentType] as JsonObject | undefined;
  if (!media) return [`the document lists no ${contentType} body`];
  return contract.validate(media.schema as JsonObject, body);
}

export interface AlertsApi {
  space: string;
  /** POSTs a JSON body in the suite's space; a 200 must answer a body the document accepts. */
  post(path: string, body?: unknown): Promise<ApiAnswer>;
  /** POSTs NDJSON text (one document per line) in the suite's space. */
  postNdjson(path: string, lines: string[], contentType?: string): Promise<ApiAnswer>;
  /** Expects 400 naming the problem, and the document to refuse the body as well. */
  expectRefused(path: string, body: unknown, message: RegExp): Promise<ApiAnswer>;
}

export function alertsApi(api: CasesTestServer, label: string): AlertsApi & { createSpace(): Promise<void> } {
  const space = `${label}-${RUN}`;
  const post = async (path: string, body?: unknown) => {
    const answer = await api.call('POST', spacePath(space, path), body === undefined ? {} : { body });
    const errors = documentedBodyErrors('POST', path, body);
    if (answer.status === 200 && errors.length > 0) {
      throw new Error(`POST ${path} accepted a body docs/openapi.yaml refuses:\n  ${errors.join('\n  ')}\nbody: ${JSON.stringify(body).slice(0, 300)}`);
    }
    return answer;
  };
  return {
    space,
    createSpace: () => createSpace(api, space),
    post,
    postNdjson: async (path, lines, contentType = NDJSON) => {
      const raw = lines.join('\n');
      const answer = await api.call('POST', spacePath(space, path), { raw, headers: { 'content-type': contentType } });
      expect(documentedBodyErrors('POST', path, raw, NDJSON)).toEqual([]);
      return answer;
    },
    expectRefused: async (path, body, message) => {
      const answer = await post(path, body);
      expectStatus(answer, 400, message);
      expect(documentedBodyErrors('POST', path, body)).not.toEqual([]);
      return answer;
    },
  };
}

const minute = (i: number) => new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString();

/** An alert as a detection rule writes it, nested; `over` replaces any top-level part. */
export const alertDocument = (id: string, i: number, over: Record<string, unknown> = {}) => ({
  '@timestamp': minute(i),
  kibana: {
    alert: {
      uuid: id,
      rule: { name: i % 2 === 0 ? 'Brute force' : 'Malware detected', uuid: `rule-${i % 2}` },
      severity: (['low', 'medium', 'high', 'critical'] as const)[i % 4],
      risk_score: 20 + i,
      reason: `process event with process proc-${i}.exe, by user-${i % 3} on host-${i % 2} created alert`,
    },
  },
  host: { name: `host-${i % 2}` },
  user: { name: `user-${i % 3}` },
  ...over,
});

export const eventDocument = (id: string, i: number, over: Record<string, unknown> = {}) => ({
  '@timestamp': minute(i),
  event: { id, kind: 'event', category: [i % 2 === 0 ? 'process' : 'network'], action: i % 2 === 0 ? 'start' : 'connection_attempted' },
  host: { name: `host-${i % 2}` },
  user: { name: `user-${i % 3}` },
  process: { name: `proc-${i}.exe` },
  ...over,
});

/** How many alerts (or events) the space holds. */
export async function totalOf(alerts: AlertsApi, kind: 'alerts' | 'events'): Promise<number> {
  const answer = await alerts.post(`/internal/${kind}/_find`, { perPage: 0 });
  expectStatus(answer, 200);
  return (answer.body as any).total;
}

export const idsOf = (answer: ApiAnswer, key: 'alerts' | 'events' = 'alerts'): string[] => (answer.body as any)[key].map((doc: { id: string }) => doc.id);

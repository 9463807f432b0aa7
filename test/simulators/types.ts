/**
 * Local stand-ins for the external systems cases pushes to. Each simulator is an HTTP server on
 * 127.0.0.1 (a free port) that speaks the real system's protocol as far as the connector uses
 * it: it checks authentication and the exact request bodies, keeps the incidents it was given,
 * and answers as the real system would, its error bodies included. Tests read what it received.
 *
 * One file per system (jira.ts, servicenow.ts, ...), each exporting `start<System>Simulator()`
 * and a `<system>ConnectorFixture(sim)` that tells tests how to create a connector for it.
 */

export interface RecordedRequest {
  method: string;
  /** Path and query, as received. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON when the body was JSON, else the text ('' when empty). */
  body: unknown;
}

/** What the next matching request suffers, to test failures: an error answer or no answer at all. */
export type SimulatorFault =
  | { kind: 'error'; status: number; body?: unknown }
  | { kind: 'hang' }
  | { kind: 'close' };

export interface Simulator {
  /** e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** Every request received, in order (refused ones included). */
  requests: RecordedRequest[];
  /** The records the system holds, by its own id (incidents, issues, cases, records). */
  records: Map<string, Record<string, unknown>>;
  /** Comments received, by record id, in order. */
  comments: Map<string, string[]>;
  /** Makes the next `count` (default 1) requests whose method and path match fail as given. */
  failNext(match: { method?: string; path?: RegExp }, fault: SimulatorFault, count?: number): void;
  /** Forgets requests, records and faults. */
  reset(): void;
  close(): Promise<void>;
}

/** How a test creates a connector for a simulator, and the case fields that type takes. */
export interface ConnectorFixture {
  connector_type_id: string;
  name: string;
  config: Record<string, unknown>;
  secrets: Record<string, unknown>;
  /** What a case stores in `connector.fields` for this type (a valid, non-trivial choice). */
  caseFields: Record<string, unknown> | null;
  /** The plain secret values, so a test can search answers, logs and exports for them. */
  plainSecrets: string[];
}

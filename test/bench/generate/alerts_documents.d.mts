/** Types of alerts_documents.mjs, for the TypeScript tests. */
export interface AttachedAlert {
  id: string;
  index: string;
  timestamp: string;
  host: string;
  user: string;
  status: string;
  rule: { name: string; uuid: string };
}
export interface AlertDocument {
  '@timestamp': string;
  kibana: { alert: { uuid: string; rule: { name: string; uuid: string }; severity: string; risk_score: number; reason: string; workflow_status: string; workflow_status_updated_at?: string } };
  host: { name: string; id: string; os: { family: string } };
  user: { name: string };
  [field: string]: unknown;
}
export const ALERT_DAYS: number;
export const HOST_COUNT: number;
export const USER_COUNT: number;
export function hostName(n: number): string;
export function userName(n: number): string;
export function alertBatches(options: { count: number; batchSize: number; attachEvery: number; endMs: number; index: string }): Generator<{ documents: AlertDocument[]; attached: AttachedAlert[] }>;

/** Types of targets.mjs, for the TypeScript tests (the parts of a run's results they pass). */
export interface Latencies {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}
export interface ScalePoint {
  size: number;
  filters: Latencies;
  customField: Latencies;
  text: Latencies;
}
export interface TargetRow {
  target: string;
  required: string;
  measured: string;
  result: 'met' | 'missed';
}
export function evaluateTargets(results: { sizes: number[]; scale: ScalePoint[] } & Record<string, unknown>): TargetRow[];
export interface ExchangeStep {
  seconds: number;
  rss: { before: number; peak: number; samples: number };
}
export const EXCHANGE_RSS_BOUND_MB: number;
export function evaluateExchangeTargets(results: {
  cases: number;
  idle: number;
  export: ExchangeStep & { objects: number; bytes: number };
  imports: Array<ExchangeStep & { space: string; newCopies: boolean }>;
}): Array<{ step: string; required: string; measured: string; result: 'met' | 'missed' }>;

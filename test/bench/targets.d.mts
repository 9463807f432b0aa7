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

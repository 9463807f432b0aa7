/** Types of alerts_section.mjs, for the TypeScript tests. */
import type { Machine, Section } from './report.mjs';

interface Timed {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}
export interface AlertsResults {
  size: { alerts: number; attached: number };
  generation: { alerts: number; requests: number; seconds: number; docsPerSecond: number };
  attach: { alerts: number; requests: number; seconds: number; alertsPerSecond: number };
  tab: Array<Timed & { page: number }>;
  metrics: Array<Timed & { feature: string }>;
  ui: { loads: number; 'cold ms': number; 'p50 ms': number; 'max ms': number; 'cold kB': number };
  sync: { seconds: number; synced: number };
}
export const ALERTS_SECTION_TITLE: string;
export function alertsSection(results: AlertsResults, header: { machine: Machine; command: string }): Section;

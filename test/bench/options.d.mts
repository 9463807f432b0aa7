/** Types of options.mjs, for the TypeScript tests. */
import type { ElasticsearchSettings } from './elasticsearch_settings.mjs';

export interface Timing {
  startupRuns: number;
  scenarioSeconds: number;
  warmup: number;
  seconds: number;
  maxRequests: number;
  loadedSeconds: number;
}
export const TIMING: { full: Timing; quick: Timing };
export class OptionsError extends Error {}
export function parseOptions(
  args: string[],
  env: Record<string, string | undefined>,
): { quick: boolean; build: boolean; sizes: number[]; elasticsearch?: ElasticsearchSettings; alerts: boolean; files: boolean; exchange: boolean; customSizes: boolean; timing: Timing; command: string };

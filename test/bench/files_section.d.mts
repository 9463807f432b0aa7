/** Types of files_section.mjs, for the TypeScript tests. */
import type { Machine, Section } from './report.mjs';

interface Leg {
  ms: number;
  mbPerSecond: number;
  rss: { baseline: number; peak: number; growth: number; samples: number };
}
interface Timed {
  scenario: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}
export interface FilesResults {
  transfer: { size: number; sha256: string; upload: Leg; download: Leg };
  cases: number;
  seeding: { seconds: number; casesPerSecond: number; storeMiB: number; wallSeconds?: number; reused?: boolean };
  reads: Timed[];
}
export const FILES_SECTION_TITLE: string;
export function filesSection(results: FilesResults, header: { machine: Machine; command: string }): Section;

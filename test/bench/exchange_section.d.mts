/** Types of exchange_section.mjs, for the TypeScript tests. */
import type { Machine, Section } from './report.mjs';
import type { ExchangeStep } from './targets.mjs';

export interface ExchangeResults {
  cases: number;
  commentsPerCase: number;
  seeding: { cases: number; comments: number; userActions: number; casesPerSecond: number; commentsPerSecond: number; userActionsPerSecond: number; storeMiB: number; wallSeconds: number };
  idle: number;
  export: ExchangeStep & { objects: number; bytes: number };
  imports: Array<ExchangeStep & { space: string; newCopies: boolean }>;
}
export const EXCHANGE_SECTION_TITLE: string;
export function seedingObjectsPerSecond(seeding: ExchangeResults['seeding']): number;
export function exchangeSection(results: ExchangeResults, header: { machine: Machine; command: string }): Section;

/** Types of alerts_checks.mjs, for the TypeScript tests. */
export interface AttachedFacts {
  count: number;
  hosts: Map<string, number>;
  users: Map<string, number>;
  timestampsDesc: string[];
}
export const TOP_VALUES: number;
export function attachedFacts(attached: Array<{ timestamp: string; host: string; user: string }>): AttachedFacts;
export function checkTabPage(answer: unknown, options: { facts: AttachedFacts; caseId: string; page: number; perPage: number; what: string }): void;
export function checkMetric(feature: string, answer: unknown, facts: AttachedFacts): void;
export function checkSynced(counts: { caseNotClosedAfter: number; closedBefore: number; closedAfter: number; caseNotClosedBefore: number }): void;

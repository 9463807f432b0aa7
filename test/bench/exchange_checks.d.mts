/** Types of exchange_checks.mjs, for the TypeScript tests. */
export const EXCHANGE_TYPES: { cases: string; comments: string; userActions: string };
export interface ExpectedExport {
  byType: Record<string, number>;
  total: number;
}
export interface ExportTally {
  lines: number;
  byType: Record<string, number>;
  details: Record<string, unknown>;
}
export interface ImportSuccessResult {
  type: string;
  id: string;
  destinationId?: string;
}
export function expectedExport(seeded: { cases: number; comments: number; userActions: number }): ExpectedExport;
export function tallyExport(path: string): Promise<ExportTally>;
export function checkExport(tally: ExportTally, expected: ExpectedExport): number;
export function checkImport(answer: Record<string, unknown>, count: number, what: string): ImportSuccessResult[];
export function importedCaseId(successResults: ImportSuccessResult[], caseId: string, options: { newCopies: boolean }): string;
export function checkCount(what: string, actual: unknown, expected: number): void;

/** Types of report.mjs, for the TypeScript tests. */
export interface Section {
  title: string;
  note: string;
  rows: Array<Record<string, unknown>>;
}
export interface Machine {
  date: string;
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  platform: string;
}
export function printSections(sections: Section[]): void;
export function findSection(markdown: string, title: string): string | undefined;
export function replaceSection(markdown: string, title: string, text: string): string;
export function writeBenchmarksMd(path: string, report: { machine: Machine; command: string; sections: Section[] }): void;
export function writeElasticsearchSection(path: string, section: Section): void;
export function writeAlertsSection(path: string, section: Section): void;
export function writeFilesSection(path: string, section: Section): void;
export function writeExchangeSection(path: string, section: Section): void;

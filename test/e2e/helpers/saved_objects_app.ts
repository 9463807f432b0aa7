/**
 * What the saved-objects flow shares: the Saved objects page of a space, its import and copy
 * flyouts, and the NDJSON an export writes. Selectors are the data-test-subj names the page was
 * built with (public/core/saved_objects_management/); radios are picked by their label, the
 * element a user clicks, since EUI draws its own circle over the input.
 */
import type { Locator, Page } from 'playwright-core';
import type { ServerProcess } from '../../helpers/server_process';
import { testSubj } from './browser';
import { api } from './cases_app';

export const objectsPath = (space = 'default') => `${space === 'default' ? '' : `/s/${space}`}/app/management/kibana/objects`;

/** Opens the Saved objects page of `space` and waits for its table to be loaded. */
export async function gotoSavedObjects(page: Page, server: ServerProcess, space: string): Promise<Locator> {
  await page.goto(`${server.url}${objectsPath(space)}`);
  const table = page.locator(testSubj('saved-objects-table'));
  await table.waitFor();
  await page.locator(`${testSubj('saved-objects-table')} .euiBasicTable-loading`).waitFor({ state: 'detached' });
  return table;
}

/** Rows of the saved-objects table of one type. */
export const objectRows = (page: Page, type: string) => page.locator(`${testSubj('saved-objects-table')} [data-test-subj^="saved-object-row-${type}-"]`);

/** Clicks the radio (or the radio of a group) whose label says `label`, inside `scope`. */
export async function chooseRadio(scope: Locator, label: string): Promise<void> {
  const option = scope.locator('label', { hasText: label }).first();
  await option.click();
  const id = await option.getAttribute('for');
  if (!id) throw new Error(`the label "${label}" names no radio`);
  await scope.locator(`input[id="${id}"]:checked`).waitFor({ state: 'attached' });
}

export type ConflictChoice = 'new copies' | 'overwrite' | 'ask';

/** Sets a flyout's conflict options as a user would: "Check for existing objects" first, then how. */
export async function chooseConflictMode(flyout: Locator, choice: ConflictChoice): Promise<void> {
  if (choice === 'new copies') return chooseRadio(flyout, 'Create new objects with random IDs');
  await chooseRadio(flyout, 'Check for existing objects');
  await chooseRadio(flyout, choice === 'overwrite' ? 'Automatically overwrite conflicts' : 'Request action on conflict');
}

/** Opens the import flyout from the page header, picks `file` and the conflict mode; the Import button is left to the caller. */
export async function fillImportFlyout(page: Page, file: string, choice: ConflictChoice): Promise<Locator> {
  await page.click(testSubj('saved-objects-import'));
  const flyout = page.locator(testSubj('import-flyout'));
  await flyout.waitFor();
  await flyout.locator('input[type="file"]').setInputFiles(file);
  await flyout.locator('.euiFilePicker__promptText', { hasText: 'export' }).waitFor();
  await chooseConflictMode(flyout, choice);
  await flyout.locator(`${testSubj('import-submit')}:not([disabled])`).waitFor();
  return flyout;
}

/** Result rows of a flyout (`import` or `copy-result-<space>`) that are still waiting for Overwrite or Skip. */
/** The rows of errors, not the buttons inside them (whose subjects start the same way). */
const errorRows = (scope: Locator, prefix: string) =>
  scope.locator(`[data-test-subj^="${prefix}-error-"]:not([data-test-subj$="-overwrite"]):not([data-test-subj$="-skip"]):not([data-test-subj$="-destination"])`);

export const pendingConflictRows = (scope: Locator, prefix: string) =>
  // `has` is read inside each row: the inner locator must start from the page, not from `scope`.
  errorRows(scope, prefix).filter({ has: scope.page().locator(`[data-test-subj$="-overwrite"]`) });

/** Result rows of a flyout that succeeded, of one type. */
export const successRows = (scope: Locator, prefix: string, type: string) => scope.locator(`[data-test-subj^="${prefix}-success-${type}:"]`);

/** Result rows of a flyout that failed for another reason than a conflict. */
export const failedRows = (scope: Locator, prefix: string) =>
  errorRows(scope, prefix).filter({ hasNot: scope.page().locator(`[data-test-subj$="-overwrite"]`) }).filter({ hasNotText: 'Skipped' });

/**
 * Answers every pending conflict of a result list the same way, one row at a time as a user
 * would (an Overwrite asks the server, so the next row waits for the list to settle).
 */
export async function resolveEveryConflict(scope: Locator, prefix: string, answer: 'overwrite' | 'skip'): Promise<number> {
  let answered = 0;
  for (;;) {
    const rows = pendingConflictRows(scope, prefix);
    const left = await rows.count();
    if (left === 0) return answered;
    if (answered > 200) throw new Error('conflicts keep coming back');
    await rows.first().locator(`[data-test-subj$="-${answer}"]:not([disabled])`).click();
    await waitForCount(() => pendingConflictRows(scope, prefix).count(), left - 1, `${prefix}: one conflict fewer after ${answer}`);
    answered++;
  }
}

async function waitForCount(count: () => Promise<number>, expected: number, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  while (Date.now() < deadline) {
    last = await count();
    if (last === expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}: ${last}, expected ${expected}`);
}

// ---------------------------------------------------------------------------------------------
// NDJSON
// ---------------------------------------------------------------------------------------------

export interface ExportLine {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  references: Array<{ type: string; id: string; name: string }>;
  originId?: string;
  [key: string]: unknown;
}

export interface ExportDetailsLine {
  exportedCount: number;
  missingRefCount: number;
  missingReferences: unknown[];
  excludedObjectsCount: number;
  excludedObjects: unknown[];
}

/** The objects of an export and its details line (the last one), each line parsed on its own. */
export function parseExport(text: string): { objects: ExportLine[]; details: ExportDetailsLine } {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const parsed = lines.map((line, index) => {
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`line ${index + 1} of the export is not JSON: ${line.slice(0, 200)}`);
    }
  });
  const details = parsed.pop() as unknown as ExportDetailsLine;
  return { objects: parsed as unknown as ExportLine[], details };
}

/** Everything of `space`'s cases an export brings, as NDJSON text: what "nothing changed" compares. */
export async function exportSpaceCases(server: ServerProcess, space: string): Promise<string> {
  const prefix = space === 'default' ? '' : `/s/${space}`;
  const response = await fetch(`${server.url}${prefix}/api/saved_objects/_export`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${server.username}:${server.password}`).toString('base64')}`, 'kbn-xsrf': 'true', 'content-type': 'application/json' },
    body: JSON.stringify({ type: ['cases'], includeReferencesDeep: true }),
  });
  if (!response.ok) throw new Error(`the export of ${space} answered ${response.status}: ${await response.text()}`);
  return response.text();
}

export interface FoundCase {
  id: string;
  title: string;
  incremental_id?: number;
  totalComment: number;
  tags: string[];
  status: string;
}

/** The cases of a space, as the Cases API lists them. */
export async function casesOfSpace(server: ServerProcess, space: string): Promise<FoundCase[]> {
  const prefix = space === 'default' ? '' : `/s/${space}`;
  const found = await api<{ cases: FoundCase[] }>(server, 'GET', `${prefix}/api/cases/_find?perPage=100`);
  return found.cases;
}

/**
 * What the alerts browser flows share: the Alerts page's rows, selection and filters as an
 * analyst uses them, and the API reads that give the flow its expected values (the alert
 * documents themselves, never constants copied from the sample generator).
 */
import type { Locator, Page } from 'playwright-core';
import type { ServerProcess } from '../../helpers/server_process';
import { testSubj } from './browser';
import { api, textBox } from './cases_app';

/** The wire shape of `POST /internal/alerts/_find` and the case's alerts `_find`. */
export interface AlertSummary {
  id: string;
  index: string;
  fields: Record<string, unknown>;
}

interface AlertsPage {
  page: number;
  per_page: number;
  total: number;
  alerts: AlertSummary[];
}

const ROW_PREFIX = 'alerts-table-row-';

export async function gotoAlertsPage(page: Page, server: ServerProcess): Promise<void> {
  await page.goto(`${server.url}/app/security/alerts`);
  await page.locator(testSubj('alerts-page')).waitFor();
}

/** Waits until the Alerts table has rows and is no longer loading. */
export async function waitForAlertRows(page: Page): Promise<void> {
  await page.locator(`${testSubj('alerts-table')}:not(.euiBasicTable-loading)`).waitFor();
  await page.locator(`[data-test-subj^="${ROW_PREFIX}"]`).first().waitFor();
}

/** The alert ids of the rows shown, top to bottom. */
export async function shownAlertIds(page: Page): Promise<string[]> {
  const subjects = await page.locator(`[data-test-subj^="${ROW_PREFIX}"]`).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-test-subj') ?? ''));
  return subjects.map((subj) => subj.slice(ROW_PREFIX.length));
}

export function alertRow(page: Page, id: string): Locator {
  return page.locator(testSubj(`${ROW_PREFIX}${id}`));
}

/** Ticks each row's checkbox and waits for the bulk bar to count them. */
export async function selectAlerts(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) await alertRow(page, id).locator(testSubj(`checkboxSelectRow-${id}`)).check();
  await page.locator(testSubj('selectedShowBulkActionsButton'), { hasText: `Selected ${ids.length} alert` }).waitFor();
}

export async function bulkAction(page: Page, action: 'add-to-new-case-action' | 'add-to-existing-case-action'): Promise<void> {
  await page.click(testSubj('selectedShowBulkActionsButton'));
  await page.click(testSubj(action));
}

/** Ticks or unticks one value of a filter popover (status, severity, rule) of the Alerts page. */
export async function toggleFilter(page: Page, filter: string, key: string): Promise<void> {
  await page.click(testSubj(`options-filter-popover-button-${filter}`));
  await page.click(testSubj(`options-filter-popover-item-${key}`));
  await page.keyboard.press('Escape');
}

/** The workflow status badge of a row ("open", "acknowledged", "closed"), read from the page. */
export async function rowStatus(row: Locator): Promise<string> {
  const subj = await row.locator('[data-test-subj^="alert-status-"]').getAttribute('data-test-subj');
  return (subj ?? '').replace('alert-status-', '');
}

/** Fills the create-case flyout's required fields and submits it. */
export async function submitNewCaseFlyout(page: Page, title: string, description: string): Promise<void> {
  const flyout = page.locator(testSubj('create-case-flyout'));
  await flyout.waitFor();
  await textBox(page, 'caseTitle').fill(title);
  await textBox(page, 'caseDescription').fill(description);
  await flyout.locator(testSubj('create-case-submit')).click();
  await flyout.waitFor({ state: 'detached' });
}

/** The narrowest column header of a table (selection checkbox aside), with its text: a column squeezed to nothing shows here. */
export function narrowestColumn(page: Page, tableSubj: string): Promise<{ text: string; width: number }> {
  return page.locator(`${testSubj(tableSubj)} thead th`).evaluateAll((cells) =>
    cells
      .filter((cell) => !cell.querySelector('input[type="checkbox"]'))
      .map((cell) => ({ text: (cell.textContent ?? '').trim(), width: cell.getBoundingClientRect().width }))
      .reduce((min, cell) => (cell.width < min.width ? cell : min), { text: '', width: Infinity }),
  );
}

// ---------------------------------------------------------------------------------------------
// API reads and writes
// ---------------------------------------------------------------------------------------------

export function findAlertsThroughApi(server: ServerProcess, body: Record<string, unknown>): Promise<AlertsPage> {
  return api<AlertsPage>(server, 'POST', '/internal/alerts/_find', body);
}

/** Every alert of a case, live from the alert documents (the case view's own read). */
export async function caseAlertsThroughApi(server: ServerProcess, caseId: string): Promise<AlertSummary[]> {
  const found = await api<AlertsPage>(server, 'GET', `/internal/cases/${encodeURIComponent(caseId)}/alerts/_find?page=1&perPage=100`);
  return found.alerts;
}

/** Kibana's alert comment, as a script written for Kibana posts it: one alert per request. */
export function attachAlertThroughApi(server: ServerProcess, caseId: string, alert: AlertSummary, owner = 'securitySolution') {
  return api(server, 'POST', `/api/cases/${encodeURIComponent(caseId)}/comments`, {
    type: 'alert',
    alertId: alert.id,
    index: alert.index,
    rule: { id: fieldValue(alert, 'kibana.alert.rule.uuid') ?? null, name: fieldValue(alert, 'kibana.alert.rule.name') ?? null },
    owner,
  });
}

/** A field's single value as text (ECS allows an array of one). */
export function fieldValue(alert: AlertSummary, path: string): string | undefined {
  const value = alert.fields[path];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === null ? undefined : String(first);
}

/** How many distinct values `path` takes among the alerts (absent values not counted). */
export function distinctCount(alerts: AlertSummary[], path: string): number {
  return new Set(alerts.map((alert) => fieldValue(alert, path)).filter((value) => value !== undefined)).size;
}

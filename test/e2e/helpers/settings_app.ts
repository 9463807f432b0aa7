/**
 * What the settings browser flow shares: the Settings page's flyouts as an admin fills them, the
 * create form's template picker and Additional fields, the case view's in-place custom field
 * editor, and the configure API reads and writes that give the flow its expected values and its
 * "someone else saved first" change.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { ServerProcess } from '../../helpers/server_process';
import { testSubj } from './browser';
import { api, eventually, SCREENSHOTS, textBox } from './cases_app';
import { iconProblems } from './layout_probes';

export const OWNER = 'securitySolution';

/** The wire shape of a configuration, as far as the flow reads it. */
export interface ConfigurationSummary {
  id: string;
  version: string;
  closure_type: string;
  customFields: Array<{ key: string; label: string; type: string; required: boolean; defaultValue?: unknown }>;
  templates: Array<{ key: string; name: string; tags?: string[]; caseFields?: Record<string, unknown> | null }>;
}

export async function configurationThroughApi(server: ServerProcess): Promise<ConfigurationSummary | undefined> {
  const found = await api<ConfigurationSummary[]>(server, 'GET', `/api/cases/configure?owner=${OWNER}`);
  return found[found.length - 1];
}

/** A change made behind the page's back, as a second admin or a script would make it. */
export function patchConfigurationThroughApi(server: ServerProcess, current: ConfigurationSummary, changes: Record<string, unknown>) {
  return api<ConfigurationSummary>(server, 'PATCH', `/api/cases/configure/${encodeURIComponent(current.id)}`, { version: current.version, ...changes });
}

/** The key the Settings page gave a custom field, found by its label. */
export function fieldKey(configuration: ConfigurationSummary | undefined, label: string): string {
  const field = configuration?.customFields.find((entry) => entry.label === label);
  if (!field) throw new Error(`no custom field labelled "${label}" in ${JSON.stringify(configuration?.customFields)}`);
  return field.key;
}

export async function gotoSettings(page: Page, server: ServerProcess): Promise<void> {
  await page.goto(`${server.url}/app/cases/configure`);
  await page.locator(testSubj('configure-cases-page')).waitFor();
  await page.locator(testSubj('custom-fields-section')).waitFor();
}

/** Fills the custom field flyout (already open) and leaves it to the caller to save. */
export async function fillCustomFieldFlyout(page: Page, field: { label: string; type?: 'text' | 'toggle' | 'number'; required?: boolean }): Promise<Locator> {
  const flyout = page.locator(testSubj('custom-field-flyout'));
  await flyout.waitFor();
  await flyout.locator(testSubj('custom-field-label-input')).fill(field.label);
  if (field.type && field.type !== 'text') {
    await flyout.locator(testSubj('custom-field-type-select')).click();
    await page.click(testSubj(`custom-field-type-option-${field.type}`));
  }
  if (field.required) await flyout.locator(testSubj('custom-field-required-switch')).click();
  return flyout;
}

/** Saves a flyout of the Settings page and waits for it to close. */
export async function saveFlyout(page: Page, prefix: 'custom-field' | 'template'): Promise<void> {
  const flyout = page.locator(testSubj(`${prefix}-flyout`));
  await flyout.locator(testSubj(`${prefix}-save`)).click();
  await flyout.waitFor({ state: 'detached' });
}

export async function chooseSeverity(page: Page, scope: Locator, severity: string): Promise<void> {
  await scope.locator(testSubj('case-severity-selection')).click();
  await page.click(testSubj(`case-severity-option-${severity}`));
}

/** Adds a case tag through the tags picker inside `scope` (the create form or the template flyout). */
export async function addCaseTag(scope: Locator, tag: string): Promise<void> {
  const box = scope.locator(`${testSubj('caseTags')} input`).first();
  await box.fill(tag);
  await box.press('Enter');
}

/** The switch of a toggle custom field in the create form or the template flyout. */
export function customFieldSwitch(scope: Locator | Page, key: string): Locator {
  return scope.locator(testSubj(`case-custom-field-${key}-input`));
}

/** The text input of a text custom field in the create form or the template flyout. */
export function customFieldText(page: Page, key: string): Locator {
  return textBox(page, `case-custom-field-${key}-input`);
}

export async function pickTemplate(page: Page, key: string): Promise<void> {
  await page.click(testSubj('create-case-template-select'));
  await page.click(testSubj(`create-case-template-option-${key}`));
}

/** A custom field of the case view's sidebar, as the analyst reads it. */
export function sidebarValue(page: Page, key: string): Locator {
  return page.locator(testSubj(`case-view-custom-field-${key}-value-text`));
}

/** Flips a toggle custom field in the case view's sidebar and waits until it reads `expected`. */
export async function flipSidebarToggle(page: Page, key: string, expected: 'On' | 'Off'): Promise<void> {
  const field = `case-view-custom-field-${key}`;
  await page.click(testSubj(`${field}-edit-button`));
  await page.click(testSubj(`${field}-editor-input`));
  await page.click(testSubj(`${field}-submit`));
  await page.locator(testSubj(`${field}-editor`)).waitFor({ state: 'detached' });
  await sidebarValue(page, key).filter({ hasText: new RegExp(`^${expected}$`) }).waitFor();
}

/** Ticks one option of a filter popover of the all-cases list and closes it. */
export async function tickListFilter(page: Page, filter: string, option: string): Promise<void> {
  await page.click(testSubj(`options-filter-popover-button-${filter}`));
  await page.click(testSubj(`options-filter-popover-item-${option}`));
  await page.keyboard.press('Escape');
  await page.locator(testSubj(`options-filter-popover-panel-${filter}`)).waitFor({ state: 'detached' });
}

/** Switches a column on or off in the list's column picker and closes it. */
export async function switchColumn(page: Page, field: string, on: boolean): Promise<void> {
  await page.click(testSubj('column-selection-popover-button'));
  const toggle = page.locator(testSubj(`column-selection-switch-${field}`));
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
  await page.locator(`${testSubj(`column-selection-switch-${field}`)}[aria-checked="${on}"]`).waitFor();
  await page.keyboard.press('Escape');
  await page.locator(testSubj('column-selection-popover-panel')).waitFor({ state: 'detached' });
}

/** The titles of the rows the list shows, top to bottom, once it has finished loading. */
export async function listedTitles(page: Page): Promise<string[]> {
  await page.locator(`${testSubj('cases-table')}:not(.euiBasicTable-loading)`).waitFor();
  return page.locator(`${testSubj('cases-table')} ${testSubj('case-details-link')}`).allInnerTexts();
}

/** Waits until every icon of the page is drawn: EUI loads icons lazily, and a photo taken sooner shows gaps. */
export async function iconsDrawn(page: Page, what: string): Promise<void> {
  await eventually(() => iconProblems(page), ({ problems }) => problems.length === 0, `every icon of ${what} to be drawn`);
}

/**
 * The window as the user sees it, for a flyout: a full-page photo stretches the page under the
 * flyout's fixed overlay and shows a strip the overlay does not cover.
 */
export async function viewportScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
}

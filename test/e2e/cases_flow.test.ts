/**
 * The L1 analyst's day in a real browser: an empty list, a case created through the form,
 * found again by words and by its number, discussed (comment, edit, quote), moved through its
 * lifecycle, found by status, and finally deleted in bulk with a second case. No console error
 * and no page error may happen anywhere along the way.
 */
import type { Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../helpers/server_process';
import { launchBrowser, testSubj, type BrowserSession } from './helpers/browser';
import { caseIdFromUrl, caseLinks, eventually, login, screenshot, textBox } from './helpers/cases_app';

jest.setTimeout(180_000);

const TITLE = 'Suspicious PowerShell beacon on web-01';
const DESCRIPTION = 'Triage of **encoded PowerShell** seen on `web-01`.\n\n- parent: winword.exe\n- [MITRE T1059](https://attack.mitre.org/techniques/T1059/)';
const COMMENT = 'Isolated web-01 from the network.';
const EDITED_COMMENT = 'Isolated web-01 and collected memory.';

describe('cases: the L1 flow in Chromium', () => {
  let server: ServerProcess;
  let browser: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    server = await startServerProcess();
    browser = await launchBrowser();
    page = browser.page;
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    // Every step's errors are reported with the step that caused them.
    expect(browser.errors).toEqual([]);
  });

  const list = () => page.locator(testSubj('all-cases-page'));
  const casePage = () => page.locator(testSubj('case-view-page'));
  const header = (selector: string) => page.locator(`${testSubj('case-view-header')} ${selector}`);

  /** Waits until the table shows `total` cases and has finished loading, then counts the rows. */
  async function listed(total: number) {
    await page.locator(testSubj('case-table-case-count'), { hasText: new RegExp(`of ${total} cases?\\b`) }).waitFor();
    await page.locator(`${testSubj('cases-table')}:not(.euiBasicTable-loading)`).waitFor();
    await expect(caseLinks(page).count()).resolves.toBe(total);
  }

  async function toggleStatusFilter(status: string) {
    await page.click(testSubj('options-filter-popover-button-status'));
    await page.click(testSubj(`options-filter-popover-item-${status}`));
    await page.keyboard.press('Escape');
  }

  async function gotoList(query = '') {
    await page.goto(`${server.url}/app/cases${query}`);
    await list().waitFor();
  }

  async function search(text: string) {
    const box = textBox(page, 'cases-search');
    await box.fill(text);
    await box.press('Enter');
  }

  async function chooseSeverity(subj: string, severity: string) {
    await page.click(testSubj(subj));
    await page.click(testSubj(`case-severity-option-${severity}`));
  }

  async function addTag(tag: string) {
    const box = textBox(page, 'caseTags');
    await box.fill(tag);
    await box.press('Enter');
  }

  async function commentMenu(item: 'pencil' | 'quote' | 'trash') {
    await page.locator(testSubj('property-actions-user-action-ellipses')).first().click();
    await page.click(testSubj(`property-actions-user-action-${item}`));
  }

  let caseId = '';

  it('logs in and shows the empty list', async () => {
    await login(page, server);
    await list().waitFor();
    await page.locator(testSubj('cases-table-add-case')).waitFor();
    await expect(caseLinks(page).count()).resolves.toBe(0);
    await screenshot(page, 'cases_01_list_empty');
  });

  it('creates a case through the form and lands on it', async () => {
    await page.click(testSubj('createNewCaseBtn'));
    await page.waitForURL((url) => url.pathname === '/app/cases/create');
    await page.locator(testSubj('create-case-page')).waitFor();

    await textBox(page, 'caseTitle').fill(TITLE);
    await textBox(page, 'caseDescription').fill(DESCRIPTION);
    await addTag('powershell');
    await addTag('t1059');
    await chooseSeverity('case-severity-selection', 'high');
    await screenshot(page, 'cases_02_create_filled');

    await page.click(testSubj('create-case-submit'));
    await page.waitForURL((url) => /^\/app\/cases\/(?!create$)[^/]+$/.test(url.pathname));
    await casePage().waitFor();
    caseId = caseIdFromUrl(page);

    await expect(page.locator(testSubj('editable-title-header-value')).innerText()).resolves.toContain(TITLE);
    const description = page.locator(testSubj('description'));
    // The markdown is rendered: bold becomes <strong>, the link an anchor to MITRE.
    await description.locator('strong', { hasText: 'encoded PowerShell' }).waitFor();
    await description.locator('a[href="https://attack.mitre.org/techniques/T1059/"]').waitFor();
    const sidebar = page.locator(testSubj('case-view-sidebar'));
    await sidebar.getByText('powershell', { exact: true }).waitFor();
    await sidebar.getByText('t1059', { exact: true }).waitFor();
    // The header holds the status and severity pickers (the sidebar repeats the severity).
    await expect(header(testSubj('case-severity-picker')).innerText()).resolves.toMatch(/High/);
    await expect(header(testSubj('case-status-picker')).innerText()).resolves.toMatch(/Open/);
    await screenshot(page, 'cases_03_case_view_new');
  });

  it('finds the case in the list by words and by its number', async () => {
    await gotoList();
    await caseLinks(page).filter({ hasText: TITLE }).waitFor();
    await page.locator(testSubj('cases-metrics')).waitFor();

    // Each search changes what is shown, so every wait below sees the new answer, not the old.
    await search('nothing-matches-this');
    await page.locator(testSubj('cases-table-no-matches')).waitFor();
    await expect(caseLinks(page).count()).resolves.toBe(0);
    await search('beacon');
    await listed(1);
    await caseLinks(page).filter({ hasText: TITLE }).waitFor();
    await search('#2');
    await page.locator(testSubj('cases-table-no-matches')).waitFor();
    await search('#1');
    await listed(1);
    await caseLinks(page).filter({ hasText: TITLE }).waitFor();
    await screenshot(page, 'cases_04_list_search');

    await caseLinks(page).filter({ hasText: TITLE }).click();
    await casePage().waitFor();
    expect(caseIdFromUrl(page)).toBe(caseId);
  });

  it('adds a comment, edits it and quotes it into the comment box', async () => {
    const editor = textBox(page, 'add-comment');
    const rendered = (text: string) => casePage().locator(testSubj('user-action-markdown'), { hasText: text });
    await editor.fill(COMMENT);
    await page.click(testSubj('submit-comment'));
    await rendered(COMMENT).waitFor();
    // The box empties once the server has the comment.
    await eventually(() => editor.inputValue(), (value) => value === '', 'the comment box to clear');

    await commentMenu('pencil');
    const inlineEditor = textBox(page, 'user-action-markdown-form');
    await expect(inlineEditor.inputValue()).resolves.toBe(COMMENT);
    await inlineEditor.fill(EDITED_COMMENT);
    await page.click(testSubj('user-action-save-markdown'));
    await rendered(EDITED_COMMENT).waitFor();
    await page.locator(testSubj('user-action-markdown-form')).waitFor({ state: 'detached' });
    await expect(casePage().locator(testSubj('user-action-markdown')).count()).resolves.toBe(1);
    await casePage().getByText('commented (edited)').waitFor();

    await commentMenu('quote');
    await eventually(() => editor.inputValue(), (value) => value.includes(`> ${EDITED_COMMENT}`), 'the quote in the comment box');
    await screenshot(page, 'cases_05_case_view_comment_quoted');
    await editor.fill('');
  });

  it('moves the case to in progress, then closed, and the activity shows both', async () => {
    const picker = header(testSubj('case-status-picker'));
    await picker.click();
    await page.click(testSubj('case-status-option-in-progress'));
    await picker.filter({ hasText: 'In progress' }).waitFor();
    const statusEvents = casePage().locator(testSubj('user-action-status-update'));
    await statusEvents.filter({ hasText: 'In progress' }).waitFor();

    await picker.click();
    await page.click(testSubj('case-status-option-closed'));
    await picker.filter({ hasText: 'Closed' }).waitFor();
    await statusEvents.filter({ hasText: 'Closed' }).waitFor();
    await expect(statusEvents.allInnerTexts()).resolves.toEqual([expect.stringMatching(/marked case as\s*In progress/), expect.stringMatching(/marked case as\s*Closed/)]);

    // A refresh from the server keeps the same state.
    await page.click(testSubj('case-refresh'));
    await picker.filter({ hasText: 'Closed' }).waitFor();
    await expect(statusEvents.count()).resolves.toBe(2);
    await screenshot(page, 'cases_06_case_view_closed');
  });

  it('lists the case under the closed status filter', async () => {
    await gotoList();
    await toggleStatusFilter('open');
    await page.locator(testSubj('cases-table-no-matches')).waitFor();
    await toggleStatusFilter('open');
    await toggleStatusFilter('closed');
    await listed(1);
    await caseLinks(page).filter({ hasText: TITLE }).waitFor();
    await screenshot(page, 'cases_07_list_filtered_closed');
    await toggleStatusFilter('closed');
  });

  it('deletes two cases in bulk after confirmation, leaving the list empty', async () => {
    await page.goto(`${server.url}/app/cases/create`);
    await page.locator(testSubj('create-case-page')).waitFor();
    await textBox(page, 'caseTitle').fill('Second case: phishing wave');
    await textBox(page, 'caseDescription').fill('Several users reported the same lure.');
    await page.click(testSubj('create-case-submit'));
    await casePage().waitFor();
    const secondId = caseIdFromUrl(page);

    await gotoList();
    await listed(2);
    await page.click(testSubj(`checkboxSelectRow-${caseId}`));
    await page.click(testSubj(`checkboxSelectRow-${secondId}`));
    await page.click(testSubj('case-table-bulk-actions-link-icon'));
    await page.click(testSubj('cases-bulk-action-delete'));
    const modal = page.locator(testSubj('confirm-delete-case-modal'));
    await modal.waitFor();
    await screenshot(page, 'cases_08_bulk_delete_confirm');
    await modal.locator(testSubj('confirmModalConfirmButton')).click();
    await modal.waitFor({ state: 'detached' });

    await page.locator(testSubj('cases-table-add-case')).waitFor();
    await expect(caseLinks(page).count()).resolves.toBe(0);
  });
});

/**
 * No lost work, in a real browser: a half-written comment survives leaving the case and coming
 * back, leaving with it asks first, and a dirty create form asks before Cancel, the header's
 * navigation or a reload throw it away. Sending or discarding ends the draft.
 */
import type { Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../helpers/server_process';
import { launchBrowser, testSubj, type BrowserSession } from './helpers/browser';
import { caseLinks, createCaseThroughApi, eventually, login, textBox, type SeededCase } from './helpers/cases_app';

jest.setTimeout(120_000);

const DRAFT = 'Half-written: the beacon interval matches the Cobalt Strike default, checking the proxy logs next';
const NEW_TITLE = 'Credential stuffing against the partner portal from 300 residential IPs';

describe('cases: drafts and leave guards in Chromium', () => {
  let server: ServerProcess;
  let browser: BrowserSession;
  let page: Page;
  let seeded: SeededCase;

  beforeAll(async () => {
    server = await startServerProcess();
    seeded = await createCaseThroughApi(server, { title: 'Beaconing from web-01 to a newly registered domain', tags: ['network'], severity: 'high' });
    browser = await launchBrowser();
    page = browser.page;
    page.setDefaultTimeout(15_000);
    await login(page, server);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(browser.errors).toEqual([]);
  });

  const commentBox = () => textBox(page, 'add-comment-editor');
  const leaveModal = () => page.locator(testSubj('navigationGuardConfirmModal'));
  const titleBox = () => textBox(page, 'caseTitle');

  async function openCase() {
    await caseLinks(page).filter({ hasText: seeded.title }).click();
    await page.locator(testSubj('case-view-page')).waitFor();
    await commentBox().waitFor();
  }

  async function answerLeave(answer: 'Stay' | 'Leave') {
    await leaveModal().waitFor();
    await page.click(testSubj(answer === 'Leave' ? 'confirmModalConfirmButton' : 'confirmModalCancelButton'));
    await leaveModal().waitFor({ state: 'detached' });
  }

  it('keeps a comment draft across leaving the case and coming back, asking before it leaves', async () => {
    await page.locator(testSubj('all-cases-page')).waitFor();
    await openCase();
    await commentBox().fill(DRAFT);

    // "Stay" keeps the analyst on the case with the text untouched.
    await page.click(testSubj('backToCases'));
    await answerLeave('Stay');
    await expect(commentBox().inputValue()).resolves.toBe(DRAFT);
    expect(new URL(page.url()).pathname).toBe(`/app/cases/${seeded.id}`);

    await page.click(testSubj('backToCases'));
    await answerLeave('Leave');
    await page.locator(testSubj('all-cases-page')).waitFor();
    await openCase();
    await expect(commentBox().inputValue()).resolves.toBe(DRAFT);

    // The browser's back button asks too. "Stay" keeps the case and its address, and asking
    // does not grow the history.
    const historyLength = () => page.evaluate(() => window.history.length);
    const lengthOnCase = await historyLength();
    await page.goBack({ waitUntil: 'commit' });
    await answerLeave('Stay');
    expect(new URL(page.url()).pathname).toBe(`/app/cases/${seeded.id}`);
    await expect(commentBox().inputValue()).resolves.toBe(DRAFT);
    await expect(historyLength()).resolves.toBe(lengthOnCase);

    // "Leave" lands on the list as Back would without a guard, so Forward returns to the case
    // with the draft restored.
    await page.goBack({ waitUntil: 'commit' });
    await answerLeave('Leave');
    await page.locator(testSubj('all-cases-page')).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/cases');
    await expect(historyLength()).resolves.toBe(lengthOnCase);
    await page.goForward({ waitUntil: 'commit' });
    await page.locator(testSubj('case-view-page')).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/app/cases/${seeded.id}`);
    await eventually(() => commentBox().inputValue(), (value) => value === DRAFT, 'the draft restored after Forward');
  });

  it('ends the draft once the comment is sent: the box is empty and leaving no longer asks', async () => {
    await page.click(testSubj('submit-comment'));
    await page.locator(testSubj('user-actions')).getByText(DRAFT).first().waitFor();
    await eventually(() => commentBox().inputValue(), (value) => value === '', 'the comment box to clear after sending');

    await page.click(testSubj('backToCases'));
    await page.locator(testSubj('all-cases-page')).waitFor();
    await expect(leaveModal().count()).resolves.toBe(0);
    await openCase();
    await expect(commentBox().inputValue()).resolves.toBe('');
  });

  it('asks before Cancel throws away a typed case, and keeps it when the analyst stays', async () => {
    await page.click(testSubj('backToCases'));
    await page.click(testSubj('createNewCaseBtn'));
    await page.locator(testSubj('create-case-page')).waitFor();
    await titleBox().fill(NEW_TITLE);

    await page.click(testSubj('create-case-cancel'));
    await answerLeave('Stay');
    await expect(titleBox().inputValue()).resolves.toBe(NEW_TITLE);
    expect(new URL(page.url()).pathname).toBe('/app/cases/create');
  });

  it("asks before the header's navigation leaves the form, and the typed case is still there on return", async () => {
    await page.click(testSubj('appLink-cases'));
    await answerLeave('Leave');
    await page.locator(testSubj('all-cases-page')).waitFor();
    await page.click(testSubj('createNewCaseBtn'));
    await page.locator(testSubj('create-case-page')).waitFor();
    await expect(titleBox().inputValue()).resolves.toBe(NEW_TITLE);
  });

  it('asks the browser question on a reload with a dirty form', async () => {
    const dialogs: string[] = [];
    page.once('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    // Dismissing the browser's question keeps the page as it is.
    await page.reload({ timeout: 2_000 }).catch(() => undefined);
    await eventually(async () => dialogs, (seen) => seen.length > 0, 'the beforeunload question');
    expect(dialogs).toEqual(['beforeunload']);
    await expect(titleBox().inputValue()).resolves.toBe(NEW_TITLE);
  });

  it('discards the typed case when the analyst confirms Cancel', async () => {
    await page.click(testSubj('create-case-cancel'));
    await answerLeave('Leave');
    await page.locator(testSubj('all-cases-page')).waitFor();
    await page.click(testSubj('createNewCaseBtn'));
    await page.locator(testSubj('create-case-page')).waitFor();
    await expect(titleBox().inputValue()).resolves.toBe('');
    // An untouched form leaves without a question.
    await page.click(testSubj('create-case-cancel'));
    await page.locator(testSubj('all-cases-page')).waitFor();
    await expect(leaveModal().count()).resolves.toBe(0);
  });
});

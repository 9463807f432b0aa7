/**
 * Evidence in a real browser (issue 16): an analyst uploads a screenshot to a case through the
 * Files section's button, checks its name, type, size and SHA-256 against the file itself,
 * previews it, downloads it byte for byte, adds the IP it shows as an observable (a mistyped IP
 * first, which the form refuses without sending anything), and a second case holding the same IP
 * finds the first under Similar cases, through "seen in 1 other case", and from the list's search
 * box. Then a file dropped on the section shows its progress bar before its row appears.
 * No console error and no page error may happen anywhere along the way.
 */
import type { Page, Request, Route } from 'playwright-core';
import { formatBytes } from '../../public/components/case_files/format_bytes';
import { startServerProcess, type ServerProcess } from '../helpers/server_process';
import { browserForSuite, testSubj } from './helpers/browser';
import { caseIdFromUrl, caseLinks, createCaseThroughApi, eventually, login, textBox } from './helpers/cases_app';
import {
  IPV4,
  caseThroughApi,
  downloadByClicking,
  dropFiles,
  fileRow,
  filesThroughApi,
  openCasePlace,
  previewImageWidth,
  savedBytes,
  sha256,
  uploadThroughButton,
  waitForFileRows,
  type FixtureFile,
} from './helpers/files_app';

jest.setTimeout(240_000);

const FIRST_TITLE = 'Phishing landing page hosted on 203.0.113.7';
const SECOND_TITLE = 'Credential harvesting reported by HR';
const IP = '203.0.113.7';

describe('files, observables and similar cases in Chromium', () => {
  let server: ServerProcess;
  let firstId = '';
  let secondId = '';

  beforeAll(async () => {
    server = await startServerProcess();
    firstId = (await createCaseThroughApi(server, { title: FIRST_TITLE, tags: ['phishing'] })).id;
    secondId = (await createCaseThroughApi(server, { title: SECOND_TITLE, tags: ['phishing', 'hr'] })).id;
    // A case without the IP: the unfiltered list then differs from the answer the search must give.
    await createCaseThroughApi(server, { title: 'Lost laptop reported at the front desk' });
  });

  afterAll(async () => {
    await server?.stop();
  });

  const browser = browserForSuite({ viewport: { width: 1600, height: 1000 } });
  let page: Page;
  let screenshotFile: FixtureFile;

  beforeAll(async () => {
    page = browser.page;
    await login(page, server, `/app/cases/${encodeURIComponent(firstId)}`);
    await page.locator(testSubj('case-view-metrics-panel')).waitFor();
    await page.locator(testSubj('editable-title-header-value')).filter({ hasText: FIRST_TITLE }).waitFor();
    // The evidence is a real screenshot: the case as the analyst sees it now.
    screenshotFile = { name: 'landing-page.png', mimeType: 'image/png', buffer: await page.screenshot({ type: 'png' }) };
  });

  it('uploads the screenshot through the button and lists its name, type, size and SHA-256', async () => {
    await page.click(testSubj('case-view-tab-title-attachments'));
    await page.click(testSubj('case-view-tab-title-files'));
    await page.locator(testSubj('case-files-empty')).waitFor();
    await uploadThroughButton(page, [screenshotFile]);
    await page.locator(testSubj('case-files-uploaded-toast')).waitFor();
    await waitForFileRows(page, 1);

    const row = fileRow(page, screenshotFile.name);
    const expectedHash = sha256(screenshotFile.buffer);
    await expect(row.locator(testSubj('case-files-type')).innerText()).resolves.toBe('image/png');
    await expect(row.locator(testSubj('case-files-size')).innerText()).resolves.toBe(formatBytes(screenshotFile.buffer.length));
    await expect(row.locator(testSubj('case-files-sha256')).innerText()).resolves.toBe(`${expectedHash.slice(0, 12)}…`);
    // The whole hash is in the tooltip, to compare with a sample elsewhere.
    await row.locator(testSubj('case-files-sha256')).hover();
    await page.getByRole('tooltip').filter({ hasText: expectedHash }).waitFor();
    // What the server recorded is the same file.
    const [stored] = await filesThroughApi(server, firstId);
    expect({ size: stored.size, sha256: stored.hash?.sha256, mimeType: stored.mimeType }).toEqual({
      size: screenshotFile.buffer.length,
      sha256: expectedHash,
      mimeType: 'image/png',
    });
    // The section's badge counts it.
    await page.locator(testSubj('case-view-files-stats-badge')).filter({ hasText: /^1$/ }).waitFor();
  });

  it('previews the screenshot as an image and downloads it byte-identical', async () => {
    const row = fileRow(page, screenshotFile.name);
    await row.locator(testSubj('case-files-preview')).click();
    await page.locator(testSubj('case-files-preview-modal')).waitFor();
    // A PNG's width is in its IHDR chunk: the decoded image is the screenshot, not a broken icon.
    await expect(previewImageWidth(page)).resolves.toBe(screenshotFile.buffer.readUInt32BE(16));

    const fromPreview = await downloadByClicking(page, page.locator(testSubj('case-files-preview-download')));
    expect(fromPreview.suggestedFilename()).toBe(screenshotFile.name);
    expect((await savedBytes(fromPreview)).equals(screenshotFile.buffer)).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator(testSubj('case-files-preview-modal')).waitFor({ state: 'detached' });

    const fromRow = await downloadByClicking(page, row.locator(testSubj('case-files-download')));
    expect(sha256(await savedBytes(fromRow))).toBe(sha256(screenshotFile.buffer));
  });

  it('refuses a mistyped IP inline without sending it, then adds 203.0.113.7', async () => {
    const observablePosts: Request[] = [];
    const watch = (request: Request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === `/internal/cases/${firstId}/observables`) observablePosts.push(request);
    };
    page.on('request', watch);
    try {
      await page.click(testSubj('case-view-tab-title-observables'));
      await addObservable(page, '203.0.113.700', { expectInvalid: true });
      await addObservable(page, IP, { description: 'Hosts the landing page of the phishing mail' });
    } finally {
      page.off('request', watch);
    }
    // Only the valid value ever left the browser.
    expect(observablePosts.map((request) => request.postDataJSON())).toEqual([
      { observable: { typeKey: IPV4, value: IP, description: 'Hosts the landing page of the phishing mail' } },
    ]);
    const stored = await caseThroughApi(server, firstId);
    expect(stored.observables.map(({ typeKey, value }) => ({ typeKey, value }))).toEqual([{ typeKey: IPV4, value: IP }]);
    await page.locator(testSubj('case-observable-seen-in')).filter({ hasText: 'No other case' }).waitFor();
  });

  it('a second case holding the same IP lists the first under Similar cases', async () => {
    await openCasePlace(page, server, secondId, 'observables');
    await addObservable(page, IP);
    await page.locator(testSubj('case-observable-seen-in')).filter({ hasText: /^Seen in 1 other case$/ }).waitFor();

    await page.click(testSubj('case-view-tab-title-similar'));
    const similar = page.locator(testSubj(`similar-case-row-${firstId}`));
    await similar.waitFor();
    await expect(page.locator(`${testSubj('similar-cases-table')} [data-test-subj^="similar-case-row-"]`).count()).resolves.toBe(1);
    await expect(similar.locator(testSubj('case-details-link')).innerText()).resolves.toBe(FIRST_TITLE);
    await expect(similar.locator(testSubj('similar-case-shared-observable')).allInnerTexts()).resolves.toEqual([`IPv4: ${IP}`]);
  });

  it('"seen in 1 other case" opens the search, which leads to the first case', async () => {
    await page.click(testSubj('case-view-tab-title-attachments'));
    await page.click(testSubj('case-view-tab-title-observables'));
    await page.locator(testSubj('case-observable-seen-in')).filter({ hasText: 'Seen in 1 other case' }).click();
    const flyout = page.locator(testSubj('observable-search-flyout'));
    await flyout.locator(testSubj('observable-search-total')).filter({ hasText: `2 cases hold ${IP}` }).waitFor();
    await flyout.locator(`${testSubj(`observable-search-row-${secondId}`)} ${testSubj('observable-search-this-case')}`).waitFor();
    await flyout.locator(`${testSubj(`observable-search-row-${firstId}`)} ${testSubj('case-details-link')}`).click();
    await page.waitForURL((url) => url.pathname === `/app/cases/${firstId}`);
    expect(caseIdFromUrl(page)).toBe(firstId);
    await flyout.waitFor({ state: 'detached' });
    await page.locator(testSubj('editable-title-header-value')).filter({ hasText: FIRST_TITLE }).waitFor();
  });

  it("the list's search box finds both cases by the IP", async () => {
    await page.goto(`${server.url}/app/cases`);
    await page.locator(testSubj('cases-table')).waitFor();
    const box = textBox(page, 'cases-search');
    await page.locator(testSubj('cases-table')).filter({ hasText: 'Lost laptop reported at the front desk' }).waitFor();
    await box.fill(IP);
    await box.press('Enter');
    // Exactly the two holders: the one naming the IP in its title and the one holding it only as an observable.
    const expected = JSON.stringify([FIRST_TITLE, SECOND_TITLE].sort());
    await eventually(() => caseLinks(page).allInnerTexts().then((titles) => JSON.stringify(titles.sort())), (titles) => titles === expected, `the list to show ${expected}`);
  });

  it('a file dropped on the section shows its progress bar, then its row', async () => {
    const notes: FixtureFile = { name: 'analyst-notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Mail headers point at 203.0.113.7.\n') };
    await openCasePlace(page, server, firstId, 'files');
    await waitForFileRows(page, 1);

    // The upload is held at the browser's edge until the bar has been seen: however fast the
    // server, the test sees the state it checks, then lets the request go.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const hold = async (route: Route) => {
      if (route.request().method() === 'POST') await held;
      await route.continue();
    };
    const uploadUrl = `${server.url}/api/cases/${firstId}/files`;
    await page.route(uploadUrl, hold);
    try {
      await dropFiles(page, [notes]);
      const queued = page.locator(testSubj(`case-files-upload-${notes.name}`));
      await queued.locator(testSubj('case-files-upload-progress')).waitFor();
      await expect(queued.innerText()).resolves.toContain(notes.name);
    } finally {
      release();
    }
    await page.locator(testSubj('case-files-upload-queue')).waitFor({ state: 'detached' });
    await page.unroute(uploadUrl, hold);
    await waitForFileRows(page, 2);
    await expect(fileRow(page, notes.name).locator(testSubj('case-files-sha256')).innerText()).resolves.toBe(`${sha256(notes.buffer).slice(0, 12)}…`);
    await expect(fileRow(page, notes.name).locator(testSubj('case-files-preview')).count()).resolves.toBe(0);
  });
});

/**
 * Fills the add-observable flyout as an IPv4. An invalid value must show the inline error, and
 * pressing Add must leave the flyout open; it is then cleared for the next value.
 */
async function addObservable(page: Page, value: string, { expectInvalid = false, description = '' } = {}): Promise<void> {
  const flyout = page.locator(testSubj('case-observable-flyout'));
  if ((await flyout.count()) === 0) {
    await page.click(testSubj('case-observables-add'));
    await flyout.waitFor();
  }
  await flyout.locator(testSubj('case-observable-type-select')).selectOption(IPV4);
  await flyout.locator(testSubj('case-observable-value-input')).fill(value);
  if (description) await flyout.locator(testSubj('case-observable-description-input')).fill(description);
  if (expectInvalid) {
    await flyout.locator('.euiFormErrorText').filter({ hasText: `“${value}” is not a valid IPv4 value.` }).waitFor();
    await flyout.locator(testSubj('case-observable-save')).click();
    // Still open and still saying why; had the click sent anything, the caller's record shows it.
    await flyout.locator('.euiFormErrorText').filter({ hasText: `“${value}” is not a valid IPv4 value.` }).waitFor();
    await flyout.locator(testSubj('case-observable-value-input')).fill('');
    return;
  }
  await flyout.locator(testSubj('case-observable-save')).click();
  await flyout.waitFor({ state: 'detached' });
  await page.locator(`${testSubj('case-observables-table')} ${testSubj('case-observable-value')}`).filter({ hasText: value }).waitFor();
}

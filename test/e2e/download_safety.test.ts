/**
 * Hostile evidence in a real browser (issue 16): an HTML page with an inline script uploaded as
 * text/plain, and an SVG carrying a script. The server hands both out as attachments, with
 * nosniff and never as HTML or SVG; Chromium, whether it follows the download address itself or
 * the Files section's buttons, saves them as files and never runs their script in any page; the
 * SVG is never offered a preview. HTML declared as HTML is refused at the door.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { authHeaders, startServerProcess, type ServerProcess } from '../helpers/server_process';
import { browserForSuite, testSubj } from './helpers/browser';
import { createCaseThroughApi, login } from './helpers/cases_app';
import {
  downloadByClicking,
  downloadPath,
  downloadThroughApi,
  fileRow,
  filesThroughApi,
  openCasePlace,
  savedBytes,
  uploadThroughButton,
  waitForFileRows,
  type FixtureFile,
  type ListedFile,
} from './helpers/files_app';

jest.setTimeout(180_000);

const FIXTURES = join(__dirname, 'fixtures');
/** Declared as plain text, as an attacker would to get past a type check. */
const HTML: FixtureFile = { name: 'invoice_preview.html', mimeType: 'text/plain', buffer: readFileSync(join(FIXTURES, 'invoice_preview.html')) };
const SVG: FixtureFile = { name: 'logo.svg', mimeType: 'image/svg+xml', buffer: readFileSync(join(FIXTURES, 'logo.svg')) };
/** Names as the case lists them: the extension follows the stored type, as in Kibana. */
const HTML_SHOWN = 'invoice_preview.txt';
const SVG_SHOWN = 'logo.svg';

const RENDERED_TYPES = /text\/html|application\/xhtml|image\/svg\+xml|xml|javascript/i;

describe('hostile files are downloaded, never run, in Chromium', () => {
  let server: ServerProcess;
  let caseId = '';
  const stored: Record<string, ListedFile> = {};

  beforeAll(async () => {
    server = await startServerProcess();
    caseId = (await createCaseThroughApi(server, { title: 'Malicious invoice mail', tags: ['phishing'] })).id;
  });

  afterAll(async () => {
    await server?.stop();
  });

  const browser = browserForSuite({ viewport: { width: 1600, height: 1000 } });
  let page: Page;

  /** `window.__pwned` in every page the browser has open: a script of a file ran if any is set. */
  const pwnedPages = () =>
    Promise.all(page.context().pages().map(async (open) => ({ url: open.url(), pwned: await open.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned ?? false) })));

  beforeAll(async () => {
    page = browser.page;
    await login(page, server, `/app/cases/${encodeURIComponent(caseId)}`);
  });

  it('takes both files through the upload button and offers no preview for either', async () => {
    await openCasePlace(page, server, caseId, 'files');
    await uploadThroughButton(page, [HTML, SVG]);
    await waitForFileRows(page, 2);
    for (const file of await filesThroughApi(server, caseId)) stored[`${file.name}.${file.extension}`] = file;
    expect(Object.keys(stored).sort()).toEqual([HTML_SHOWN, SVG_SHOWN].sort());
    expect(stored[HTML_SHOWN].mimeType).toBe('text/plain');
    for (const name of [HTML_SHOWN, SVG_SHOWN]) {
      await fileRow(page, name).locator(testSubj('case-files-download')).waitFor();
      await expect(fileRow(page, name).locator(testSubj('case-files-preview')).count()).resolves.toBe(0);
    }
  });

  it('serves both as attachments, nosniff, never as a document type, and never inline', async () => {
    for (const [name, original] of [
      [HTML_SHOWN, HTML],
      [SVG_SHOWN, SVG],
    ] as const) {
      const answer = await downloadThroughApi(server, caseId, stored[name].id);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('content-type') ?? '').not.toMatch(RENDERED_TYPES);
      expect(answer.bytes.equals(original.buffer)).toBe(true);
      // The preview's inline variant is for raster images only.
      const inline = await downloadThroughApi(server, caseId, stored[name].id, { inline: true });
      expect(inline.status).toBe(400);
      expect(inline.headers.get('content-disposition')).toBeNull();
    }
  });

  it('refuses HTML declared as HTML, and stores nothing', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(HTML.buffer)], { type: 'text/html' }), HTML.name);
    const { authorization, 'kbn-xsrf': xsrf } = authHeaders(server);
    const response = await fetch(`${server.url}/api/cases/${encodeURIComponent(caseId)}/files`, { method: 'POST', headers: { authorization, 'kbn-xsrf': xsrf }, body: form });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    await expect(filesThroughApi(server, caseId).then((files) => files.length)).resolves.toBe(2);
  });

  it('following the download address saves the file instead of opening it, in this tab or a new one', async () => {
    for (const [name, original] of [
      [HTML_SHOWN, HTML],
      [SVG_SHOWN, SVG],
    ] as const) {
      const url = `${server.url}${downloadPath(caseId, stored[name].id)}`;
      const inPlace = page.waitForEvent('download');
      // The navigation ends in a download, which Playwright reports as an aborted navigation.
      await page.goto(url).catch(() => null);
      const saved = await inPlace;
      expect(saved.suggestedFilename()).toBe(name);
      expect((await savedBytes(saved)).equals(original.buffer)).toBe(true);

      const tab = await page.context().newPage();
      const inTab = tab.waitForEvent('download');
      await tab.goto(url).catch(() => null);
      expect((await savedBytes(await inTab)).equals(original.buffer)).toBe(true);
      expect(await pwnedPages()).toEqual(page.context().pages().map((open) => ({ url: open.url(), pwned: false })));
      await tab.close();
    }
  });

  it("the Files section's buttons download both, and no page ever ran their script", async () => {
    await openCasePlace(page, server, caseId, 'files');
    await waitForFileRows(page, 2);
    for (const [name, original] of [
      [HTML_SHOWN, HTML],
      [SVG_SHOWN, SVG],
    ] as const) {
      const saved = await downloadByClicking(page, fileRow(page, name).locator(testSubj('case-files-download')));
      expect(saved.suggestedFilename()).toBe(name);
      expect((await savedBytes(saved)).equals(original.buffer)).toBe(true);
    }
    // Still the app, and nothing ran.
    expect(new URL(page.url()).pathname).toBe(`/app/cases/${caseId}`);
    const pages = await pwnedPages();
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((open) => open.pwned)).toEqual([]);
  });
});

/**
 * Markdown is user input shown to other analysts: raw HTML must stay text and script URLs
 * must not become links, in the description, in a comment saved through the API and in one
 * typed into the comment box. Any dialog (alert, confirm, prompt) fails the test.
 */
import type { Dialog, Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../helpers/server_process';
import { launchBrowser, testSubj, type BrowserSession } from './helpers/browser';
import { addCommentThroughApi, createCaseThroughApi, login, screenshot, textBox } from './helpers/cases_app';

jest.setTimeout(120_000);

const IMG = '<img src=x onerror=alert(1)>';
const JS_LINK = '[x](javascript:alert(1))';
const UI_PAYLOAD = 'typed: <img src=y onerror=alert(2)> and [click me](JaVaScRiPt:alert(3)) and <script>alert(4)</script>';

describe('cases: markdown safety in Chromium', () => {
  let server: ServerProcess;
  let browser: BrowserSession;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await startServerProcess();
    browser = await launchBrowser();
    page = browser.page;
    page.setDefaultTimeout(15_000);
    page.on('dialog', (dialog: Dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await login(page, server);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function expectInert(where: string) {
    const view = page.locator(testSubj('case-view-page'));
    // Wait a moment for an onerror that would fire on a broken image.
    await page.waitForTimeout(300);
    const unsafe = await view.evaluate((root) => ({
      images: [...root.querySelectorAll('img')].map((img) => img.getAttribute('src')).filter((src) => src === 'x' || src === 'y'),
      handlers: [...root.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).map((el) => el.outerHTML.slice(0, 120)),
      scriptLinks: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '').filter((href) => /^\s*javascript:/i.test(href)),
      scripts: [...root.querySelectorAll('script')].length,
    }));
    expect({ where, ...unsafe }).toEqual({ where, images: [], handlers: [], scriptLinks: [], scripts: 0 });
    expect(dialogs).toEqual([]);
  }

  it('renders raw HTML as text and script links as inert, in description and comments', async () => {
    const seeded = await createCaseThroughApi(server, { title: 'Markdown safety', description: `desc ${IMG} and ${JS_LINK}` });
    await addCommentThroughApi(server, seeded.id, `comment ${IMG} then ${JS_LINK}`);

    await page.goto(`${server.url}/app/cases/${seeded.id}`);
    const view = page.locator(testSubj('case-view-page'));
    await view.waitFor();
    // The HTML shows as the characters the author typed.
    await page.locator(testSubj('description')).getByText(IMG, { exact: false }).waitFor();
    await view.getByText(/comment <img src=x onerror=alert\(1\)>/).waitFor();
    await expectInert('API-saved description and comment');
    // The refused link shows as the markdown the author typed, in both places.
    await page.locator(testSubj('description'), { hasText: JS_LINK }).waitFor();
    const comment = view.locator(testSubj('user-action-markdown'), { hasText: JS_LINK });
    await comment.waitFor();

    // Clicking where the link would have been does nothing either.
    await comment.getByText(JS_LINK, { exact: false }).first().click();
    await expectInert('after clicking the link text');

    await textBox(page, 'add-comment').fill(UI_PAYLOAD);
    await page.click(testSubj('submit-comment'));
    // In the activity: while the comment is being saved the (read-only) box still holds it.
    await page.locator(testSubj('user-actions-list')).getByText(/typed: <img src=y/).waitFor();
    await expectInert('comment typed in the browser');
    await screenshot(page, 'cases_markdown_safety');
    expect(browser.errors).toEqual([]);
  });
});

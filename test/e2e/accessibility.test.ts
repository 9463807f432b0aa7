/**
 * axe-core on the three pages as an analyst sees them: the list with a few cases, the create
 * form, and a case with comments. Serious and critical violations fail the test with the
 * offending nodes; minor and moderate ones are printed so they stay visible without blocking.
 */
import type { Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../helpers/server_process';
import { launchBrowser, testSubj, type BrowserSession } from './helpers/browser';
import { addCommentThroughApi, caseLinks, createCaseThroughApi, describeViolations, login, runAxe, type SeededCase } from './helpers/cases_app';

jest.setTimeout(120_000);

const BLOCKING = new Set(['serious', 'critical']);

describe('cases: accessibility (axe-core)', () => {
  let server: ServerProcess;
  let browser: BrowserSession;
  let page: Page;
  let withComments: SeededCase;

  beforeAll(async () => {
    server = await startServerProcess();
    const seeded: SeededCase[] = [];
    const severities = ['low', 'medium', 'high', 'critical'];
    for (let i = 0; i < 4; i++) {
      seeded.push(
        await createCaseThroughApi(server, {
          title: `Accessibility case ${i + 1}`,
          description: `Case **${i + 1}** with a [link](https://example.com/${i}) and a list:\n\n- one\n- two`,
          tags: [`tag-${i}`, 'a11y'],
          severity: severities[i],
        }),
      );
    }
    withComments = seeded[0];
    await addCommentThroughApi(server, withComments.id, 'First comment with `code` and **bold**.');
    await addCommentThroughApi(server, withComments.id, '> a quote\n\nSecond comment.');
    browser = await launchBrowser();
    page = browser.page;
    page.setDefaultTimeout(15_000);
    await login(page, server);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function scan(label: string) {
    const violations = await runAxe(page);
    const blocking = violations.filter((v) => v.impact !== null && BLOCKING.has(v.impact));
    const advisory = violations.filter((v) => !blocking.includes(v));
    if (advisory.length > 0) console.log(`axe, minor/moderate (not failing):\n${describeViolations(label, advisory)}`);
    if (blocking.length > 0) throw new Error(`axe found serious or critical violations:\n${describeViolations(label, blocking)}`);
    expect(browser.errors).toEqual([]);
  }

  it('the list with cases', async () => {
    await page.goto(`${server.url}/app/cases`);
    await page.locator(testSubj('all-cases-page')).waitFor();
    await caseLinks(page).nth(3).waitFor();
    await page.locator(testSubj('cases-metrics')).waitFor();
    await scan('all cases');
  });

  it('the create page', async () => {
    await page.goto(`${server.url}/app/cases/create`);
    await page.locator(testSubj('create-case-page')).waitFor();
    await page.locator(testSubj('create-case-submit')).waitFor();
    await scan('create case');
  });

  it('a case with comments', async () => {
    await page.goto(`${server.url}/app/cases/${withComments.id}`);
    await page.locator(testSubj('case-view-page')).waitFor();
    await page.getByText('Second comment.').waitFor();
    await page.locator(testSubj('case-view-sidebar')).waitFor();
    await scan('case view');
  });
});

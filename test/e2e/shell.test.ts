import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { authHeaders, startServerProcess, type ServerProcess } from '../helpers/server_process';
import { launchBrowser, testSubj, type BrowserSession } from './helpers/browser';

jest.setTimeout(60_000);

const SCREENSHOTS = join(__dirname, 'screenshots');

describe('shell: login, spaces, logout', () => {
  let server: ServerProcess;
  let browser: BrowserSession;

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    server = await startServerProcess();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function screenshot(name: string) {
    await browser.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
  }

  async function createSpaceThroughApi(id: string, name: string) {
    const response = await fetch(`${server.url}/api/spaces/space`, {
      method: 'POST',
      headers: authHeaders(server),
      body: JSON.stringify({ id, name, disabledFeatures: [] }),
    });
    if (response.status !== 200) throw new Error(`Creating space ${id} answered ${response.status}: ${await response.text()}`);
  }

  it('walks from the login page through a space switch to logging out', async () => {
    const { page } = browser;

    await page.goto(`${server.url}/app/cases`);
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toContain('/app/cases');
    await page.waitForSelector(testSubj('loginForm'));
    await screenshot('01_login');

    await page.fill(testSubj('loginUsername'), server.username);
    await page.fill(testSubj('loginPassword'), server.password);
    await page.click(testSubj('loginSubmit'));
    await page.waitForURL((url) => url.pathname === '/app/cases');
    await page.waitForSelector(testSubj('headerGlobalNav'));
    await page.waitForSelector(testSubj('all-cases-page'));
    await screenshot('02_cases_default_space');

    await createSpaceThroughApi('soc-eu', 'SOC EU');
    await page.click(testSubj('spacesNavSelector'));
    await page.click(testSubj('space-avatar-soc-eu'));
    await page.waitForURL((url) => url.pathname === '/s/soc-eu/app/cases');
    await page.waitForSelector(testSubj('all-cases-page'));
    await page.waitForSelector(`${testSubj('spacesNavSelector')}[aria-label^="Current space: SOC EU"]`);
    await screenshot('03_cases_soc_eu');

    await page.click(testSubj('userMenuButton'));
    await page.click(testSubj('logoutLink'));
    await page.waitForURL((url) => url.pathname === '/login');
    await page.waitForSelector(testSubj('loginLoggedOutMessage'));
    await screenshot('04_logged_out');

    expect(browser.errors).toEqual([]);
  });
});

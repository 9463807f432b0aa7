import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Debian's Chromium, headless, with everything that phones home switched off: the tests must
// not depend on the network beyond the server under test.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far; a clean flow leaves it empty. */
  errors: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  /** What `prefers-color-scheme` answers; the app follows it, as Kibana's "system" theme does. */
  colorScheme?: 'light' | 'dark';
}

export async function launchBrowser({ viewport = { width: 1280, height: 800 }, colorScheme = 'light' }: LaunchOptions = {}): Promise<BrowserSession> {
  // A fresh profile each run: no cookie or cache carries over between tests.
  const userDataDir = await mkdtemp(join(tmpdir(), 'cases-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    colorScheme,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The attribute every test selects by, as in Kibana's functional tests. */
export function testSubj(id: string): string {
  return `[data-test-subj="${id}"]`;
}

/** What `browserForSuite` hands a describe block: its page and the errors seen so far. */
export interface SuiteBrowser {
  readonly page: Page;
  readonly errors: string[];
}

/**
 * One browser for the tests of a describe block, as every flow opens it: launched before them
 * (a selector is waited for up to `timeoutMs`), closed after them, and each test must leave no
 * console or page error. Call it inside the describe; read `.page` from tests and from hooks
 * registered after it (a later `beforeAll` that logs in, say).
 */
export function browserForSuite({ timeoutMs = 20_000, ...options }: LaunchOptions & { timeoutMs?: number } = {}): SuiteBrowser {
  let session: BrowserSession | undefined;
  const launched = (): BrowserSession => {
    if (!session) throw new Error('the browser of this describe block is not launched (read it inside a test or a later hook)');
    return session;
  };

  beforeAll(async () => {
    session = await launchBrowser(options);
    session.page.setDefaultTimeout(timeoutMs);
  });

  afterAll(async () => {
    await session?.close();
  });

  afterEach(() => {
    expect(launched().errors).toEqual([]);
  });

  return {
    get page() {
      return launched().page;
    },
    get errors() {
      return launched().errors;
    },
  };
}

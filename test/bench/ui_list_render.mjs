/**
 * UI: the all-cases page at scale, on a generated data folder (generate/seeded_folder.mjs).
 * Headless Chromium, logged in, navigates to /app/cases and the clock runs until the first
 * page of rows is in `cases-table`. The cold load starts with the browser's HTTP cache emptied
 * (the session cookie kept) on a server that has just started, so its SQLite page cache is
 * empty too (the OS file cache is not); the warm figures are over 5 further loads in the same
 * profile. Each load also counts the bytes received over the wire (compressed, headers
 * included) until the first row. Targets (issue 12): first row ≤ 600 ms warm and ≤ 1,000 ms
 * cold at 100,000 cases; first-load transfer ≤ 900 kB.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_PASSWORD, startBuiltServer } from './built_server.mjs';
import { median, round } from './stats.mjs';

const require = createRequire(import.meta.url);
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const WARM_LOADS = 5;
const testSubj = (id) => `[data-test-subj="${id}"]`;
/** A data row of the table: EUI's basic table marks each `<tr>` of the body with `row`-ish classes, rows hold cells. */
const ROW = `${testSubj('cases-table')} tbody tr.euiTableRow`;

async function login(page, url) {
  await page.goto(`${url}/login`);
  await page.fill(testSubj('loginUsername'), 'elastic');
  await page.fill(testSubj('loginPassword'), BENCH_PASSWORD);
  await page.click(testSubj('loginSubmit'));
  await page.waitForURL((u) => u.pathname.startsWith('/app/'));
}

/** Navigation start → the first data row (`row`, a selector) is attached; bytes on the wire until then. */
async function timeListLoad(page, cdp, url, { path, row }) {
  let bytes = 0;
  const onFinished = (event) => {
    bytes += event.encodedDataLength;
  };
  cdp.on('Network.loadingFinished', onFinished);
  const started = performance.now();
  try {
    await page.goto(`${url}${path}`, { waitUntil: 'commit' });
    await page.waitForSelector(row, { timeout: 60_000 });
  } finally {
    cdp.off('Network.loadingFinished', onFinished);
  }
  const ms = performance.now() - started;
  const rows = await page.locator(row).count();
  if (rows === 0) throw new Error(`${path} rendered no rows`);
  return { ms, bytes };
}

export const kB = (bytes) => Math.round(bytes / 1000);

/**
 * On a running server: logs in, then times one cold load of `path` (the browser's cache
 * emptied) and WARM_LOADS warm ones until `row` is attached. Returns `{ cold, warm }`, each
 * load `{ ms, bytes }`. The alerts benchmark measures its page the same way.
 */
export async function measureFirstRowLoads({ url, path, row }) {
  const { chromium } = require('playwright-core');
  let context;
  const userDataDir = mkdtempSync(join(tmpdir(), 'cases-bench-chromium-'));
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await login(page, url);
    // The login page shares chunks with the app: a cold load must not find them cached.
    await page.goto('about:blank');
    await cdp.send('Network.clearBrowserCache');
    const cold = await timeListLoad(page, cdp, url, { path, row });
    const warm = [];
    for (let i = 0; i < WARM_LOADS; i++) {
      await page.goto('about:blank');
      warm.push(await timeListLoad(page, cdp, url, { path, row }));
    }
    return { cold, warm };
  } finally {
    await context?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

export async function benchUiListRender({ main, folder }) {
  let server;
  try {
    server = await startBuiltServer(main, folder.dataDir);
    const { cold, warm } = await measureFirstRowLoads({ url: server.url, path: '/app/cases', row: ROW });
    const warmMs = warm.map((load) => load.ms);
    return [
      {
        scenario: `all-cases first page at ${folder.size.toLocaleString('en-US')} cases`,
        loads: WARM_LOADS,
        'p50 ms': round(median(warmMs)),
        'max ms': round(Math.max(...warmMs)),
        'cold ms': round(cold.ms),
        'cold kB': kB(cold.bytes),
        'warm kB': kB(median(warm.map((load) => load.bytes))),
        target: '≤ 600 ms warm, ≤ 1,000 ms cold, ≤ 900 kB',
      },
    ];
  } finally {
    await server?.stop();
  }
}

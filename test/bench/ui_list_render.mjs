/**
 * UI: the all-cases page at scale. A fresh data folder is filled with N cases through the
 * built saved-objects layer (ui_seed_cases.mjs, in a child process, before the server opens
 * the folder), then headless Chromium, logged in, navigates to /app/cases and the clock runs
 * until the first page of rows is in `cases-table`. The first load is cold (nothing cached by
 * the browser or SQLite's page cache for that query); the median is over 5 further loads.
 * Target: under 1.5 s.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_PASSWORD, benchAuthHeader, startBuiltServer } from './built_server.mjs';
import { median, round } from './stats.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const WARM_LOADS = 5;
const testSubj = (id) => `[data-test-subj="${id}"]`;
/** A data row of the table: EUI's basic table marks each `<tr>` of the body with `row`-ish classes, rows hold cells. */
const ROW = `${testSubj('cases-table')} tbody tr.euiTableRow`;

function runSeeder(dataDir, count, profileUid) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(here, 'ui_seed_cases.mjs'), dataDir, String(count), profileUid ?? ''], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`seeder exited ${code}:\n${err}`))));
  });
}

/** The superuser's profile uid, so that some seeded cases are assigned to a real profile. */
async function profileUid(url) {
  const res = await fetch(`${url}/internal/security/me`, { headers: { authorization: benchAuthHeader } });
  if (res.status !== 200) return undefined;
  return (await res.json()).profile_uid;
}

async function login(page, url) {
  await page.goto(`${url}/login`);
  await page.fill(testSubj('loginUsername'), 'elastic');
  await page.fill(testSubj('loginPassword'), BENCH_PASSWORD);
  await page.click(testSubj('loginSubmit'));
  await page.waitForURL((u) => u.pathname.startsWith('/app/'));
}

/** Navigation start → the first data row is attached inside cases-table. */
async function timeListLoad(page, url) {
  const started = performance.now();
  await page.goto(`${url}/app/cases`, { waitUntil: 'commit' });
  await page.waitForSelector(ROW, { timeout: 60_000 });
  const ms = performance.now() - started;
  const rows = await page.locator(ROW).count();
  if (rows === 0) throw new Error('cases-table rendered no rows');
  return ms;
}

export async function benchUiListRender({ main, quick }) {
  const { chromium } = require('playwright-core');
  const count = quick ? 2_000 : 100_000;
  const dataDir = mkdtempSync(join(tmpdir(), 'cases-bench-ui-'));
  let server;
  let context;
  const userDataDir = mkdtempSync(join(tmpdir(), 'cases-bench-chromium-'));
  try {
    // First start creates the schema, the superuser and the default space; then the folder is
    // released for the seeder, which writes the cases with the same built code.
    server = await startBuiltServer(main, dataDir);
    const uid = await profileUid(server.url);
    await server.stop();
    server = undefined;
    const seeded = await runSeeder(dataDir, count, uid);
    server = await startBuiltServer(main, dataDir);

    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await login(page, server.url);
    // Leave the app so that the first timed load starts from a navigation, not a warm page.
    await page.goto('about:blank');
    const cold = await timeListLoad(page, server.url);
    const warm = [];
    for (let i = 0; i < WARM_LOADS; i++) {
      await page.goto('about:blank');
      warm.push(await timeListLoad(page, server.url));
    }
    return [
      {
        scenario: `all-cases first page at ${count.toLocaleString('en-US')} cases`,
        loads: WARM_LOADS,
        'p50 ms': round(median(warm)),
        'max ms': round(Math.max(...warm)),
        'cold ms': round(cold),
        'seed s': round(seeded.ms / 1000),
        target: '< 1500 ms',
      },
    ];
  } finally {
    await context?.close();
    await server?.stop();
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

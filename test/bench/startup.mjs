/**
 * Startup: from `node build/server/main.js` to the ready line, and to the first authenticated
 * `GET /api/status` answer, on a fresh data folder (first start creates the schema, the
 * superuser and the default space) and on an existing one. Target (issue 2): under 5 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchAuthHeader, startBuiltServer } from './built_server.mjs';
import { median, percentile, round } from './stats.mjs';

async function startOnce(main, dataDir) {
  const server = await startBuiltServer(main, dataDir, { timeoutMs: 30_000 });
  const res = await fetch(`${server.url}/api/status`, { headers: { authorization: benchAuthHeader } });
  if (res.status !== 200) throw new Error(`status answered ${res.status}`);
  const firstAnswerMs = performance.now() - server.startedAt;
  await server.stop();
  return { readyMs: server.readyAt - server.startedAt, firstAnswerMs };
}

export async function benchStartup({ main, runs }) {
  const fresh = [];
  const existing = [];
  for (let i = 0; i < runs; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'cases-bench-startup-'));
    try {
      fresh.push(await startOnce(main, dataDir));
      existing.push(await startOnce(main, dataDir));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const row = (name, samples) => ({
    scenario: name,
    runs: samples.length,
    'ready p50 ms': round(median(samples.map((s) => s.readyMs))),
    'first answer p50 ms': round(median(samples.map((s) => s.firstAnswerMs))),
    'first answer max ms': round(percentile(samples.map((s) => s.firstAnswerMs), 100)),
    target: '< 5000 ms',
  });
  return [row('startup, new data folder', fresh), row('startup, existing data folder', existing)];
}

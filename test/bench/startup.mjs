/**
 * Startup: from `node build/server/main.js` to the ready line, and to the first authenticated
 * `GET /api/status` answer, on a fresh data folder (first start creates the schema, the
 * superuser and the default space) and on an existing one. Target (issue 2): under 5 s.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, percentile, round } from './stats.mjs';

const READY = /Cases is running at (http:\/\/[^/\s]+)/;
const PASSWORD = 'bench-password';

async function startOnce(main, dataDir) {
  const started = performance.now();
  const child = spawn(process.execPath, [main, '--port', '0', '--data', dataDir, '--log-level', 'warn'], {
    env: { ...process.env, ELASTIC_PASSWORD: PASSWORD },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line in 30 s:\n${output}`)), 30_000);
    child.stdout.on('data', (d) => {
      output += d;
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.on('data', (d) => (output += d));
    child.once('exit', (code) => reject(new Error(`exited ${code} before ready:\n${output}`)));
  });
  const readyMs = performance.now() - started;
  const auth = `Basic ${Buffer.from(`elastic:${PASSWORD}`).toString('base64')}`;
  const res = await fetch(`${url}/api/status`, { headers: { authorization: auth } });
  if (res.status !== 200) throw new Error(`status answered ${res.status}`);
  const firstAnswerMs = performance.now() - started;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  return { readyMs, firstAnswerMs };
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

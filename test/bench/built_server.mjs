/**
 * Starts the built server (`build/server/main.js`) on a free port with a given data folder and
 * waits for its ready line: what every benchmark measures against. `startedAt` is taken just
 * before the process is spawned, so startup can be timed from it.
 */
import { spawn } from 'node:child_process';
import { withoutElasticsearch } from './elasticsearch_settings.mjs';

const READY = /Cases is running at (http:\/\/[^/\s]+)/;
export const BENCH_PASSWORD = 'bench-password';
export const benchAuthHeader = `Basic ${Buffer.from(`elastic:${BENCH_PASSWORD}`).toString('base64')}`;

/**
 * `args`: further flags, e.g. `--savedObjects.sqlite.readWorkers=2`. `env`: further variables;
 * the cluster settings of an `--elasticsearch` run (elasticsearch_settings.mjs) go only there,
 * so a server of a SQLite run never picks up a cluster from the shell.
 */
export async function startBuiltServer(main, dataDir, { timeoutMs = 60_000, args = [], env = {} } = {}) {
  const startedAt = performance.now();
  const child = spawn(process.execPath, [main, '--port', '0', '--data', dataDir, '--log-level', 'warn', ...args], {
    env: { ...withoutElasticsearch(process.env), ...env, ELASTIC_PASSWORD: BENCH_PASSWORD },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line in ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
    child.stdout.on('data', (d) => {
      output += d;
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.on('data', (d) => (output += d));
    exited.then((code) => reject(new Error(`exited ${code} before ready:\n${output}`)));
  });
  return {
    url,
    startedAt,
    readyAt: performance.now(),
    child,
    /** What the server printed so far: a failed step quotes its end, so the error says why. */
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

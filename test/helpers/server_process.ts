/**
 * Starts the built server (`build/server/main.js`) as a child process on a free port with its
 * own data folder, as a user would run it, and stops it again. Tests that need a real process
 * (browser flows, kill -9 durability, signals) use this; `npm test` builds first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(__dirname, '../..');
const MAIN = join(PROJECT_ROOT, 'build/server/main.js');
const READY = /Cases is running at (http:\/\/[^/\s]+)/;

export interface ServerProcess {
  url: string;
  port: number;
  username: 'elastic';
  password: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** SIGTERM and wait for exit. */
  stop(): Promise<number | null>;
  /** Send a signal (default SIGKILL) and wait for exit. */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface StartOptions {
  env?: Record<string, string>;
  args?: string[];
  dataDir?: string;
  password?: string;
  timeoutMs?: number;
}

export async function startServerProcess(opts: StartOptions = {}): Promise<ServerProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first (npm test does)`);
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'cases-data-'));
  const password = opts.password ?? 'changeme-test';
  const child = spawn(process.execPath, [MAIN, '--port', '0', '--data', dataDir, '--log-level', 'warn', ...(opts.args ?? [])], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ELASTIC_PASSWORD: password, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));

  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`server did not start in time:\n${output}`)), opts.timeoutMs ?? 20_000);
    const onData = () => {
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        res(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    exited.then((code) => {
      clearTimeout(timer);
      rej(new Error(`server exited with ${code} before it was ready:\n${output}`));
    });
  });

  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
    return exited;
  };
  return {
    url,
    port: Number(new URL(url).port),
    username: 'elastic',
    password,
    dataDir,
    child,
    output: () => output,
    stop: () => signal('SIGTERM'),
    kill: (sig = 'SIGKILL') => signal(sig),
  };
}

/** Basic-auth headers for the superuser of a started server, with kbn-xsrf for writes. */
export const authHeaders = (server: Pick<ServerProcess, 'username' | 'password'>): Record<string, string> => ({
  authorization: `Basic ${Buffer.from(`${server.username}:${server.password}`).toString('base64')}`,
  'kbn-xsrf': 'true',
  'content-type': 'application/json',
});

/**
 * The start waits for Elasticsearch with the server already listening: every request, status
 * included, is a 503 meanwhile, and a cluster that never comes ends the start with a message
 * and a closed port. The "cluster" is a closed port on 127.0.0.1, so connections are refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadSettings } from './config/load_config';
import { toPlatformConfig } from './config/platform_config';
import { startRoot } from './root';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Polls until the server answers (bounded), returning the first answer. */
async function firstAnswer(url: string): Promise<Response> {
  for (let i = 0; i < 200; i++) {
    try {
      return await fetch(url);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  throw new Error(`${url} never answered`);
}

describe('startRoot with an Elasticsearch that is not there', () => {
  let workDir: string;
  beforeEach(() => (workDir = mkdtempSync(join(tmpdir(), 'cases-wait-'))));
  afterEach(() => rmSync(workDir, { recursive: true, force: true }));

  it('answers 503 while it waits, then gives up with a message and stops listening', async () => {
    const [httpPort, esPort] = [await freePort(), await freePort()];
    const settings = loadSettings({
      argv: ['--port', String(httpPort), '--host', '127.0.0.1', '--data', join(workDir, 'data')],
      env: { ELASTICSEARCH_HOSTS: `http://127.0.0.1:${esPort}`, ELASTICSEARCH_STARTUPTIMEOUT: '2s' },
      cwd: workDir,
    });
    const logs: Array<Record<string, unknown>> = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    const starting = startRoot({ config: toPlatformConfig(settings.values, {}, workDir), plugins: [], dataFileName: 'x.sqlite', version: '0.0.0', logger });
    const outcome = starting.then(() => 'started', (e: Error) => e.message);

    const status = await firstAnswer(`http://127.0.0.1:${httpPort}/api/status`);
    expect(status.status).toBe(503);
    expect(await status.json()).toEqual({ statusCode: 503, error: 'Service Unavailable', message: 'Server is not ready yet: waiting for storage (elasticsearch)' });
    expect((await fetch(`http://127.0.0.1:${httpPort}/api/spaces/space`)).status).toBe(503);

    expect(await outcome).toMatch(/Elasticsearch did not become available within 2s \(last error: ConnectionError/);
    expect(logs.some((l) => l['event.action'] === 'elasticsearch-wait')).toBe(true);
    await expect(fetch(`http://127.0.0.1:${httpPort}/api/status`)).rejects.toThrow();
  }, 20_000);
});

/**
 * The Cases server started inside the test process, the way `server/main.ts` assembles it:
 * same manifest, same plugin, same settings path. In-process, a test can read what a child
 * process cannot show: the route table and the repository (to compare the store before and
 * after a request). Logs at warn and above are kept for assertions instead of printed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadSettings, readPluginManifest, startRoot, toPlatformConfig, type PluginDefinition, type RunningRoot } from '../../../server/core';
import { config as casesConfig, plugin as casesPlugin } from '../../../server/index';
import { PROJECT_ROOT } from '../../helpers/server_process';

export interface InProcessServer {
  root: RunningRoot;
  url: string;
  username: 'elastic';
  password: string;
  /** Log lines at warn and above, parsed. */
  logs: Array<Record<string, unknown>>;
  stop(): Promise<void>;
}

const PASSWORD = 'changeme-fuzz';
// A page the app routes can serve whether or not `npm run build:public` has run.
const INDEX_HTML = '<!doctype html><div id="root"></div>';

export async function startInProcessServer(): Promise<InProcessServer> {
  const workDir = mkdtempSync(join(tmpdir(), 'cases-inproc-'));
  const distDir = join(workDir, 'dist');
  mkdirSync(distDir);
  writeFileSync(join(distDir, 'index.html'), INDEX_HTML);
  const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  const cases: PluginDefinition = {
    manifest: readPluginManifest(join(PROJECT_ROOT, 'kibana.jsonc'), version),
    config: casesConfig,
    plugin: (context) => casesPlugin(context as Parameters<typeof casesPlugin>[0]),
  };
  const settings = loadSettings({
    argv: ['--port', '0', '--host', '127.0.0.1', '--data', join(workDir, 'data')],
    env: {},
    cwd: workDir,
    pluginConfigPaths: [cases.manifest.configPath],
    defaults: { 'server.defaultRoute': '/app/cases' },
  });
  const logs: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const root = await startRoot({
    config: toPlatformConfig(settings.values, { ELASTIC_PASSWORD: PASSWORD }, workDir),
    version,
    plugins: [cases],
    pluginConfig: settings.plugins,
    dataFileName: 'cases.sqlite',
    distDir,
    logger,
  });
  return {
    root,
    url: root.url,
    username: 'elastic',
    password: PASSWORD,
    logs,
    async stop() {
      await root.stop();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

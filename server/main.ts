/**
 * The standalone entry point: `node build/server/main.js [flags]`. Reads the configuration,
 * starts the platform with the Cases plugin, and stops gracefully on SIGINT or SIGTERM.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, helpText, loadSettings } from './core/config/load_config';
import { toCasesConfig } from './core/config/cases_config';
import { startRoot } from './core/root';
import { CasesServerPlugin } from './plugin';

/** The package root, whether running from build/server or from server/ under a test runner. */
const packageRoot = resolve(__dirname, __dirname.includes(`${join('build', 'server')}`) ? '../..' : '..');

async function main(): Promise<void> {
  const settings = loadSettings({ argv: process.argv.slice(2), env: process.env, cwd: process.cwd() });
  if (settings.help) {
    process.stdout.write(`${helpText()}\n`);
    return;
  }
  const config = toCasesConfig(settings.values, process.env, process.cwd());
  const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  // Signal handlers go in before anything starts: a SIGTERM that arrives while the platform is
  // starting (or right after the ready line) must stop it gracefully, not kill it mid-write.
  const rootStarting = startRoot({
    config,
    version,
    plugins: [new CasesServerPlugin()],
    distDir: join(packageRoot, 'public', 'dist'),
  });
  let signalled = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (signalled) return;
    signalled = true;
    const timer = setTimeout(() => {
      process.stderr.write('Graceful stop took too long; exiting\n');
      process.exit(1);
    }, config.server.shutdownTimeoutMs);
    timer.unref();
    rootStarting
      .then(async (root) => {
        root.logger.info({ 'event.action': 'shutdown', signal }, `Received ${signal}, stopping`);
        await root.stop();
      })
      .then(
        () => process.exit(0),
        (e: unknown) => {
          process.stderr.write(`Error while stopping: ${(e as Error).stack ?? e}\n`);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  const root = await rootStarting;
  process.stdout.write(`Cases is running at ${root.url}/app/cases\n`);
}

main().catch((e: unknown) => {
  const message = e instanceof ConfigError ? `Configuration error: ${e.message}` : `Cases failed to start: ${(e as Error).stack ?? e}`;
  process.stderr.write(`${message}\n`);
  process.exit(e instanceof ConfigError ? 78 : 1);
});

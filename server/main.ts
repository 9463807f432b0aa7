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
  const root = await startRoot({
    config,
    version,
    plugins: [new CasesServerPlugin()],
    distDir: join(packageRoot, 'public', 'dist'),
  });
  process.stdout.write(`Cases is running at ${root.url}/app/cases\n`);

  let signalled = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (signalled) return;
    signalled = true;
    root.logger.info({ 'event.action': 'shutdown', signal }, `Received ${signal}, stopping`);
    const timer = setTimeout(() => {
      root.logger.error('Graceful stop took too long; exiting');
      process.exit(1);
    }, config.server.shutdownTimeoutMs);
    timer.unref();
    root.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        root.logger.error({ err: e }, 'Error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((e: unknown) => {
  const message = e instanceof ConfigError ? `Configuration error: ${e.message}` : `Cases failed to start: ${(e as Error).stack ?? e}`;
  process.stderr.write(`${message}\n`);
  process.exit(e instanceof ConfigError ? 78 : 1);
});

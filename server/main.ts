/**
 * The standalone host: `node build/server/main.js [flags]`. It is the one server file that names
 * the product: it reads the plugin's manifest (kibana.jsonc), the configuration (config/cases.yml,
 * environment, flags) with the plugin's settings under its `configPath`, and starts the platform
 * with the Cases plugin; it stops gracefully on SIGINT or SIGTERM.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, ManifestError, helpText, loadSettings, readPluginManifest, startRoot, toPlatformConfig, type PluginDefinition } from './core';
import { config as casesConfig, plugin as casesPlugin } from './index';

/** The package root, whether running from build/server or from server/ under a test runner. */
const packageRoot = resolve(__dirname, __dirname.includes(`${join('build', 'server')}`) ? '../..' : '..');

/** What this product sets where Kibana's platform has its own defaults. */
const HOST = {
  configFile: 'config/cases.yml',
  configFileEnvVar: 'CASES_CONFIG',
  dataFileName: 'cases.sqlite',
  defaults: { 'server.defaultRoute': '/app/cases', 'elasticsearch.index': 'cases-saved-objects' },
} as const;

async function main(): Promise<void> {
  const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  const cases: PluginDefinition = {
    manifest: readPluginManifest(join(packageRoot, 'kibana.jsonc'), version),
    config: casesConfig,
    plugin: (context) => casesPlugin(context as Parameters<typeof casesPlugin>[0]),
  };
  const settings = loadSettings({
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    defaultFile: HOST.configFile,
    fileEnvVar: HOST.configFileEnvVar,
    pluginConfigPaths: [cases.manifest.configPath],
    defaults: HOST.defaults,
  });
  if (settings.help) {
    process.stdout.write(`${helpText({ configFile: HOST.configFile, defaults: HOST.defaults })}\n`);
    return;
  }
  const config = toPlatformConfig(settings.values, process.env, process.cwd());
  // Signal handlers go in before anything starts: a SIGTERM that arrives while the platform is
  // starting (or right after the ready line) must stop it gracefully, not kill it mid-write.
  const rootStarting = startRoot({
    config,
    version,
    plugins: [cases],
    pluginConfig: settings.plugins,
    dataFileName: HOST.dataFileName,
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
  process.stdout.write(`Cases is running at ${root.url}${config.server.defaultRoute}\n`);
}

main().catch((e: unknown) => {
  const known = e instanceof ConfigError || e instanceof ManifestError;
  const message = known ? `Configuration error: ${e.message}` : `Cases failed to start: ${(e as Error).stack ?? e}`;
  process.stderr.write(`${message}\n`);
  process.exit(known ? 78 : 1);
});

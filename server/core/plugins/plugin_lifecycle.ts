/**
 * Runs plugins through Kibana's lifecycle: each is built from its definition with its decoded
 * settings, set up, then started in order; every setup and start contract is kept by plugin id
 * and handed to the plugins set up or started after it, as Kibana hands dependencies.
 */
import type { PluginConfigSlices } from '../config/plugin_slices';
import type { CoreSetup, CoreStart, Plugin, PluginDefinition, PluginManifest } from '../types';
import { decodePluginConfig } from './plugin_config';

export interface LoadedPlugin {
  manifest: PluginManifest;
  plugin: Plugin;
}

export interface SetupPlugins {
  plugins: LoadedPlugin[];
  /** Setup contracts by plugin id. */
  contracts: Readonly<Record<string, unknown>>;
}

export async function setupPlugins(definitions: PluginDefinition[], slices: PluginConfigSlices, core: CoreSetup): Promise<SetupPlugins> {
  const seen = new Set<string>();
  const contracts: Record<string, unknown> = {};
  const loaded: LoadedPlugin[] = [];
  for (const definition of definitions) {
    const { manifest } = definition;
    if (seen.has(manifest.id)) throw new Error(`Plugin [${manifest.id}] is registered twice`);
    const missing = manifest.requiredPlugins.filter((id) => !seen.has(id) && !PLATFORM_PLUGINS.has(id));
    if (missing.length > 0) throw new Error(`Plugin [${manifest.id}] requires [${missing.join(', ')}], which is not loaded before it`);
    seen.add(manifest.id);
    const config = decodePluginConfig(definition, slices);
    const logger = core.logger.child({ 'log.logger': `plugins.${manifest.id}` });
    const plugin = definition.plugin({ manifest, config: { get: () => config }, logger });
    // A plugin sees only the setup contracts of plugins set up before it: its dependencies.
    contracts[manifest.id] = await plugin.setup(core, Object.freeze({ ...contracts }));
    loaded.push({ manifest, plugin });
  }
  return { plugins: loaded, contracts: Object.freeze(contracts) };
}

export async function startPlugins(plugins: LoadedPlugin[], core: CoreStart): Promise<Readonly<Record<string, unknown>>> {
  const contracts: Record<string, unknown> = {};
  for (const { manifest, plugin } of plugins) {
    // A plugin sees only the contracts of plugins started before it: its dependencies.
    contracts[manifest.id] = await plugin.start(core, Object.freeze({ ...contracts }));
  }
  return Object.freeze(contracts);
}

/** What Kibana ships as plugins this platform provides as core services. */
const PLATFORM_PLUGINS = new Set(['security', 'spaces']);

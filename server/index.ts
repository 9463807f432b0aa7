/**
 * The plugin's server entry, as Kibana loads it: a factory for the plugin instance and the
 * descriptor of its settings (`xpack.cases.*`, the `configPath` of kibana.jsonc).
 */
import type { PluginConfigDescriptor, PluginInitializerContext } from './core';
import { casesConfigSchema, type CasesConfig } from './config';
import { CasesServerPlugin } from './plugin';

export const config: PluginConfigDescriptor<CasesConfig> = { schema: casesConfigSchema };

export const plugin = (context: PluginInitializerContext<CasesConfig>) => new CasesServerPlugin(context);
export type { CasesServerPlugin, CasesServerStart } from './plugin';
export type { CasesConfig } from './config';

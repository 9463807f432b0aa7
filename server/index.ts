/** The plugin's server entry, as Kibana loads it: a factory for the plugin instance. */
import { CasesServerPlugin } from './plugin';

export const plugin = () => new CasesServerPlugin();
export type { CasesServerPlugin };

/**
 * The settings that belong to plugins: every key under a plugin's `configPath` (`xpack.cases.*`)
 * is set aside, nested as the plugin's schema reads it, instead of being checked against the
 * platform's table. The plugin's own schema decides what is valid there.
 */
export type PluginConfigSlices = Record<string, Record<string, unknown>>;

export interface PluginSliceCollector {
  /** True when `key` lies under a plugin's path; the value is then kept for that plugin. */
  claim(key: string, value: unknown): boolean;
  slices(): PluginConfigSlices;
}

export function createPluginSliceCollector(configPaths: readonly string[][]): PluginSliceCollector {
  const prefixes = configPaths.map((path) => path.join('.'));
  const collected: PluginConfigSlices = Object.fromEntries(prefixes.map((prefix) => [prefix, {}]));
  return {
    claim(key, value) {
      // Longest first, so a plugin nested under another's path gets its own keys.
      const prefix = [...prefixes].sort((a, b) => b.length - a.length).find((p) => key === p || key.startsWith(`${p}.`));
      if (prefix === undefined) return false;
      if (key === prefix) {
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) Object.assign(collected[prefix], value);
        return true;
      }
      setPath(collected[prefix], key.slice(prefix.length + 1).split('.'), value);
      return true;
    },
    slices: () => collected,
  };
}

function setPath(target: Record<string, unknown>, parts: string[], value: unknown): void {
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}

/**
 * The settings that belong to plugins: every key under a plugin's `configPath` (`xpack.cases.*`)
 * is set aside, nested as the plugin's schema reads it, instead of being checked against the
 * platform's table. The plugin's own schema decides what is valid there.
 */
export type PluginConfigSlices = Record<string, Record<string, unknown>>;

export interface PluginSliceCollector {
  /** True when `key` lies under one of the collector's paths. */
  owns(key: string): boolean;
  /** True when `key` lies under a plugin's path; the value is then kept for that plugin. */
  claim(key: string, value: unknown): boolean;
  slices(): PluginConfigSlices;
}

export function createPluginSliceCollector(configPaths: readonly string[][]): PluginSliceCollector {
  const prefixes = configPaths.map((path) => path.join('.'));
  const collected: PluginConfigSlices = Object.fromEntries(prefixes.map((prefix) => [prefix, {}]));
  // Longest first, so a plugin nested under another's path gets its own keys.
  const ordered = [...prefixes].sort((a, b) => b.length - a.length);
  const prefixOf = (key: string) => ordered.find((p) => key === p || key.startsWith(`${p}.`));
  return {
    owns: (key) => prefixOf(key) !== undefined,
    claim(key, value) {
      const prefix = prefixOf(key);
      if (prefix === undefined) return false;
      if (key === prefix) {
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
          for (const [name, inner] of Object.entries(value)) setOwn(collected[prefix], name, inner);
        }
        return true;
      }
      setPath(collected[prefix], key.slice(prefix.length + 1).split('.'), value);
      return true;
    },
    slices: () => collected,
  };
}

/**
 * Keys come from files and flags: `__proto__` or `constructor` must land as data (a setting
 * refuses them with its own message), never reach Object.prototype through an assignment.
 */
function setOwn(node: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

function setPath(target: Record<string, unknown>, parts: string[], value: unknown): void {
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = Object.hasOwn(node, part) ? node[part] : undefined;
    if (next === null || typeof next !== 'object' || Array.isArray(next)) setOwn(node, part, {});
    node = node[part] as Record<string, unknown>;
  }
  setOwn(node, parts[parts.length - 1], value);
}

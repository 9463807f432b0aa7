/**
 * Reads the configuration: defaults, then the host's config file (kibana.yml style: nested or
 * dotted keys), then environment variables, then command-line flags, each overriding the last.
 * Every key is checked against the settings table, except those under a plugin's `configPath`,
 * which go to that plugin's schema; a bad one stops the start with its name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isLeft } from 'fp-ts/lib/Either';
import type * as t from 'io-ts';
import { parse as parseYaml } from 'yaml';
import { createPluginSliceCollector, type PluginConfigSlices, type PluginSliceCollector } from './plugin_slices';
import { envNameOf, isSettingKey, SETTINGS, type Setting, type SettingKey, type SettingValues } from './settings';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Short flags for the settings people change most. */
const FLAG_ALIASES: Record<string, SettingKey> = {
  port: 'server.port',
  host: 'server.host',
  data: 'path.data',
  'log-level': 'logging.root.level',
};

export interface ConfigSources {
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The host's file, read when present and no other is named (`config/kibana.yml` in Kibana). */
  defaultFile?: string;
  /** An environment variable that names another file, as `--config` does. */
  fileEnvVar?: string;
  /** Each plugin's `configPath` (from its manifest): keys under one are that plugin's. */
  pluginConfigPaths?: string[][];
  /** The host's own defaults, in place of the table's (a product names its index, say). */
  defaults?: Partial<SettingValues>;
}

export interface LoadedSettings {
  values: SettingValues;
  /** The plugins' settings, nested, keyed by dotted `configPath` (`xpack.cases`). */
  plugins: PluginConfigSlices;
  /** Where the file came from, when one was read. */
  configFile?: string;
  help: boolean;
}

type RawValues = Map<SettingKey, { value: unknown; source: string }>;

/**
 * Settings whose value is a nested tree (maps keyed by id, lists of objects): the file's and the
 * flags' keys under them are gathered, nested, and decoded as one value by the setting's codec.
 */
const NESTED_SETTINGS = ['xpack.actions'] as const satisfies readonly SettingKey[];
const isNestedSetting = (key: string): boolean => (NESTED_SETTINGS as readonly string[]).includes(key);

/**
 * Where flattening stops inside a nested setting: a preconfigured connector's config and secrets
 * are the connector type's objects, whose keys may hold dots (a header name, say).
 */
const KEEP_WHOLE = /^xpack\.actions\.preconfigured\.[^.]+\.(config|secrets)$/;

/** Claims a key for a plugin or a nested setting, in that order of specificity. */
function sliceClaimer(plugins: PluginSliceCollector, nested: PluginSliceCollector): PluginSliceCollector {
  return {
    owns: (key) => nested.owns(key) || plugins.owns(key),
    claim: (key, value) => nested.claim(key, value) || plugins.claim(key, value),
    slices: () => ({ ...plugins.slices(), ...nested.slices() }),
  };
}

export function loadSettings(sources: ConfigSources): LoadedSettings {
  const { argv, env, cwd, defaultFile, fileEnvVar, pluginConfigPaths = [], defaults = {} } = sources;
  const plugins = createPluginSliceCollector(pluginConfigPaths);
  const nested = createPluginSliceCollector(NESTED_SETTINGS.map((key) => key.split('.')));
  const slices = sliceClaimer(plugins, nested);
  const flags = readFlags(argv, slices);
  const raw: RawValues = new Map();
  const configFile = flags.configPath ?? (fileEnvVar ? env[fileEnvVar] : undefined) ?? existingFile(cwd, defaultFile);
  if (configFile) readFile(resolve(cwd, configFile), raw, slices);
  // Flags override the file, for nested and plugin keys as for the others.
  for (const [key, value] of flags.sliceValues) slices.claim(key, value);
  for (const [key, tree] of Object.entries(nested.slices())) {
    if (Object.keys(tree).length > 0) raw.set(key as SettingKey, { value: tree, source: 'the config file and flags' });
  }
  for (const key of Object.keys(SETTINGS) as SettingKey[]) {
    if (isNestedSetting(key)) continue;
    const value = env[envNameOf(key)];
    if (value !== undefined && value !== '') raw.set(key, { value, source: `environment variable ${envNameOf(key)}` });
  }
  for (const [key, value] of flags.values) raw.set(key, { value, source: `flag --${key}` });
  return {
    values: decodeAll(raw, defaults),
    plugins: plugins.slices(),
    configFile: configFile ? resolve(cwd, configFile) : undefined,
    help: flags.help,
  };
}

function existingFile(cwd: string, file: string | undefined): string | undefined {
  if (!file) return undefined;
  const candidate = resolve(cwd, file);
  return existsSync(candidate) ? candidate : undefined;
}

interface Flags {
  values: Map<SettingKey, string>;
  /** Keys under a plugin's path or a nested setting: applied once the file has been read. */
  sliceValues: Array<[string, string]>;
  configPath?: string;
  help: boolean;
}

function readFlags(argv: string[], slices: PluginSliceCollector): Flags {
  let tokens;
  try {
    ({ tokens } = parseArgs({ args: argv, strict: false, allowPositionals: true, tokens: true }));
  } catch (e) {
    throw new ConfigError((e as Error).message);
  }
  const values = new Map<SettingKey, string>();
  const sliceValues: Array<[string, string]> = [];
  let configPath: string | undefined;
  let help = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'positional') throw new ConfigError(`Unexpected argument "${token.value}"`);
    if (token.kind !== 'option') continue;
    if (token.name === 'help' || token.name === 'h') {
      help = true;
      continue;
    }
    // parseArgs without a schema reads `--port 5602` as a flag and a positional: take the next token.
    let value = token.value;
    if (value === undefined) {
      const next = tokens[i + 1];
      if (next?.kind !== 'positional') throw new ConfigError(`Flag --${token.name} needs a value`);
      value = next.value;
      i++;
    }
    if (token.name === 'config' || token.name === 'c') {
      configPath = value;
      continue;
    }
    const key = FLAG_ALIASES[token.name] ?? token.name;
    if (slices.owns(key)) {
      sliceValues.push([key, value]);
      continue;
    }
    if (!isSettingKey(key)) throw new ConfigError(`Unknown flag --${token.name}. ${knownKeysHint()}`);
    values.set(key, value);
  }
  return { values, sliceValues, configPath, help };
}

function readFile(path: string, raw: RawValues, slices: PluginSliceCollector): void {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`Cannot read the config file ${path}: ${(e as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw new ConfigError(`The config file ${path} is not valid YAML: ${(e as Error).message}`);
  }
  if (doc === null || doc === undefined) return;
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    throw new ConfigError(`The config file ${path} must hold settings as keys, e.g. "server.port: 5601"`);
  }
  for (const [key, value] of flatten(doc as Record<string, unknown>, '')) {
    if (slices.claim(key, value)) continue;
    if (!isSettingKey(key)) throw new ConfigError(`Unknown setting "${key}" in ${path}. ${knownKeysHint()}`);
    raw.set(key, { value, source: path });
  }
}

/** `server: { port: 1 }` and `server.port: 1` are the same key. */
function* flatten(doc: Record<string, unknown>, prefix: string): Generator<[string, unknown]> {
  for (const [name, value] of Object.entries(doc)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !KEEP_WHOLE.test(key)) {
      yield* flatten(value as Record<string, unknown>, key);
    } else {
      yield [key, value];
    }
  }
}

function decodeAll(raw: RawValues, defaults: Partial<SettingValues>): SettingValues {
  const values: Partial<Record<SettingKey, unknown>> = {};
  for (const key of Object.keys(SETTINGS) as SettingKey[]) {
    const setting = SETTINGS[key];
    const given = raw.get(key);
    if (!given) {
      values[key] = key in defaults ? defaults[key] : setting.default;
      continue;
    }
    const decoded = (setting.codec as t.Decoder<unknown, unknown>).decode(given.value);
    if (isLeft(decoded)) {
      // A codec that checks a tree explains itself (without values); the others say what they expect.
      const explained = decoded.left.map((e) => e.message).filter((m): m is string => Boolean(m));
      if (explained.length > 0) throw new ConfigError(`Invalid setting "${key}" (from ${given.source}): ${explained.join('; ')}`);
      const shown = 'secret' in setting && setting.secret ? '[redacted]' : JSON.stringify(given.value);
      throw new ConfigError(`Invalid value ${shown} for setting "${key}" (from ${given.source}): expected ${setting.codec.name}`);
    }
    values[key] = decoded.right;
  }
  return values as SettingValues;
}

function knownKeysHint(): string {
  return `Known settings: ${Object.keys(SETTINGS).join(', ')}`;
}

export function helpText({ configFile = 'the config file', defaults = {} }: { configFile?: string; defaults?: Partial<SettingValues> } = {}): string {
  const lines = (Object.keys(SETTINGS) as SettingKey[]).map((key) => {
    const s: Setting<unknown> = SETTINGS[key];
    if (isNestedSetting(key)) return `  --${key}.<key>=<value>`.padEnd(48) + `${s.description} (nested: see docs/connectors.md; no environment variable)`;
    const value = key in defaults ? defaults[key] : s.default;
    const def = value !== undefined ? ` (default ${JSON.stringify(value)})` : '';
    return `  --${key}=<value>`.padEnd(48) + `${s.description}${def}; env ${envNameOf(key)}`;
  });
  return [
    'Usage: npm start -- [flags]   or   node build/server/main.js [flags]',
    '',
    `Settings come from ${configFile} (or --config FILE), then environment variables, then flags.`,
    'Short flags: --port, --host, --data, --log-level, --config.',
    '',
    ...lines,
  ].join('\n');
}

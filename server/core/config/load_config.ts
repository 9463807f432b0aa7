/**
 * Reads the configuration: defaults, then `config/cases.yml` (kibana.yml style: nested or
 * dotted keys), then environment variables, then command-line flags, each overriding the last.
 * Every key is checked against the settings table; a bad one stops the start with its name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isLeft } from 'fp-ts/lib/Either';
import type * as t from 'io-ts';
import { parse as parseYaml } from 'yaml';
import { envNameOf, isSettingKey, SETTINGS, type SettingKey, type SettingValues } from './settings';

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
}

export interface LoadedSettings {
  values: SettingValues;
  /** Where the file came from, when one was read. */
  configFile?: string;
  help: boolean;
}

type RawValues = Map<SettingKey, { value: unknown; source: string }>;

export function loadSettings({ argv, env, cwd }: ConfigSources): LoadedSettings {
  const flags = readFlags(argv);
  const raw: RawValues = new Map();
  const configFile = flags.configPath ?? env.CASES_CONFIG ?? defaultConfigFile(cwd);
  if (configFile) readFile(resolve(cwd, configFile), raw);
  for (const key of Object.keys(SETTINGS) as SettingKey[]) {
    const value = env[envNameOf(key)];
    if (value !== undefined && value !== '') raw.set(key, { value, source: `environment variable ${envNameOf(key)}` });
  }
  for (const [key, value] of flags.values) raw.set(key, { value, source: `flag --${key}` });
  return { values: decodeAll(raw), configFile: configFile ? resolve(cwd, configFile) : undefined, help: flags.help };
}

function defaultConfigFile(cwd: string): string | undefined {
  const candidate = resolve(cwd, 'config/cases.yml');
  return existsSync(candidate) ? candidate : undefined;
}

function readFlags(argv: string[]): { values: Map<SettingKey, string>; configPath?: string; help: boolean } {
  let tokens;
  try {
    ({ tokens } = parseArgs({ args: argv, strict: false, allowPositionals: true, tokens: true }));
  } catch (e) {
    throw new ConfigError((e as Error).message);
  }
  const values = new Map<SettingKey, string>();
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
    if (!isSettingKey(key)) throw new ConfigError(`Unknown flag --${token.name}. ${knownKeysHint()}`);
    values.set(key, value);
  }
  return { values, configPath, help };
}

function readFile(path: string, raw: RawValues): void {
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
    if (!isSettingKey(key)) throw new ConfigError(`Unknown setting "${key}" in ${path}. ${knownKeysHint()}`);
    raw.set(key, { value, source: path });
  }
}

/** `server: { port: 1 }` and `server.port: 1` are the same key. */
function* flatten(doc: Record<string, unknown>, prefix: string): Generator<[string, unknown]> {
  for (const [name, value] of Object.entries(doc)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      yield* flatten(value as Record<string, unknown>, key);
    } else {
      yield [key, value];
    }
  }
}

function decodeAll(raw: RawValues): SettingValues {
  const values: Partial<Record<SettingKey, unknown>> = {};
  for (const key of Object.keys(SETTINGS) as SettingKey[]) {
    const setting = SETTINGS[key];
    const given = raw.get(key);
    if (!given) {
      values[key] = setting.default;
      continue;
    }
    const decoded = (setting.codec as t.Decoder<unknown, unknown>).decode(given.value);
    if (isLeft(decoded)) {
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

export function helpText(): string {
  const lines = Object.entries(SETTINGS).map(([key, s]) => {
    const def = 'default' in s && s.default !== undefined ? ` (default ${JSON.stringify(s.default)})` : '';
    return `  --${key}=<value>`.padEnd(48) + `${s.description}${def}; env ${envNameOf(key as SettingKey)}`;
  });
  return [
    'Usage: npm start -- [flags]   or   node build/server/main.js [flags]',
    '',
    'Settings come from config/cases.yml (or --config FILE), then environment variables, then flags.',
    'Short flags: --port, --host, --data, --log-level, --config.',
    '',
    ...lines,
  ].join('\n');
}

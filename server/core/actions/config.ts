/**
 * The `xpack.actions.*` settings, Kibana's names and defaults. Unlike the flat settings table,
 * this slice holds a map (`preconfigured`) and a list of objects (`customHostSettings`), so the
 * loader hands it over nested and this decoder checks it as a whole. Messages name the key
 * and never echo a value: preconfigured connectors carry secrets.
 */
import * as t from 'io-ts';
import { bool, byteSize, duration, oneOf, stringList } from '../config/codecs';

export type VerificationMode = 'none' | 'certificate' | 'full';

export interface CustomHostSettings {
  /** As written; matched on its canonical `scheme://host:port` (host_settings.ts). */
  url: string;
  ssl?: { verificationMode?: VerificationMode; certificateAuthoritiesData?: string; certificateAuthoritiesFiles?: string[] };
  smtp?: { ignoreTLS?: boolean; requireTLS?: boolean };
}

export interface PreconfiguredConnectorSettings {
  name: string;
  actionTypeId: string;
  config: Record<string, unknown>;
  /** Plain text in the configuration; never returned, never logged. */
  secrets: Record<string, unknown>;
  /** Kibana's switch to return `config` of a preconfigured connector through the API. */
  exposeConfig: boolean;
}

export interface ActionsConfig {
  allowedHosts: string[];
  enabledActionTypes: string[];
  preconfigured: Record<string, PreconfiguredConnectorSettings>;
  ssl: { verificationMode: VerificationMode };
  customHostSettings: CustomHostSettings[];
  /** Milliseconds. */
  responseTimeout: number;
  /** Bytes. */
  maxResponseContentLength: number;
  run: { maxAttempts: number };
}

export const DEFAULT_ACTIONS_CONFIG: ActionsConfig = {
  allowedHosts: ['*'],
  enabledActionTypes: ['*'],
  preconfigured: {},
  ssl: { verificationMode: 'full' },
  customHostSettings: [],
  responseTimeout: 60_000,
  maxResponseContentLength: 1024 * 1024,
  run: { maxAttempts: 3 },
};

/** Kibana refuses these ids: they would shadow Object's own properties in a plain map. */
const RESERVED_PRECONFIGURED_IDS = new Set(['', '__proto__', 'constructor']);
const MAX_ATTEMPTS = { min: 1, max: 10 };
const verificationMode = oneOf(['none', 'certificate', 'full'] as const);

type Raw = Record<string, unknown>;

const isObject = (u: unknown): u is Raw => u !== null && typeof u === 'object' && !Array.isArray(u);

/** Collects every problem, so one start names all of them. */
class Problems {
  readonly list: string[] = [];
  add(path: string, message: string): void {
    this.list.push(`[xpack.actions.${path}]: ${message}`);
  }
  unknownKeys(path: string, value: Raw, known: readonly string[]): void {
    for (const key of Object.keys(value)) if (!known.includes(key)) this.add(path ? `${path}.${key}` : key, 'definition for this key is missing');
  }
  /** Decodes `value` with `codec` when set; the problem says what was expected, not what was given. */
  decode<A>(path: string, value: unknown, codec: t.Decoder<unknown, A>, fallback: A): A {
    if (value === undefined) return fallback;
    const result = codec.decode(value);
    if (result._tag === 'Right') return result.right;
    this.add(path, `expected ${codec.name}`);
    return fallback;
  }
}

function decodePreconfigured(raw: unknown, problems: Problems): Record<string, PreconfiguredConnectorSettings> {
  // A null map: an own `__proto__` key stays data, never a prototype.
  const out = Object.create(null) as Record<string, PreconfiguredConnectorSettings>;
  if (raw === undefined) return out;
  if (!isObject(raw)) {
    problems.add('preconfigured', 'expected a map of connector id to connector');
    return out;
  }
  for (const id of Object.keys(raw)) {
    if (RESERVED_PRECONFIGURED_IDS.has(id)) {
      problems.list.push(`invalid preconfigured action id "${id}"`);
      continue;
    }
    const entry = raw[id];
    const path = `preconfigured.${id}`;
    if (!isObject(entry)) {
      problems.add(path, 'expected an object with name, actionTypeId, config and secrets');
      continue;
    }
    problems.unknownKeys(path, entry, ['name', 'actionTypeId', 'config', 'secrets', 'exposeConfig']);
    const name = entry.name;
    const actionTypeId = entry.actionTypeId;
    if (typeof name !== 'string' || name.length === 0) problems.add(`${path}.name`, 'expected a non-empty string');
    if (typeof actionTypeId !== 'string' || actionTypeId.length === 0) problems.add(`${path}.actionTypeId`, 'expected a non-empty string');
    for (const key of ['config', 'secrets'] as const) {
      if (entry[key] !== undefined && !isObject(entry[key])) problems.add(`${path}.${key}`, 'expected an object');
    }
    out[id] = {
      name: String(name),
      actionTypeId: String(actionTypeId),
      config: isObject(entry.config) ? entry.config : {},
      secrets: isObject(entry.secrets) ? entry.secrets : {},
      exposeConfig: problems.decode(`${path}.exposeConfig`, entry.exposeConfig, bool, false),
    };
  }
  return out;
}

function decodeCustomHost(entry: unknown, path: string, problems: Problems): CustomHostSettings | undefined {
  if (!isObject(entry)) {
    problems.add(path, 'expected an object with url, ssl and smtp');
    return undefined;
  }
  problems.unknownKeys(path, entry, ['url', 'ssl', 'smtp']);
  if (typeof entry.url !== 'string' || !URL.canParse(entry.url)) {
    problems.add(`${path}.url`, 'expected a URL such as https://jira.example.com');
    return undefined;
  }
  const settings: CustomHostSettings = { url: entry.url };
  if (isObject(entry.ssl)) {
    const ssl = entry.ssl;
    problems.unknownKeys(`${path}.ssl`, ssl, ['verificationMode', 'certificateAuthoritiesData', 'certificateAuthoritiesFiles']);
    settings.ssl = {
      verificationMode: problems.decode(`${path}.ssl.verificationMode`, ssl.verificationMode, verificationMode, undefined),
      certificateAuthoritiesData: typeof ssl.certificateAuthoritiesData === 'string' ? ssl.certificateAuthoritiesData : undefined,
      certificateAuthoritiesFiles: problems.decode(`${path}.ssl.certificateAuthoritiesFiles`, ssl.certificateAuthoritiesFiles, stringList, undefined),
    };
    if (ssl.certificateAuthoritiesData !== undefined && typeof ssl.certificateAuthoritiesData !== 'string') {
      problems.add(`${path}.ssl.certificateAuthoritiesData`, 'expected PEM text');
    }
  } else if (entry.ssl !== undefined) problems.add(`${path}.ssl`, 'expected an object');
  if (isObject(entry.smtp)) {
    problems.unknownKeys(`${path}.smtp`, entry.smtp, ['ignoreTLS', 'requireTLS']);
    settings.smtp = {
      ignoreTLS: problems.decode(`${path}.smtp.ignoreTLS`, entry.smtp.ignoreTLS, bool, undefined),
      requireTLS: problems.decode(`${path}.smtp.requireTLS`, entry.smtp.requireTLS, bool, undefined),
    };
  } else if (entry.smtp !== undefined) problems.add(`${path}.smtp`, 'expected an object');
  return settings;
}

function decodeNumberInRange(problems: Problems, path: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n === 'number' && Number.isInteger(n) && n >= MAX_ATTEMPTS.min && n <= MAX_ATTEMPTS.max) return n;
  problems.add(path, `expected an integer from ${MAX_ATTEMPTS.min} to ${MAX_ATTEMPTS.max}`);
  return fallback;
}

/** The slice as the loader nested it; `problems` lists every refusal (empty when valid). */
export function readActionsConfig(raw: unknown): { config: ActionsConfig; problems: string[] } {
  const problems = new Problems();
  const d = DEFAULT_ACTIONS_CONFIG;
  if (raw === undefined) return { config: { ...d, preconfigured: Object.create(null) as ActionsConfig['preconfigured'] }, problems: [] };
  if (!isObject(raw)) return { config: d, problems: ['[xpack.actions]: expected an object'] };
  problems.unknownKeys('', raw, ['allowedHosts', 'enabledActionTypes', 'preconfigured', 'ssl', 'customHostSettings', 'responseTimeout', 'maxResponseContentLength', 'run']);
  const ssl = isObject(raw.ssl) ? raw.ssl : {};
  if (raw.ssl !== undefined && !isObject(raw.ssl)) problems.add('ssl', 'expected an object');
  problems.unknownKeys('ssl', ssl, ['verificationMode']);
  const run = isObject(raw.run) ? raw.run : {};
  if (raw.run !== undefined && !isObject(raw.run)) problems.add('run', 'expected an object');
  problems.unknownKeys('run', run, ['maxAttempts']);
  const hosts = raw.customHostSettings;
  if (hosts !== undefined && !Array.isArray(hosts)) problems.add('customHostSettings', 'expected a list of host settings');
  const config: ActionsConfig = {
    allowedHosts: problems.decode('allowedHosts', raw.allowedHosts, stringList, d.allowedHosts),
    enabledActionTypes: problems.decode('enabledActionTypes', raw.enabledActionTypes, stringList, d.enabledActionTypes),
    preconfigured: decodePreconfigured(raw.preconfigured, problems),
    ssl: { verificationMode: problems.decode('ssl.verificationMode', ssl.verificationMode, verificationMode, d.ssl.verificationMode) },
    customHostSettings: (Array.isArray(hosts) ? hosts : [])
      .map((entry, i) => decodeCustomHost(entry, `customHostSettings.${i}`, problems))
      .filter((s): s is CustomHostSettings => s !== undefined),
    responseTimeout: problems.decode('responseTimeout', raw.responseTimeout, duration, d.responseTimeout),
    maxResponseContentLength: problems.decode('maxResponseContentLength', raw.maxResponseContentLength, byteSize, d.maxResponseContentLength),
    run: { maxAttempts: decodeNumberInRange(problems, 'run.maxAttempts', run.maxAttempts, d.run.maxAttempts) },
  };
  return { config, problems: problems.list };
}

/**
 * The slice as a settings-table decoder. Its failure message is the list of problems (the
 * loader prints it), so the name of the codec carries them.
 */
export const actionsConfigCodec = new t.Type<ActionsConfig, unknown, unknown>(
  'the xpack.actions settings',
  (u): u is ActionsConfig => isObject(u) && Array.isArray(u.allowedHosts),
  (u, c) => {
    const { config, problems } = readActionsConfig(u);
    return problems.length === 0 ? t.success(config) : t.failure(u, c, problems.join('; '));
  },
  t.identity,
);

/**
 * Reads a plugin's `kibana.jsonc`, the manifest Kibana reads: the platform learns the plugin's
 * id (the key of its start contract) and `configPath` (where its settings live) from it, so
 * neither is written into the platform.
 */
import { readFileSync } from 'node:fs';
import * as t from 'io-ts';
import { isLeft } from 'fp-ts/lib/Either';
import { formatErrors } from '../../../common/core/codec';
import type { PluginManifest } from '../types';
import { parseJsonc } from './jsonc';

const CONFIG_PATH_PART = /^[a-zA-Z][a-zA-Z0-9_]*$/;

const configPathPart = new t.Type<string, string, unknown>(
  'a config path part (letters, digits, _)',
  (u): u is string => typeof u === 'string' && CONFIG_PATH_PART.test(u),
  (u, c) => (typeof u === 'string' && CONFIG_PATH_PART.test(u) ? t.success(u) : t.failure(u, c)),
  t.identity,
);

// Kibana's manifest has more keys (owner, description, bundles...); only these drive the platform.
const ManifestFile = t.type({
  plugin: t.intersection([
    t.type({ id: t.string, server: t.boolean, browser: t.boolean }),
    t.partial({
      version: t.string,
      configPath: t.union([t.array(configPathPart), configPathPart]),
      requiredPlugins: t.array(t.string),
      optionalPlugins: t.array(t.string),
    }),
  ]),
});

export class ManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestError';
  }
}

export function parsePluginManifest(text: string, source: string, fallbackVersion: string): PluginManifest {
  let raw: unknown;
  try {
    raw = parseJsonc(text);
  } catch (e) {
    throw new ManifestError(`The plugin manifest ${source} is not valid JSON: ${(e as Error).message}`);
  }
  const decoded = ManifestFile.decode(raw);
  if (isLeft(decoded)) throw new ManifestError(`The plugin manifest ${source} is invalid: ${formatErrors(decoded.left)}`);
  const { plugin } = decoded.right;
  // Kibana's default: a plugin without configPath reads its settings under its id.
  const configPath = plugin.configPath ?? plugin.id;
  return {
    id: plugin.id,
    version: plugin.version ?? fallbackVersion,
    configPath: typeof configPath === 'string' ? [configPath] : configPath,
    requiredPlugins: plugin.requiredPlugins ?? [],
    optionalPlugins: plugin.optionalPlugins ?? [],
  };
}

export function readPluginManifest(path: string, fallbackVersion: string): PluginManifest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ManifestError(`Cannot read the plugin manifest ${path}: ${(e as Error).message}`);
  }
  return parsePluginManifest(text, path, fallbackVersion);
}

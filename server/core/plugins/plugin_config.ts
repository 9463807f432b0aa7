/** A plugin's settings, decoded by the schema it declares; a bad key stops the start with its path. */
import { isLeft } from 'fp-ts/lib/Either';
import { formatErrors } from '../../../common/core/codec';
import { ConfigError } from '../config/load_config';
import type { PluginConfigSlices } from '../config/plugin_slices';
import type { PluginDefinition } from '../types';

export function decodePluginConfig<TConfig>(definition: PluginDefinition<TConfig>, slices: PluginConfigSlices): TConfig {
  const path = definition.manifest.configPath.join('.');
  const decoded = definition.config.schema.decode(slices[path] ?? {});
  if (isLeft(decoded)) throw new ConfigError(`Invalid settings under "${path}": ${formatErrors(decoded.left)}`);
  return decoded.right;
}

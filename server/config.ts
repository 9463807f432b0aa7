/**
 * The plugin's settings, read from `xpack.cases.*` (kibana.jsonc's `configPath`) and decoded
 * strictly: the platform hands over that slice and this schema decides. None is defined yet, so
 * any key there is refused by name rather than silently ignored; a feature adds its key here.
 */
import type * as t from 'io-ts';
import { strict } from '../common/core/codec';

export const casesConfigSchema = strict({}, 'xpack.cases');

export type CasesConfig = t.TypeOf<typeof casesConfigSchema>;

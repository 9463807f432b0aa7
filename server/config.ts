/**
 * The plugin's settings, read from `xpack.cases.*` (kibana.jsonc's `configPath`) and decoded
 * strictly: the platform hands over that slice and this schema decides, so an unknown key is
 * refused by name rather than silently ignored. Every setting is optional; `resolveCasesConfig`
 * fills in the defaults.
 */
import * as t from 'io-ts';
import { strictPartial } from '../common/core/codec';
import {
  MAX_ALERTS_PER_CASE,
  MAX_ALERTS_PER_CASE_SETTING,
  MAX_CONFIGURE_LIMIT_SETTING,
  MAX_CUSTOM_FIELDS_PER_OWNER,
  MAX_OBSERVABLE_TYPES_PER_OWNER,
  MAX_TEMPLATES_PER_OWNER,
  MAX_FILE_SIZE,
  MAX_IMAGE_FILE_SIZE,
  MAX_FILES_PER_CASE,
  MAX_OBSERVABLES_PER_CASE,
  MAX_OBSERVABLES_PER_CASE_SETTING,
  MAX_FILES_PER_CASE_SETTING,
} from '../common/constants';
import { DEFAULT_ALLOWED_MIME_TYPES } from '../common/files/mime_types';

/**
 * Kibana's alerts index of a space, and where the ingest API puts events by default (not under
 * `logs-*-*`, where a cluster's built-in template would make it a data stream).
 */
export const DEFAULT_ALERTS_INDEX_PATTERN = '.alerts-security.alerts-{spaceId}';
export const DEFAULT_EVENTS_INDEX_PATTERN = 'cases-events-{spaceId}';

const indexPattern = new t.Type<string, string, unknown>(
  'an index pattern with {spaceId}, lowercase, without spaces, commas or wildcards',
  (u): u is string => typeof u === 'string',
  (u, c) =>
    typeof u === 'string' && u.includes('{spaceId}') && /^[a-z0-9._{}-]{1,200}$/.test(u.replace('{spaceId}', 'x')) && !u.startsWith('_')
      ? t.success(u)
      : t.failure(u, c),
  t.identity,
);

const integerSetting = (max: number) =>
  new t.Type<number, number, unknown>(
    `an integer from 1 to ${max}`,
    (u): u is number => typeof u === 'number',
    (u, c) => {
      // A flag (`--xpack.cases.alerts.maxPerCase=200000`) arrives as text, as Kibana's schema.number accepts it.
      const n = typeof u === 'string' && /^\d{1,10}$/.test(u) ? Number(u) : u;
      return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= max ? t.success(n) : t.failure(u, c);
    },
    t.identity,
  );
const maxPerCase = integerSetting(MAX_ALERTS_PER_CASE_SETTING);
/** A file may be up to 1 GiB when an admin says so; the default is Kibana's 100 MiB. */
const fileSize = integerSetting(1024 * 1024 * 1024);
const mimeType = new t.Type<string, string, unknown>(
  'a MIME type (type/subtype)',
  (u): u is string => typeof u === 'string',
  (u, c) => (typeof u === 'string' && /^[a-z0-9!#$&^_.+-]{1,127}\/[a-z0-9!#$&^_.+-]{1,127}$/i.test(u) ? t.success(u.toLowerCase()) : t.failure(u, c)),
  t.identity,
);
/** Kibana's caps are fixed at 10; here an admin may raise each, up to a ceiling the codecs share. */
const configureCap = integerSetting(MAX_CONFIGURE_LIMIT_SETTING);

export const casesConfigSchema = strictPartial(
  {
    alerts: strictPartial({ index: indexPattern, maxPerCase }, 'xpack.cases.alerts'),
    events: strictPartial({ index: indexPattern }, 'xpack.cases.events'),
    configure: strictPartial(
      { maxCustomFields: configureCap, maxTemplates: configureCap, maxObservableTypes: configureCap },
      'xpack.cases.configure',
    ),
    files: strictPartial(
      { maxSize: fileSize, maxImageSize: fileSize, maxPerCase: integerSetting(MAX_FILES_PER_CASE_SETTING), allowedMimeTypes: t.array(mimeType) },
      'xpack.cases.files',
    ),
    observables: strictPartial({ maxPerCase: integerSetting(MAX_OBSERVABLES_PER_CASE_SETTING) }, 'xpack.cases.observables'),
  },
  'xpack.cases',
);

export type CasesConfig = t.TypeOf<typeof casesConfigSchema>;

export interface ResolvedCasesConfig {
  alerts: { index: string; maxPerCase: number };
  events: { index: string };
  /** How many custom fields, templates and custom observable types one owner's configuration may hold. */
  configure: { maxCustomFields: number; maxTemplates: number; maxObservableTypes: number };
  /** Kibana's file limits: bytes per file (images have their own cap), files per case, and the types accepted. */
  files: { maxSize: number; maxImageSize: number; maxPerCase: number; allowedMimeTypes: string[] };
  observables: { maxPerCase: number };
}

export const resolveCasesConfig = (config: CasesConfig): ResolvedCasesConfig => ({
  alerts: {
    index: config.alerts?.index ?? DEFAULT_ALERTS_INDEX_PATTERN,
    maxPerCase: config.alerts?.maxPerCase ?? MAX_ALERTS_PER_CASE,
  },
  events: { index: config.events?.index ?? DEFAULT_EVENTS_INDEX_PATTERN },
  configure: {
    maxCustomFields: config.configure?.maxCustomFields ?? MAX_CUSTOM_FIELDS_PER_OWNER,
    maxTemplates: config.configure?.maxTemplates ?? MAX_TEMPLATES_PER_OWNER,
    maxObservableTypes: config.configure?.maxObservableTypes ?? MAX_OBSERVABLE_TYPES_PER_OWNER,
  },
  files: {
    maxSize: config.files?.maxSize ?? MAX_FILE_SIZE,
    // An image may never be larger than any file.
    maxImageSize: Math.min(config.files?.maxImageSize ?? MAX_IMAGE_FILE_SIZE, config.files?.maxSize ?? MAX_FILE_SIZE),
    maxPerCase: config.files?.maxPerCase ?? MAX_FILES_PER_CASE,
    allowedMimeTypes: config.files?.allowedMimeTypes ?? [...DEFAULT_ALLOWED_MIME_TYPES],
  },
  observables: { maxPerCase: config.observables?.maxPerCase ?? MAX_OBSERVABLES_PER_CASE },
});

/**
 * Threat-intelligence indicators: ECS `threat.indicator.*` documents, as the integrations that
 * feed Elastic Security write them. The server (ingest, the attachment) and the browser (the
 * Indicators section, the picker) read them through these paths and one name rule.
 */
import { readDocumentField } from '../alerts/alert_fields';

export const INDICATOR_FIELDS = {
  timestamp: '@timestamp',
  /** The document id: ECS has no indicator id; see server/indicators/indicator_index.ts. */
  id: 'event.id',
  type: 'threat.indicator.type',
  name: 'threat.indicator.name',
  description: 'threat.indicator.description',
  confidence: 'threat.indicator.confidence',
  firstSeen: 'threat.indicator.first_seen',
  lastSeen: 'threat.indicator.last_seen',
  tlp: 'threat.indicator.marking.tlp',
  feed: 'threat.feed.name',
  ip: 'threat.indicator.ip',
  urlFull: 'threat.indicator.url.full',
  urlDomain: 'threat.indicator.url.domain',
  emailAddress: 'threat.indicator.email.address',
  x509Serial: 'threat.indicator.x509.serial_number',
  registryKey: 'threat.indicator.registry.key',
  asNumber: 'threat.indicator.as.number',
  mac: 'threat.indicator.mac',
} as const;

/** The hashes a `file` indicator is named by, strongest first (the order Kibana's Threat Intelligence uses). */
export const INDICATOR_FILE_HASHES = [
  'sha256',
  'md5',
  'sha1',
  'sha224',
  'sha3-224',
  'sha3-256',
  'sha384',
  'sha3-384',
  'sha512',
  'sha3-512',
  'sha512/224',
  'sha512/256',
  'ssdeep',
  'tlsh',
  'impfuzzy',
  'imphash',
  'pehash',
  'vhash',
].map((hash) => `threat.indicator.file.hash.${hash}`);

/**
 * Which fields name an indicator of each type (lower-cased `threat.indicator.type`), first
 * present wins: Kibana's Threat Intelligence computes `threat.indicator.name` the same way (a
 * runtime field), so an indicator attached here reads as it does there. `email` and `unknown`
 * indicators have no naming field: Kibana shows the document id.
 */
const NAME_SOURCES: Array<[types: string[], paths: string[]]> = [
  [['ipv4-addr', 'ipv6-addr'], [INDICATOR_FIELDS.ip]],
  [['file'], INDICATOR_FILE_HASHES],
  [['url'], [INDICATOR_FIELDS.urlFull]],
  [['domain', 'domain-name'], [INDICATOR_FIELDS.urlDomain]],
  [['x509-certificate', 'x509 serial'], [INDICATOR_FIELDS.x509Serial]],
  [['email-addr'], [INDICATOR_FIELDS.emailAddress]],
  [['windows-registry-key'], [INDICATOR_FIELDS.registryKey]],
  [['autonomous-system'], [INDICATOR_FIELDS.asNumber]],
  [['mac-addr'], [INDICATOR_FIELDS.mac]],
];

/** A field's first value as text: ECS fields may hold one value or an array of them. */
export function firstText(document: unknown, path: string): string | undefined {
  const raw = readDocumentField(document, path);
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value === 'string') return value.length > 0 ? value : undefined;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** The name Kibana's rule gives an indicator of this type, from its own fields; undefined when none applies. */
export function computeIndicatorName(document: unknown, id?: string): string | undefined {
  const type = firstText(document, INDICATOR_FIELDS.type)?.toLowerCase();
  if (type === undefined) return undefined;
  if (['unknown', 'email', 'email-message'].includes(type)) return id;
  const paths = NAME_SOURCES.find(([types]) => types.includes(type))?.[1] ?? [];
  for (const path of paths) {
    const value = firstText(document, path);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The indicator's own `threat.indicator.name` when it has one, else the computed one. */
export const indicatorName = (document: unknown, id?: string): string | undefined =>
  firstText(document, INDICATOR_FIELDS.name) ?? computeIndicatorName(document, id);

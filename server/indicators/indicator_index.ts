/**
 * The `indicators` family: threat-intelligence indicators (ECS `threat.indicator.*`), one index
 * per space, beside the alerts and events. Not under `logs-ti_*` where Kibana's integrations
 * write theirs: on a cluster, `logs-*-*` is a data-stream template, and an index created there
 * by name is refused (DEFAULT_EVENTS_INDEX_PATTERN made the same choice).
 *
 * The id: ECS gives indicators none (Kibana's Threat Intelligence uses the Elasticsearch `_id`),
 * so a document's `event.id` is its id when it has one; otherwise ingest derives a stable one
 * from its feed, type and name, so the same indicator ingested twice is stored once.
 */
import type { DocumentIndexDefinition, MappingProperty } from '../core';
import { INDICATOR_FIELDS } from '../../common/indicators/indicator_fields';
import { nestedMappings } from '../alerts/nested_mappings';

export const INDICATORS_FAMILY = 'indicators';
export const DEFAULT_INDICATORS_INDEX_PATTERN = 'cases-indicators-{spaceId}';

const keyword: MappingProperty = { type: 'keyword' };
const date: MappingProperty = { type: 'date' };

const INDICATOR_MAPPED_FIELDS: Record<string, MappingProperty> = {
  [INDICATOR_FIELDS.timestamp]: date,
  [INDICATOR_FIELDS.id]: keyword,
  [INDICATOR_FIELDS.type]: keyword,
  // Filled at ingest when absent (Kibana's rule), so one field finds an indicator by its value.
  [INDICATOR_FIELDS.name]: keyword,
  [INDICATOR_FIELDS.description]: { type: 'text' },
  [INDICATOR_FIELDS.feed]: keyword,
  [INDICATOR_FIELDS.tlp]: keyword,
  // Kibana maps the confidence as a keyword: feeds write "High" as well as "85".
  [INDICATOR_FIELDS.confidence]: keyword,
  [INDICATOR_FIELDS.firstSeen]: date,
  [INDICATOR_FIELDS.lastSeen]: date,
  [INDICATOR_FIELDS.ip]: keyword,
  [INDICATOR_FIELDS.urlFull]: keyword,
  [INDICATOR_FIELDS.urlDomain]: keyword,
  [INDICATOR_FIELDS.emailAddress]: keyword,
  'threat.indicator.file.hash.sha256': keyword,
  'threat.indicator.file.hash.sha1': keyword,
  'threat.indicator.file.hash.md5': keyword,
};

/**
 * The picker searches the name, feed and description and filters by type; the values behind
 * the name (ip, url, hashes, email) and the display-only fields are stored and typed-checked
 * at ingest, but get no index of their own in the embedded store (docs/storage.md).
 */
const INDICATOR_UNINDEXED = [
  INDICATOR_FIELDS.tlp,
  INDICATOR_FIELDS.confidence,
  INDICATOR_FIELDS.firstSeen,
  INDICATOR_FIELDS.lastSeen,
  INDICATOR_FIELDS.ip,
  INDICATOR_FIELDS.urlFull,
  INDICATOR_FIELDS.urlDomain,
  INDICATOR_FIELDS.emailAddress,
  'threat.indicator.file.hash.sha256',
  'threat.indicator.file.hash.sha1',
  'threat.indicator.file.hash.md5',
];

/** The fields the picker's words are matched against. */
export const INDICATOR_SEARCH_FIELDS = [INDICATOR_FIELDS.name, INDICATOR_FIELDS.feed, INDICATOR_FIELDS.description];

export const indicatorIndexDefinition = (pattern: string = DEFAULT_INDICATORS_INDEX_PATTERN): DocumentIndexDefinition => ({
  name: INDICATORS_FAMILY,
  pattern,
  idField: INDICATOR_FIELDS.id,
  mappings: nestedMappings(INDICATOR_MAPPED_FIELDS),
  unindexed: INDICATOR_UNINDEXED,
});

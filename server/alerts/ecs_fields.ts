/**
 * The ECS fields both alerts and events map: the entities an analyst filters, groups and pivots
 * on. Everything else in a document is stored and shown, never indexed.
 */
import type { MappingProperty } from '../core';

const keyword: MappingProperty = { type: 'keyword' };

export const ECS_MAPPED_FIELDS: Record<string, MappingProperty> = {
  '@timestamp': { type: 'date' },
  'host.name': keyword,
  'host.id': keyword,
  'user.name': keyword,
  'source.ip': keyword,
  'destination.ip': keyword,
  'file.hash.md5': keyword,
  'file.hash.sha1': keyword,
  'file.hash.sha256': keyword,
  'process.name': keyword,
  'process.executable': keyword,
  'process.pid': { type: 'long' },
  'process.hash.sha256': keyword,
  'event.id': keyword,
  'event.kind': keyword,
  'event.category': keyword,
  'event.action': keyword,
  'event.module': keyword,
  'event.dataset': keyword,
  'url.full': keyword,
  'dns.question.name': keyword,
  'threat.tactic.name': keyword,
};

/**
 * Mapped ECS fields no hot query filters or sorts on by themselves: pivots ("alerts with this
 * hash") that the Alerts and Events pages reach through search or beside a time range. The
 * embedded store gives them no index of their own (the `unindexed` hint): every index is
 * rewritten by every write of a document, and these were most of them. Kept indexed: the time,
 * the host and user, and what each family sorts or filters by (alert_index.ts, event_index.ts).
 */
export const ECS_UNINDEXED_FIELDS = [
  'source.ip',
  'destination.ip',
  'file.hash.md5',
  'file.hash.sha1',
  'file.hash.sha256',
  'process.executable',
  'process.pid',
  'process.hash.sha256',
  'event.kind',
  'event.module',
  'event.dataset',
  'url.full',
  'dns.question.name',
  'threat.tactic.name',
];

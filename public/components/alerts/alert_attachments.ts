/**
 * The attachment requests that put selected alerts or events on a case. Kibana's Security app
 * posts one attachment per alert; a case meant to hold 100,000 alerts would then carry 100,000
 * attachments, so alerts sharing a rule travel as one bulk `alert` attachment (ids and indices
 * side by side, which Kibana's codec allows) and events as one `event` attachment.
 */
import type { Owner } from '../../../common/constants';
import type { AttachmentRequest } from '../../../common/types/api/attachment';
import type { AlertSummary } from '../../containers/alerts_api';
import { alertRule } from './alert_values';

export type DocumentKind = 'alert' | 'event';

export function toAlertAttachments(alerts: AlertSummary[], owner: Owner): AttachmentRequest[] {
  const groups = new Map<string, { rule: { id: string | null; name: string | null }; ids: string[]; indices: string[] }>();
  for (const alert of alerts) {
    const rule = alertRule(alert);
    const key = JSON.stringify([rule.id, rule.name]);
    const group = groups.get(key) ?? { rule, ids: [], indices: [] };
    group.ids.push(alert.id);
    group.indices.push(alert.index);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ rule, ids, indices }) => ({ type: 'alert', alertId: ids, index: indices, rule, owner }));
}

export function toEventAttachments(events: AlertSummary[], owner: Owner): AttachmentRequest[] {
  if (events.length === 0) return [];
  return [{ type: 'event', eventId: events.map((event) => event.id), index: events.map((event) => event.index), owner }];
}

export function toAttachments(kind: DocumentKind, documents: AlertSummary[], owner: Owner): AttachmentRequest[] {
  return kind === 'alert' ? toAlertAttachments(documents, owner) : toEventAttachments(documents, owner);
}

export const documentNoun = (kind: DocumentKind, count: number) =>
  `${count.toLocaleString('en-US')} ${kind}${count === 1 ? '' : 's'}`;

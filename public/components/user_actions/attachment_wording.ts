/**
 * How the activity words alert and event attachments, as Kibana does: "added an alert from
 * <rule>", "added 3 alerts from <rule>", "added an event", "added 3 events", and a Lens
 * attachment: "added a visualization". One place for the attachment views and the grouped
 * entries of the feed.
 */
import type { Attachment } from '../../../common/types/domain/attachment';

export const UNKNOWN_RULE = 'Unknown rule';

const firstText = (value: unknown): string | null => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first !== '' ? first : null;
};

/** The alert or event ids one attachment holds (one id or an array, in Kibana's shape). */
export function attachedIds(attachment: Attachment): string[] {
  const ids = (attachment as { alertId?: unknown; eventId?: unknown }).alertId ?? (attachment as { eventId?: unknown }).eventId;
  if (Array.isArray(ids)) return ids.filter((id): id is string => typeof id === 'string');
  return typeof ids === 'string' ? [ids] : [];
}

export function ruleOf(attachment: Attachment): { id: string | null; name: string | null } {
  const rule = (attachment as { rule?: { id?: unknown; name?: unknown } }).rule;
  return { id: firstText(rule?.id), name: firstText(rule?.name) };
}

/** The words before the rule name. */
export const addedAlertsText = (count: number) => (count === 1 ? 'added an alert from' : `added ${count.toLocaleString()} alerts from`);

export const addedEventsText = (count: number) => (count === 1 ? 'added an event' : `added ${count.toLocaleString()} events`);

export const ADDED_VISUALIZATION = 'added a visualization';

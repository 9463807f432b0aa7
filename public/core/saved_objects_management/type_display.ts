import { type AllowedType } from './types';

// An unknown icon name is read by EUI as an image URL (a request that draws nothing), so the
// types this host knows name their icon here; the server's `meta.icon` is used for no other.
const TYPE_ICONS: Record<string, string> = { cases: 'casesApp', action: 'plugs' };

export function typeIcon(type: string): string {
  return TYPE_ICONS[type] ?? 'document';
}

/** Kibana's `displayName` (`connector` for `action`), else the type's name. */
export function typeDisplayName(type: string, allowedTypes: AllowedType[] = []): string {
  return allowedTypes.find((allowed) => allowed.name === type)?.displayName ?? type;
}

/** The objects that travel with a case, in words: they have no title of their own. */
const RELATED_NOUNS: Record<string, [string, string]> = {
  'cases-comments': ['Comment', 'comments'],
  'cases-user-actions': ['Activity entry', 'activity entries'],
};

/** `4 comments`, `1 activity entry`; a type without words keeps its name. */
export function relatedCount(type: string, count: number): string {
  const nouns = RELATED_NOUNS[type];
  if (!nouns) return `${count} ${type}`;
  return `${count} ${count === 1 ? nouns[0].toLowerCase() : nouns[1]}`;
}

/** What a row calls an object: its title, else what it is and its id (a comment has no title). */
export function objectTitle(object: { type: string; id: string; meta?: { title?: string }; title?: string }): string {
  return object.meta?.title ?? object.title ?? `${RELATED_NOUNS[object.type]?.[0] ?? object.type} [id=${object.id}]`;
}

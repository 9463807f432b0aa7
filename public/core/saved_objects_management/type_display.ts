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

/** What a row calls an object: its title, else its type and id (a comment has no title). */
export function objectTitle(object: { type: string; id: string; meta?: { title?: string }; title?: string }): string {
  return object.meta?.title ?? object.title ?? `${object.type} [id=${object.id}]`;
}

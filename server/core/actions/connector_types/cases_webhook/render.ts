/**
 * The mustache rendering of Kibana's cases webhook: no HTML escaping, and every case value
 * JSON-stringified before rendering, so `"title": {{{case.title}}}` yields a JSON string
 * literal (quotes and escapes included) and `{{{case.tags}}}` a JSON array. In URLs the
 * external id and title are percent-encoded instead, so an id cannot change the path.
 */
import Mustache from 'mustache';
import type { WebhookIncident } from './schema';

type View = Record<string, unknown>;

/**
 * Views are built without prototypes: mustache resolves names with `in`, and `{{case.constructor}}`
 * must render nothing rather than reach Object's functions.
 */
function bare(value: Record<string, unknown>): View {
  const out = Object.create(null) as View;
  for (const [key, v] of Object.entries(value)) out[key] = v !== null && typeof v === 'object' && !Array.isArray(v) ? bare(v as Record<string, unknown>) : v;
  return out;
}

/** Kibana answers a broken template with this text instead of throwing; the JSON or URL check then refuses it. */
export function renderNoEscape(template: string, view: Record<string, unknown>): string {
  try {
    return Mustache.render(template, bare(view), undefined, { escape: (value: unknown) => String(value) });
  } catch (e) {
    return `error rendering mustache template "${template}": ${(e as Error).message}`;
  }
}

/** `{ case: { title: "\"…\"", tags: "[…]", … } }`: every value pre-stringified, missing ones as `""` (tags `[]`). */
export function caseView(incident: WebhookIncident): { case: Record<string, string> } {
  const values: Record<string, unknown> = {
    description: incident.description ?? '',
    id: incident.id ?? '',
    severity: incident.severity ?? '',
    status: incident.status ?? '',
    tags: incident.tags ?? [],
    title: incident.title,
  };
  return { case: Object.fromEntries(Object.entries(values).map(([key, value]) => [key, JSON.stringify(value)])) };
}

/** The comment's view: `{{{case.comment}}}` and the JSON-quoted `{{{external.system.id}}}`. */
export function commentView(comment: string, externalId: string) {
  return { case: { comment: JSON.stringify(comment) }, external: { system: { id: JSON.stringify(externalId) } } };
}

/** In URLs the id (and title, for the view URL) are percent-encoded, not quoted. */
export function urlView(externalId: string, title?: string) {
  return { external: { system: { id: encodeURIComponent(externalId), ...(title !== undefined ? { title: encodeURIComponent(title) } : {}) } } };
}

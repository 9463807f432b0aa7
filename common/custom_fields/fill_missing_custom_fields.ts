/**
 * A case's custom field list as it is stored: one entry per definition, in the configuration's
 * order, so every reader (the sidebar, a column, a connector) sees the same list. A definition
 * the request leaves out gets its default value, else null (Kibana: fillMissingCustomFields).
 * Values whose definition was removed and that the request carries back stay, after the rest.
 */
import type { CaseCustomField } from '../types/domain/case';
import type { CustomFieldConfiguration } from '../types/domain/configure';

export function fillMissingCustomFields(definitions: CustomFieldConfiguration[], customFields: CaseCustomField[]): CaseCustomField[] {
  const given = new Map(customFields.map((field) => [field.key, field]));
  const configured = definitions.map(
    (d): CaseCustomField => given.get(d.key) ?? { key: d.key, type: d.type, value: d.defaultValue ?? null },
  );
  const defined = new Set(definitions.map((d) => d.key));
  return [...configured, ...customFields.filter((field) => !defined.has(field.key))];
}

/** The list with one value set (or added), kept in the configuration's order; nothing else is filled. */
export function withCustomFieldValue(definitions: CustomFieldConfiguration[], held: CaseCustomField[], field: CaseCustomField): CaseCustomField[] {
  const replaced = held.some((h) => h.key === field.key) ? held.map((h) => (h.key === field.key ? field : h)) : [...held, field];
  const rank = new Map(definitions.map((d, i) => [d.key, i]));
  // Array.prototype.sort is stable: values of removed definitions keep their relative order, last.
  return [...replaced].sort((a, b) => (rank.get(a.key) ?? rank.size) - (rank.get(b.key) ?? rank.size));
}

/**
 * Whether a case's custom field values fit its owner's definitions, with Kibana's messages
 * (server/client/cases/validators.ts) in Kibana's order: duplicated keys, unknown keys, required
 * fields missing or null, wrong types, then more values than the owner may define. Pure, so the
 * browser's form can ask the same question the server answers; the server refuses with the
 * first problem, as Kibana stops at its first failing check.
 */
import { arrayTooLongMessage } from '../core/codec';
import { repeatedValues } from '../core/repeated_values';
import type { CaseCustomField } from '../types/domain/case';
import type { CustomFieldConfiguration } from '../types/domain/configure';

export interface CaseCustomFieldsCheck {
  /** The owner's definitions; `undefined` when the owner was never configured (Kibana words that apart). */
  definitions: CustomFieldConfiguration[] | undefined;
  /** What the request sends; absent means the request leaves custom fields alone. */
  customFields: CaseCustomField[] | undefined;
  /**
   * What the case holds now (a patch). A value whose definition was removed may come back
   * exactly as stored, so a client that read the case and sends its list back is not refused
   * for a field an admin deleted since; it may not add or change a value for an unknown key.
   */
  current?: CaseCustomField[];
  /** The owner's cap on definitions (`xpack.cases.configure.maxCustomFields`); a case holds no more values. */
  maxCustomFields?: number;
}

export const CASE_CUSTOM_FIELD_MESSAGES = {
  duplicated: (keys: string[]) => `Invalid duplicated customFields keys in request: ${keys.join(',')}`,
  notConfigured: () => 'No custom fields configured.',
  unknownKeys: (keys: string[]) => `Invalid custom field keys: ${keys.join(',')}`,
  missingRequired: (labels: string[]) => `Missing required custom fields without default value configured: ${quoted(labels)}`,
  nullRequired: (labels: string[]) => `Invalid value "null" supplied for the following required custom fields: ${quoted(labels)}`,
  wrongType: (labels: string[]) => `The following custom fields have the wrong type in the request: ${quoted(labels)}`,
  tooMany: (max: number) => arrayTooLongMessage('customFields', max),
};

function quoted(labels: string[]): string {
  return labels.map((label) => `"${label}"`).join(', ');
}

const sameValue = (a: CaseCustomField, b: CaseCustomField) => a.key === b.key && a.type === b.type && a.value === b.value;

/** Every problem, first the one Kibana would answer; empty when the values fit. */
export function caseCustomFieldsProblems({ definitions, customFields, current = [], maxCustomFields }: CaseCustomFieldsCheck): string[] {
  if (customFields === undefined) return [];
  const problems: string[] = [];
  const byKey = new Map((definitions ?? []).map((d) => [d.key, d]));

  const duplicated = repeatedValues(customFields.map((field) => field.key));
  if (duplicated.length > 0) problems.push(CASE_CUSTOM_FIELD_MESSAGES.duplicated(duplicated));

  const unknown = customFields.filter((field) => !byKey.has(field.key) && !current.some((held) => sameValue(held, field)));
  if (unknown.length > 0) {
    problems.push(definitions === undefined ? CASE_CUSTOM_FIELD_MESSAGES.notConfigured() : CASE_CUSTOM_FIELD_MESSAGES.unknownKeys(unknown.map((f) => f.key)));
  }

  const given = new Map(customFields.map((field) => [field.key, field]));
  const required = (definitions ?? []).filter((d) => d.required);
  const missing = required.filter((d) => !given.has(d.key) && (d.defaultValue === undefined || d.defaultValue === null));
  if (missing.length > 0) problems.push(CASE_CUSTOM_FIELD_MESSAGES.missingRequired(missing.map((d) => d.label)));
  const nulled = required.filter((d) => given.get(d.key)?.value === null);
  if (nulled.length > 0) problems.push(CASE_CUSTOM_FIELD_MESSAGES.nullRequired(nulled.map((d) => d.label)));

  const wrongType = (definitions ?? []).filter((d) => given.has(d.key) && given.get(d.key)!.type !== d.type);
  if (wrongType.length > 0) problems.push(CASE_CUSTOM_FIELD_MESSAGES.wrongType(wrongType.map((d) => d.label)));

  if (maxCustomFields !== undefined && customFields.length > maxCustomFields) problems.push(CASE_CUSTOM_FIELD_MESSAGES.tooMany(maxCustomFields));
  return problems;
}

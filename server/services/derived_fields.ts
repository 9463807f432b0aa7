/**
 * The fields a stored case keeps beside its attributes for the store's sake, and the one place
 * that writes them: every write of a case goes through `withDerivedFields`, and every read
 * strips them with `withoutDerivedFields`, so they can neither drift nor leak into answers.
 *
 * - Status and severity sort in lifecycle and rank order, not alphabetically: their ranks. A
 *   status's rank is what it registered with, so a status added later sorts where its
 *   definition says.
 * - Custom fields are an array of `{ key, type, value }` objects, which a keyword filter cannot
 *   pair (key A with value B of another entry would match). So the filterable ones (toggles)
 *   are indexed as `key=value` terms in `custom_field_values`, one keyword array the store
 *   keeps in its values and facet tables like tags; and the keys holding any non-null value
 *   are listed in `custom_field_keys` (the Settings page's usage count). Keys match
 *   CONFIGURATION_KEY_PATTERN, so `=` cannot occur in one and a term reads one way only.
 */
import { CASE_SEVERITIES, type CaseSeverity, type CaseStatus } from '../../common/constants';
import { isFilterableCustomFieldType } from '../../common/custom_fields/custom_field_types';
import { sortRankOf } from '../../common/registries/case_statuses';
import type { CaseAttributes, CaseCustomField, CaseSortRanks, StoredCaseAttributes } from '../../common/types/domain/case';

/** The custom field index fields, as stored. */
export interface CaseCustomFieldIndex {
  custom_field_values: string[];
  custom_field_keys: string[];
}

export type CaseDerivedFields = CaseSortRanks & CaseCustomFieldIndex;

/** The term `custom_field_values` holds for a filterable field's value (`null` included: "holds the key, unset"). */
export const customFieldValueTerm = (key: string, value: boolean | null): string => `${key}=${String(value)}`;

export function customFieldIndex(customFields: readonly CaseCustomField[]): CaseCustomFieldIndex {
  const values = new Set<string>();
  const keys = new Set<string>();
  for (const field of customFields) {
    if (field.value !== null && field.value !== undefined) keys.add(field.key);
    if (isFilterableCustomFieldType(field.type) && (typeof field.value === 'boolean' || field.value === null)) {
      values.add(customFieldValueTerm(field.key, field.value));
    }
  }
  return { custom_field_values: [...values], custom_field_keys: [...keys] };
}

/** The attributes of a write plus what the store derives from the parts of them it carries. */
export const withDerivedFields = <A extends Partial<CaseAttributes>>(attributes: A): A & Partial<CaseDerivedFields> => ({
  ...attributes,
  ...(attributes.status !== undefined ? { status_rank: sortRankOf(attributes.status as CaseStatus) } : {}),
  ...(attributes.severity !== undefined ? { severity_rank: CASE_SEVERITIES.indexOf(attributes.severity as CaseSeverity) } : {}),
  ...(attributes.customFields !== undefined ? customFieldIndex(attributes.customFields) : {}),
});

export const withoutDerivedFields = (stored: Partial<StoredCaseAttributes & CaseCustomFieldIndex>): Partial<CaseAttributes> => {
  const { status_rank: _s, severity_rank: _v, custom_field_values: _cv, custom_field_keys: _ck, ...attributes } = stored;
  return attributes;
};

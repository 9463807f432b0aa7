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
 * - Observables are objects too, and their identity is the (typeKey, value) pair: the pairs are
 *   indexed as `observable_keys` (observableKey), the one filter of similar cases and the terms
 *   they are ranked by. A search by value alone looks up that value's key under each type the
 *   owners have (a few dozen at most) rather than a second index of the values: on the embedded
 *   store every array value is a values row and a facets row per write, and a second array
 *   nearly doubled the cost of writing a case. `total_observables` is Kibana's stored count,
 *   kept equal to the array's length here so it cannot drift.
 */
import { CASE_SEVERITIES, type CaseSeverity, type CaseStatus } from '../../common/constants';
import { isFilterableCustomFieldType } from '../../common/custom_fields/custom_field_types';
import { sortRankOf } from '../../common/registries/case_statuses';
import type { CaseAttributes, CaseCustomField, CaseSortRanks, StoredCaseAttributes } from '../../common/types/domain/case';
import { observableKey, type CaseObservable } from '../../common/types/domain/observable';

/** The custom field index fields, as stored. */
export interface CaseCustomFieldIndex {
  custom_field_values: string[];
  custom_field_keys: string[];
}

/** The observable index fields, as stored (`total_observables` is an attribute of Kibana's, not derived-only). */
export interface CaseObservableIndex {
  observable_keys: string[];
}

export type CaseDerivedFields = CaseSortRanks & CaseCustomFieldIndex & CaseObservableIndex & Pick<CaseAttributes, 'total_observables'>;

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

export function observableIndex(observables: ReadonlyArray<Pick<CaseObservable, 'typeKey' | 'value'>>): CaseObservableIndex & { total_observables: number } {
  const keys = new Set(observables.map((o) => observableKey(o.typeKey, o.value)));
  return { observable_keys: [...keys], total_observables: observables.length };
}

/** The attributes of a write plus what the store derives from the parts of them it carries. */
export const withDerivedFields = <A extends Partial<CaseAttributes>>(attributes: A): A & Partial<CaseDerivedFields> => ({
  ...attributes,
  ...(attributes.status !== undefined ? { status_rank: sortRankOf(attributes.status as CaseStatus) } : {}),
  ...(attributes.severity !== undefined ? { severity_rank: CASE_SEVERITIES.indexOf(attributes.severity as CaseSeverity) } : {}),
  ...(attributes.customFields !== undefined ? customFieldIndex(attributes.customFields) : {}),
  ...(attributes.observables !== undefined ? observableIndex(attributes.observables) : {}),
});

export const withoutDerivedFields = (stored: Partial<StoredCaseAttributes & CaseCustomFieldIndex & CaseObservableIndex>): Partial<CaseAttributes> => {
  const { status_rank: _s, severity_rank: _v, custom_field_values: _cv, custom_field_keys: _ck, observable_keys: _ok, ...attributes } = stored;
  return attributes;
};

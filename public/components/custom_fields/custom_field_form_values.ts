/**
 * Custom field values as a form holds them, and the request values they become. A form keeps
 * only what the user (or a template) set; a field it does not hold shows the definition's default,
 * so a configuration that loads after the form opened still fills its defaults, and an untouched
 * form stays equal to the empty one (no draft, no "unsaved changes" prompt).
 */
import { isEmptyCustomFieldValue } from '../../../common/custom_fields/custom_field_value_error';
import type { CasePostRequest } from '../../../common/types/api/case';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';

export type CustomFieldFormValue = string | boolean | number | null;
export type CustomFieldFormValues = Record<string, CustomFieldFormValue>;
export type CaseCustomFieldRequest = NonNullable<CasePostRequest['customFields']>[number];

/** A toggle is on or off: Kibana shows a missing toggle value as off. */
export function customFieldDefaultValue(definition: CustomFieldConfiguration): CustomFieldFormValue {
  const fallback = definition.type === 'toggle' ? false : null;
  const value = definition.defaultValue ?? fallback;
  return definition.type === 'toggle' ? value === true : value;
}

export function customFieldFormValue(definition: CustomFieldConfiguration, values: CustomFieldFormValues | undefined): CustomFieldFormValue {
  if (values && Object.prototype.hasOwnProperty.call(values, definition.key)) {
    const value = values[definition.key];
    return definition.type === 'toggle' ? value === true : value;
  }
  return customFieldDefaultValue(definition);
}

function toRequestValue(definition: CustomFieldConfiguration, value: CustomFieldFormValue): CustomFieldFormValue {
  if (isEmptyCustomFieldValue(value)) return null;
  if (definition.type === 'number' && typeof value === 'number' && Number.isNaN(value)) return null;
  return value;
}

/** Every configured field, in the configuration's order, empty ones as null (Kibana sends them all). */
export function toCaseCustomFields(definitions: CustomFieldConfiguration[], values: CustomFieldFormValues | undefined): CaseCustomFieldRequest[] {
  return definitions.map(
    (definition) =>
      ({
        key: definition.key,
        type: definition.type,
        value: toRequestValue(definition, customFieldFormValue(definition, values)),
      }) as CaseCustomFieldRequest,
  );
}

/** Stored values (a template's, a case's) back into form values, keyed by field. */
export function customFieldFormValuesFrom(fields: ReadonlyArray<{ key: string; value: CustomFieldFormValue }> | undefined): CustomFieldFormValues {
  return Object.fromEntries((fields ?? []).map((field) => [field.key, field.value]));
}

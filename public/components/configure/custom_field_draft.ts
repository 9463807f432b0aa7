/**
 * The custom field flyout's values, their checks and the definition they become. The checks
 * are the server's (common/types/api/configure.ts), so a draft that passes is not refused for
 * its shape.
 */
import { MAX_CUSTOM_FIELD_LABEL_LENGTH, type CustomFieldType } from '../../../common/constants';
import { customFieldValueError } from '../../../common/custom_fields/custom_field_value_error';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import type { CustomFieldFormValue } from '../custom_fields/custom_field_form_values';

export interface CustomFieldDraft {
  key: string;
  label: string;
  type: CustomFieldType;
  required: boolean;
  defaultValue: CustomFieldFormValue;
}

export type CustomFieldDraftErrors = Partial<Record<'label' | 'defaultValue', string>>;

export const DEFAULT_VALUE_LABEL = 'Default value';

export const CUSTOM_FIELD_MESSAGES = {
  labelRequired: 'A label is required.',
  labelTooLong: `The label can be at most ${MAX_CUSTOM_FIELD_LABEL_LENGTH} characters long.`,
};

export function customFieldDraftFrom(definition: CustomFieldConfiguration): CustomFieldDraft {
  return { ...definition, defaultValue: definition.defaultValue ?? (definition.type === 'toggle' ? false : null) };
}

export function newCustomFieldDraft(key: string): CustomFieldDraft {
  return { key, label: '', type: 'text', required: false, defaultValue: null };
}

/** A type change drops a default of the old type: "abc" is no number. */
export function withType(draft: CustomFieldDraft, type: CustomFieldType): CustomFieldDraft {
  return { ...draft, type, defaultValue: type === 'toggle' ? false : null };
}

export function validateCustomFieldDraft(draft: CustomFieldDraft): CustomFieldDraftErrors {
  const errors: CustomFieldDraftErrors = {};
  const label = draft.label.trim();
  if (label.length === 0) errors.label = CUSTOM_FIELD_MESSAGES.labelRequired;
  else if (label.length > MAX_CUSTOM_FIELD_LABEL_LENGTH) errors.label = CUSTOM_FIELD_MESSAGES.labelTooLong;
  const defaultError = customFieldValueError({ label: DEFAULT_VALUE_LABEL, type: draft.type, required: false }, draft.defaultValue);
  if (defaultError) errors.defaultValue = defaultError;
  return errors;
}

/** A blank default is no default: Kibana leaves `defaultValue` out then. */
export function toCustomFieldConfiguration(draft: CustomFieldDraft): CustomFieldConfiguration {
  const { key, type, required } = draft;
  const value = draft.defaultValue;
  const blank = value === null || (typeof value === 'string' && value.trim() === '');
  return { key, label: draft.label.trim(), type, required, ...(blank ? {} : { defaultValue: value }) };
}

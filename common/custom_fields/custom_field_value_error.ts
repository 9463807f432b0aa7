/**
 * The rule one custom field value must meet, shared by the browser (to say it under the field
 * before a request) and anything on the server that wants a per-value answer. It mirrors the
 * request codecs in common/types/api/case.ts (text non-blank and at most
 * MAX_CUSTOM_FIELD_TEXT_VALUE_LENGTH, numbers safe integers, null allowed unless required), so a
 * value that passes here is not refused for its shape there.
 */
import { MAX_CUSTOM_FIELD_TEXT_VALUE_LENGTH } from '../constants';
import type { CustomFieldConfiguration } from '../types/domain/configure';
import { CUSTOM_FIELD_TYPE_DEFINITIONS } from './custom_field_types';

type DefinitionForCheck = Pick<CustomFieldConfiguration, 'label' | 'type' | 'required'>;

export const CUSTOM_FIELD_VALUE_MESSAGES = {
  required: (label: string) => `${label} is required.`,
  textTooLong: (label: string) =>
    `The length of the ${label} is too long. The maximum length is ${MAX_CUSTOM_FIELD_TEXT_VALUE_LENGTH} characters.`,
  notInteger: (label: string) => `${label} should be an integer between -(2^53 - 1) and 2^53 - 1, inclusive.`,
  wrongType: (label: string) => `${label} has the wrong type of value.`,
};

/** A blank text is no value: the server refuses it, so the form sends null instead. */
export const isEmptyCustomFieldValue = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim().length === 0);

export function customFieldValueError(definition: DefinitionForCheck, value: unknown): string | undefined {
  const { label, type, required } = definition;
  if (isEmptyCustomFieldValue(value)) return required ? CUSTOM_FIELD_VALUE_MESSAGES.required(label) : undefined;
  if (typeof value !== CUSTOM_FIELD_TYPE_DEFINITIONS[type].valueType) return CUSTOM_FIELD_VALUE_MESSAGES.wrongType(label);
  if (type === 'text' && (value as string).length > MAX_CUSTOM_FIELD_TEXT_VALUE_LENGTH) {
    return CUSTOM_FIELD_VALUE_MESSAGES.textTooLong(label);
  }
  if (type === 'number' && !Number.isSafeInteger(value)) return CUSTOM_FIELD_VALUE_MESSAGES.notInteger(label);
  return undefined;
}

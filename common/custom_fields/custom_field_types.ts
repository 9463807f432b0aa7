/**
 * What each custom field type means to the rest of the plugin, in one place: its label, the
 * JavaScript type of its values, and whether cases may be filtered by it (Kibana filters by
 * toggles only: a text or number filter would need every value indexed). Both halves read it:
 * the server to validate and index, the browser to render and offer filters.
 */
import type { CustomFieldType } from '../constants';

export interface CustomFieldTypeDefinition {
  type: CustomFieldType;
  label: string;
  valueType: 'string' | 'boolean' | 'number';
  /** `POST /internal/cases/_search` accepts a `customFields` filter on it, and the list offers one. */
  filterable: boolean;
}

export const CUSTOM_FIELD_TYPE_DEFINITIONS: Record<CustomFieldType, CustomFieldTypeDefinition> = {
  text: { type: 'text', label: 'Text', valueType: 'string', filterable: false },
  toggle: { type: 'toggle', label: 'Toggle', valueType: 'boolean', filterable: true },
  number: { type: 'number', label: 'Number', valueType: 'number', filterable: false },
};

export const isFilterableCustomFieldType = (type: string): boolean =>
  (CUSTOM_FIELD_TYPE_DEFINITIONS as Record<string, CustomFieldTypeDefinition | undefined>)[type]?.filterable ?? false;

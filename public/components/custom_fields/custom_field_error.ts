import { customFieldValueError } from '../../../common/custom_fields/custom_field_value_error';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import type { CustomFieldFormValue } from './custom_field_form_values';

/**
 * The message to show under a custom field input, by the server's rule for one value. A number
 * input that holds no number (NaN while the text cannot parse) is not an integer, not "empty".
 */
export function customFieldError(definition: CustomFieldConfiguration, value: CustomFieldFormValue | undefined): string | undefined {
  return customFieldValueError(definition, value);
}

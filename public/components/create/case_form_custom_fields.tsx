import { EuiSpacer, EuiTitle } from '@elastic/eui';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { CustomFieldInput } from '../custom_fields/custom_field_input';
import { customFieldFormValue, type CustomFieldFormValue, type CustomFieldFormValues } from '../custom_fields/custom_field_form_values';

export interface CaseFormCustomFieldsProps {
  definitions: CustomFieldConfiguration[];
  values: CustomFieldFormValues | undefined;
  errors?: Record<string, string>;
  /** A template may leave any field blank, so no field is required there. */
  allOptional?: boolean;
  isDisabled?: boolean;
  onChange(values: CustomFieldFormValues): void;
}

/** "Additional fields": one input per configured custom field, in the configuration's order. Nothing when none is configured. */
export function CaseFormCustomFields({ definitions, values, errors, allOptional = false, isDisabled, onChange }: CaseFormCustomFieldsProps) {
  if (definitions.length === 0) return null;
  const set = (key: string, value: CustomFieldFormValue) => onChange({ ...(values ?? {}), [key]: value });
  return (
    <section data-test-subj="create-case-custom-fields">
      <EuiSpacer size="m" />
      <EuiTitle size="xs">
        <h3>Additional fields</h3>
      </EuiTitle>
      <EuiSpacer size="s" />
      {definitions.map((definition) => (
        <CustomFieldInput
          key={definition.key}
          definition={allOptional ? { ...definition, required: false } : definition}
          value={customFieldFormValue(definition, values)}
          onChange={(value) => set(definition.key, value)}
          error={errors?.[definition.key]}
          isDisabled={isDisabled}
          data-test-subj={`case-custom-field-${definition.key}`}
        />
      ))}
    </section>
  );
}

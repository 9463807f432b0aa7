import { type FormEvent, type ReactNode } from 'react';
import { EuiForm } from '@elastic/eui';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { type CaseFormErrors, type CaseFormValues } from './case_form';
import { CaseFormFields } from './case_form_fields';

export const CREATE_CASE_FORM_ID = 'createCaseForm';
const NO_DEFINITIONS: CustomFieldConfiguration[] = [];

export interface CreateCaseFormProps {
  values: CaseFormValues;
  errors: CaseFormErrors;
  isSubmitting: boolean;
  /** The owner's custom fields; none when the caller does not offer them. */
  customFieldDefinitions?: CustomFieldConfiguration[];
  /** Above the fields: the template picker, when the owner has templates. */
  header?: ReactNode;
  /** Below the fields: the External Connector Fields, on the create page. */
  footer?: ReactNode;
  onChange(patch: Partial<CaseFormValues>): void;
  onSubmit(): void;
  /** Whether the caller may assign users (cases_assign). */
  canAssign?: boolean;
}

/** The fields of a new case. Stateless: the page owns the values so a failed save keeps them. */
export function CreateCaseForm({ values, errors, isSubmitting, customFieldDefinitions = NO_DEFINITIONS, header, footer, onChange, onSubmit, canAssign = true }: CreateCaseFormProps) {
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <EuiForm component="form" id={CREATE_CASE_FORM_ID} onSubmit={handleSubmit} noValidate data-test-subj="create-case-form">
      {header}
      <CaseFormFields
        value={values}
        errors={errors}
        onChange={onChange}
        customFieldDefinitions={customFieldDefinitions}
        mode="create"
        isDisabled={isSubmitting}
        canAssign={canAssign}
      />
      {footer}
    </EuiForm>
  );
}

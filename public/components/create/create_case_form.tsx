import { type FormEvent } from 'react';
import { EuiFieldText, EuiFlexGroup, EuiFlexItem, EuiForm, EuiFormRow, EuiSpacer, EuiSwitch } from '@elastic/eui';
import { MAX_TITLE_LENGTH } from '../../../common/constants';
import { CategoryPicker } from '../category/category_picker';
import { MarkdownEditor } from '../markdown/markdown_editor';
import { TagsPicker } from '../tags/tags_picker';
import { AssigneesPicker } from '../user_profiles/assignees_picker';
import { type CaseFormErrors, type CaseFormValues } from './case_form';
import { SeverityPicker } from '../severity/severity_picker';

export const CREATE_CASE_FORM_ID = 'createCaseForm';

export interface CreateCaseFormProps {
  values: CaseFormValues;
  errors: CaseFormErrors;
  isSubmitting: boolean;
  onChange(patch: Partial<CaseFormValues>): void;
  onSubmit(): void;
}

/** The fields of a new case. Stateless: the page owns the values so a failed save keeps them. */
export function CreateCaseForm({ values, errors, isSubmitting, onChange, onSubmit }: CreateCaseFormProps) {
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <EuiForm component="form" id={CREATE_CASE_FORM_ID} onSubmit={handleSubmit} noValidate data-test-subj="create-case-form">
      <EuiFormRow
        label="Title"
        helpText={`Up to ${MAX_TITLE_LENGTH} characters.`}
        isInvalid={!!errors.title}
        error={errors.title}
        fullWidth
        data-test-subj="caseTitleRow"
      >
        <EuiFieldText
          fullWidth
          value={values.title}
          isInvalid={!!errors.title}
          disabled={isSubmitting}
          onChange={(event) => onChange({ title: event.target.value })}
          data-test-subj="caseTitle"
        />
      </EuiFormRow>

      {/* EUI spaces a row from the row before it only when they are siblings; the pair in this
          group is not, so the spacers keep its labels off the fields above and below. */}
      <EuiSpacer size="m" />
      <EuiFlexGroup gutterSize="m" data-test-subj="caseSeverityCategoryGroup">
        <EuiFlexItem>
          <EuiFormRow label="Severity" fullWidth data-test-subj="caseSeverityRow">
            <SeverityPicker severity={values.severity} onChange={(severity) => onChange({ severity })} disabled={isSubmitting} data-test-subj="case-severity-selection" />
          </EuiFormRow>
        </EuiFlexItem>
        <EuiFlexItem>
          <EuiFormRow label="Category" labelAppend="Optional" isInvalid={!!errors.category} error={errors.category} fullWidth data-test-subj="caseCategoryRow">
            <CategoryPicker
              value={values.category}
              onChange={(category) => onChange({ category })}
              isDisabled={isSubmitting}
              isInvalid={!!errors.category}
              data-test-subj="caseCategory"
            />
          </EuiFormRow>
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="m" />

      <EuiFormRow label="Assignees" labelAppend="Optional" isInvalid={!!errors.assignees} error={errors.assignees} fullWidth data-test-subj="caseAssigneesRow">
        <AssigneesPicker
          selected={values.assignees}
          onChange={(assignees) => onChange({ assignees })}
          isDisabled={isSubmitting}
          isInvalid={!!errors.assignees}
          data-test-subj="caseAssignees"
        />
      </EuiFormRow>

      <EuiFormRow
        label="Tags"
        labelAppend="Optional"
        helpText="Press Enter after each new tag."
        isInvalid={!!errors.tags}
        error={errors.tags}
        fullWidth
        data-test-subj="caseTagsRow"
      >
        <TagsPicker selected={values.tags} onChange={(tags) => onChange({ tags })} isDisabled={isSubmitting} isInvalid={!!errors.tags} data-test-subj="caseTags" />
      </EuiFormRow>

      <EuiFormRow label="Description" isInvalid={!!errors.description} error={errors.description} fullWidth data-test-subj="caseDescriptionRow">
        <MarkdownEditor
          ariaLabel="Case description"
          value={values.description}
          onChange={(description) => onChange({ description })}
          placeholder="What happened, what is affected, what has been done so far (Markdown)"
          height={250}
          readOnly={isSubmitting}
          data-test-subj="caseDescription"
        />
      </EuiFormRow>

      <EuiSpacer size="m" />
      <EuiFormRow
        fullWidth
        helpText="When on, alerts attached to this case are closed or reopened along with the case."
        data-test-subj="caseSyncAlertsRow"
      >
        <EuiSwitch
          label="Sync alert status with the case status"
          checked={values.syncAlerts}
          disabled={isSubmitting}
          onChange={(event) => onChange({ syncAlerts: event.target.checked })}
          data-test-subj="caseSyncAlerts"
        />
      </EuiFormRow>
    </EuiForm>
  );
}

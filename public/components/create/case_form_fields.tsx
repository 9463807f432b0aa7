import { EuiFieldText, EuiFlexGroup, EuiFlexItem, EuiFormRow, EuiSpacer, EuiSwitch } from '@elastic/eui';
import { MAX_TITLE_LENGTH } from '../../../common/constants';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { CategoryPicker } from '../category/category_picker';
import { MarkdownEditor } from '../markdown/markdown_editor';
import { SeverityPicker } from '../severity/severity_picker';
import { TagsPicker } from '../tags/tags_picker';
import { AssigneesPicker } from '../user_profiles/assignees_picker';
import { type CaseFormErrors, type CaseFormValues } from './case_form';
import { CaseFormCustomFields } from './case_form_custom_fields';

export interface CaseFormFieldsProps {
  value: CaseFormValues;
  onChange(patch: Partial<CaseFormValues>): void;
  customFieldDefinitions: CustomFieldConfiguration[];
  /** 'template': the Settings page's template flyout, where every field may stay blank. */
  mode: 'create' | 'template';
  errors?: CaseFormErrors;
  isDisabled?: boolean;
  /** Whether the caller may assign users (cases_assign); without it the Assignees row is not shown. */
  canAssign?: boolean;
}

/**
 * The fields of a case, without the form element around them, so that the create page and the
 * template flyout hold the same inputs. Stateless: the owner keeps the values.
 */
export function CaseFormFields({ value, onChange, customFieldDefinitions, mode, errors = {}, isDisabled = false, canAssign = true }: CaseFormFieldsProps) {
  const isTemplate = mode === 'template';
  return (
    <>
      <EuiFormRow
        label="Title"
        labelAppend={isTemplate ? 'Optional' : undefined}
        helpText={`Up to ${MAX_TITLE_LENGTH} characters.`}
        isInvalid={!!errors.title}
        error={errors.title}
        fullWidth
        data-test-subj="caseTitleRow"
      >
        <EuiFieldText
          fullWidth
          value={value.title}
          isInvalid={!!errors.title}
          disabled={isDisabled}
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
            <SeverityPicker severity={value.severity} onChange={(severity) => onChange({ severity })} disabled={isDisabled} data-test-subj="case-severity-selection" />
          </EuiFormRow>
        </EuiFlexItem>
        <EuiFlexItem>
          <EuiFormRow label="Category" labelAppend="Optional" isInvalid={!!errors.category} error={errors.category} fullWidth data-test-subj="caseCategoryRow">
            <CategoryPicker
              value={value.category}
              onChange={(category) => onChange({ category })}
              isDisabled={isDisabled}
              isInvalid={!!errors.category}
              data-test-subj="caseCategory"
            />
          </EuiFormRow>
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="m" />

      {canAssign && (
        <EuiFormRow label="Assignees" labelAppend="Optional" isInvalid={!!errors.assignees} error={errors.assignees} fullWidth data-test-subj="caseAssigneesRow">
          <AssigneesPicker
            selected={value.assignees}
            onChange={(assignees) => onChange({ assignees })}
            isDisabled={isDisabled}
            isInvalid={!!errors.assignees}
            data-test-subj="caseAssignees"
          />
        </EuiFormRow>
      )}

      <EuiFormRow
        label="Tags"
        labelAppend="Optional"
        helpText="Press Enter after each new tag."
        isInvalid={!!errors.tags}
        error={errors.tags}
        fullWidth
        data-test-subj="caseTagsRow"
      >
        <TagsPicker selected={value.tags} onChange={(tags) => onChange({ tags })} isDisabled={isDisabled} isInvalid={!!errors.tags} data-test-subj="caseTags" />
      </EuiFormRow>

      <EuiFormRow
        label="Description"
        labelAppend={isTemplate ? 'Optional' : undefined}
        isInvalid={!!errors.description}
        error={errors.description}
        fullWidth
        data-test-subj="caseDescriptionRow"
      >
        <MarkdownEditor
          ariaLabel="Case description"
          value={value.description}
          onChange={(description) => onChange({ description })}
          placeholder="What happened, what is affected, what has been done so far (Markdown)"
          height={250}
          readOnly={isDisabled}
          data-test-subj="caseDescription"
        />
      </EuiFormRow>

      <CaseFormCustomFields
        definitions={customFieldDefinitions}
        values={value.customFields}
        errors={errors.customFields}
        allOptional={isTemplate}
        isDisabled={isDisabled}
        onChange={(customFields) => onChange({ customFields })}
      />

      <EuiSpacer size="m" />
      <EuiFormRow
        fullWidth
        helpText="When on, alerts attached to this case are closed or reopened along with the case."
        data-test-subj="caseSyncAlertsRow"
      >
        <EuiSwitch
          label="Sync alert status with the case status"
          checked={value.syncAlerts}
          disabled={isDisabled}
          onChange={(event) => onChange({ syncAlerts: event.target.checked })}
          data-test-subj="caseSyncAlerts"
        />
      </EuiFormRow>
      <EuiFormRow
        fullWidth
        helpText="When on, IP addresses, hosts, hashes, file paths and domains of the alerts and events attached to this case are added to its observables."
        data-test-subj="caseExtractObservablesRow"
      >
        <EuiSwitch
          label="Extract observables from alerts"
          checked={value.extractObservables}
          disabled={isDisabled}
          onChange={(event) => onChange({ extractObservables: event.target.checked })}
          data-test-subj="caseExtractObservables"
        />
      </EuiFormRow>
    </>
  );
}

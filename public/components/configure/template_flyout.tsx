import { useMemo, useState } from 'react';
import { EuiFieldText, EuiFormRow, EuiHorizontalRule, EuiTextArea, EuiTitle, EuiSpacer } from '@elastic/eui';
import { MAX_TAGS_PER_TEMPLATE, MAX_TEMPLATE_DESCRIPTION_LENGTH, MAX_TEMPLATE_NAME_LENGTH, MAX_TEMPLATE_TAG_LENGTH } from '../../../common/constants';
import type { CustomFieldConfiguration, TemplateConfiguration } from '../../../common/types/domain/configure';
import type { CaseFormValues } from '../create/case_form';
import { CaseFormFields } from '../create/case_form_fields';
import { ConfigureFlyout } from './configure_flyout';
import { TemplateTagsInput } from './template_tags_input';
import { newConfigurationKey } from './new_configuration_key';
import { newTemplateDraft, templateDraftFrom, toTemplateConfiguration, validateTemplateDraft } from './template_draft';
import type { ConfigurationChange, SaveOutcome } from './use_configuration_save';
import { upsertByKey, useFlyoutSave } from './use_flyout_save';

interface TemplateFlyoutProps {
  template?: TemplateConfiguration;
  /** The configuration's custom field definitions: the template's Additional fields. */
  customFields: CustomFieldConfiguration[];
  save(change: ConfigurationChange): Promise<SaveOutcome>;
  onClose(): void;
}

/** Add or edit a template: its name, description and tags, and the whole case form it pre-fills. */
export function TemplateFlyout({ template, customFields, save, onClose }: TemplateFlyoutProps) {
  const [draft, setDraft] = useState(() => (template ? templateDraftFrom(template) : newTemplateDraft(newConfigurationKey())));
  const [submitted, setSubmitted] = useState(false);
  const { outcome, isSaving, submit } = useFlyoutSave(save, onClose);
  const errors = useMemo(() => validateTemplateDraft(draft, customFields), [draft, customFields]);
  const nameError = errors.name && (submitted || draft.name.length > 0) ? errors.name : undefined;

  const onCaseFieldsChange = (patch: Partial<CaseFormValues>) => setDraft((current) => ({ ...current, caseFields: { ...current.caseFields, ...patch } }));

  const onSave = () => {
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    // The definitions at save time: after a conflict, the reloaded ones.
    void submit((current) => ({
      templates: upsertByKey(current?.templates, toTemplateConfiguration(draft, current?.customFields ?? customFields)),
    }));
  };

  return (
    <ConfigureFlyout
      title={template ? 'Edit template' : 'Add template'}
      outcome={outcome}
      isSaving={isSaving}
      onSave={onSave}
      onClose={onClose}
      testSubjPrefix="template"
      size="m"
    >
      <EuiFormRow label="Template name" helpText={`Up to ${MAX_TEMPLATE_NAME_LENGTH} characters.`} isInvalid={!!nameError} error={nameError} fullWidth>
        <EuiFieldText
          fullWidth
          value={draft.name}
          isInvalid={!!nameError}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          data-test-subj="template-name-input"
        />
      </EuiFormRow>
      <EuiFormRow
        label="Template tags"
        labelAppend="Optional"
        helpText={`Up to ${MAX_TAGS_PER_TEMPLATE} tags of ${MAX_TEMPLATE_TAG_LENGTH} characters. Press Enter after each.`}
        isInvalid={!!errors.tags}
        error={errors.tags}
        fullWidth
      >
        <TemplateTagsInput selected={draft.tags} onChange={(tags) => setDraft({ ...draft, tags })} isInvalid={!!errors.tags} />
      </EuiFormRow>
      <EuiFormRow
        label="Template description"
        labelAppend="Optional"
        helpText={`Up to ${MAX_TEMPLATE_DESCRIPTION_LENGTH.toLocaleString('en-US')} characters.`}
        isInvalid={!!errors.description}
        error={errors.description}
        fullWidth
      >
        <EuiTextArea
          fullWidth
          rows={2}
          value={draft.description}
          isInvalid={!!errors.description}
          onChange={(event) => setDraft({ ...draft, description: event.target.value })}
          data-test-subj="template-description-input"
        />
      </EuiFormRow>
      <EuiHorizontalRule margin="m" />
      <EuiTitle size="xs">
        <h3>Case fields</h3>
      </EuiTitle>
      <EuiSpacer size="s" />
      <div data-test-subj="template-case-fields">
        <CaseFormFields value={draft.caseFields} onChange={onCaseFieldsChange} customFieldDefinitions={customFields} mode="template" errors={errors.caseFields} isDisabled={isSaving} />
      </div>
    </ConfigureFlyout>
  );
}

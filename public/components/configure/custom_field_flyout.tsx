import { useMemo, useState } from 'react';
import { EuiFieldText, EuiFormRow, EuiSpacer, EuiSuperSelect, EuiSwitch, EuiText } from '@elastic/eui';
import { CUSTOM_FIELD_TYPES, MAX_CUSTOM_FIELD_LABEL_LENGTH, MAX_CUSTOM_FIELD_TEXT_VALUE_LENGTH } from '../../../common/constants';
import { CUSTOM_FIELD_TYPE_DEFINITIONS } from '../../../common/custom_fields/custom_field_types';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { CustomFieldInput } from '../custom_fields/custom_field_input';
import { ConfigureFlyout } from './configure_flyout';
import {
  customFieldDraftFrom,
  DEFAULT_VALUE_LABEL,
  newCustomFieldDraft,
  toCustomFieldConfiguration,
  validateCustomFieldDraft,
  withType,
} from './custom_field_draft';
import { newConfigurationKey } from './new_configuration_key';
import type { ConfigurationChange, SaveOutcome } from './use_configuration_save';
import { upsertByKey, useFlyoutSave } from './use_flyout_save';

interface CustomFieldFlyoutProps {
  /** The field being edited; absent when adding one. */
  definition?: CustomFieldConfiguration;
  save(change: ConfigurationChange): Promise<SaveOutcome>;
  onClose(): void;
}

const TYPE_OPTIONS = CUSTOM_FIELD_TYPES.map((type) => ({
  value: type,
  inputDisplay: CUSTOM_FIELD_TYPE_DEFINITIONS[type].label,
  'data-test-subj': `custom-field-type-option-${type}`,
}));

const DEFAULT_HELP: Record<string, string> = {
  text: `Up to ${MAX_CUSTOM_FIELD_TEXT_VALUE_LENGTH} characters. Fills the field of a new case.`,
  number: 'A whole number. Fills the field of a new case.',
  toggle: 'Whether the toggle of a new case starts on.',
};

/** Add or edit one custom field definition: label, type (fixed once saved), required, default. */
export function CustomFieldFlyout({ definition, save, onClose }: CustomFieldFlyoutProps) {
  const [draft, setDraft] = useState(() => (definition ? customFieldDraftFrom(definition) : newCustomFieldDraft(newConfigurationKey())));
  const [submitted, setSubmitted] = useState(false);
  const { outcome, isSaving, submit } = useFlyoutSave(save, onClose);
  const errors = useMemo(() => validateCustomFieldDraft(draft), [draft]);
  // A too-long label says so at once; an empty one only once the admin tried to save.
  const labelError = errors.label && (submitted || draft.label.length > 0) ? errors.label : undefined;

  const onSave = () => {
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    const field = toCustomFieldConfiguration(draft);
    void submit((current) => ({ customFields: upsertByKey(current?.customFields, field) }));
  };

  return (
    <ConfigureFlyout
      title={definition ? 'Edit field' : 'Add field'}
      outcome={outcome}
      isSaving={isSaving}
      onSave={onSave}
      onClose={onClose}
      testSubjPrefix="custom-field"
    >
      <EuiFormRow label="Label" helpText={`Up to ${MAX_CUSTOM_FIELD_LABEL_LENGTH} characters.`} isInvalid={!!labelError} error={labelError} fullWidth>
        <EuiFieldText
          fullWidth
          value={draft.label}
          isInvalid={!!labelError}
          onChange={(event) => setDraft({ ...draft, label: event.target.value })}
          data-test-subj="custom-field-label-input"
        />
      </EuiFormRow>
      <EuiFormRow label="Type" helpText={definition ? 'The type of a saved field cannot change.' : undefined} fullWidth>
        <EuiSuperSelect
          fullWidth
          options={TYPE_OPTIONS}
          valueOfSelected={draft.type}
          disabled={!!definition}
          onChange={(type) => setDraft(withType(draft, type))}
          data-test-subj="custom-field-type-select"
        />
      </EuiFormRow>
      <EuiSpacer size="m" />
      <EuiSwitch
        label="Make this field required"
        checked={draft.required}
        onChange={(event) => setDraft({ ...draft, required: event.target.checked })}
        data-test-subj="custom-field-required-switch"
      />
      <EuiSpacer size="m" />
      {/* Keyed by type: the number input keeps its own text, which must not outlive a type change. */}
      <CustomFieldInput
        key={draft.type}
        definition={{ key: draft.key, label: DEFAULT_VALUE_LABEL, type: draft.type, required: false }}
        value={draft.defaultValue}
        onChange={(defaultValue) => setDraft({ ...draft, defaultValue })}
        error={errors.defaultValue}
        data-test-subj="custom-field-default-value"
      />
      <EuiText size="xs" color="subdued" data-test-subj="custom-field-default-value-help">
        <p>{DEFAULT_HELP[draft.type]}</p>
      </EuiText>
    </ConfigureFlyout>
  );
}

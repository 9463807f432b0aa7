import { useState } from 'react';
import { EuiFieldText, EuiFormRow } from '@elastic/eui';
import { MAX_OBSERVABLE_TYPE_LABEL_LENGTH } from '../../../common/constants';
import type { ObservableTypeConfiguration } from '../../../common/types/domain/configure';
import { ConfigureFlyout } from './configure_flyout';
import { newConfigurationKey } from './new_configuration_key';
import type { ConfigurationChange, SaveOutcome } from './use_configuration_save';
import { upsertByKey, useFlyoutSave } from './use_flyout_save';

export const OBSERVABLE_TYPE_MESSAGES = {
  labelRequired: 'A label is required.',
  labelTooLong: `The label can be at most ${MAX_OBSERVABLE_TYPE_LABEL_LENGTH} characters long.`,
};

export function observableTypeLabelError(label: string): string | undefined {
  const trimmed = label.trim();
  if (trimmed.length === 0) return OBSERVABLE_TYPE_MESSAGES.labelRequired;
  return trimmed.length > MAX_OBSERVABLE_TYPE_LABEL_LENGTH ? OBSERVABLE_TYPE_MESSAGES.labelTooLong : undefined;
}

interface ObservableTypeFlyoutProps {
  observableType?: ObservableTypeConfiguration;
  save(change: ConfigurationChange): Promise<SaveOutcome>;
  onClose(): void;
}

/** Add or rename a custom observable type (its key, a uuid, never changes). */
export function ObservableTypeFlyout({ observableType, save, onClose }: ObservableTypeFlyoutProps) {
  const [key] = useState(() => observableType?.key ?? newConfigurationKey());
  const [label, setLabel] = useState(observableType?.label ?? '');
  const [submitted, setSubmitted] = useState(false);
  const { outcome, isSaving, submit } = useFlyoutSave(save, onClose);
  const error = observableTypeLabelError(label);
  const shownError = error && (submitted || label.length > 0) ? error : undefined;

  const onSave = () => {
    setSubmitted(true);
    if (error) return;
    const entry = { key, label: label.trim() };
    void submit((current) => ({ observableTypes: upsertByKey(current?.observableTypes, entry) }));
  };

  return (
    <ConfigureFlyout
      title={observableType ? 'Edit observable type' : 'Add observable type'}
      outcome={outcome}
      isSaving={isSaving}
      onSave={onSave}
      onClose={onClose}
      testSubjPrefix="observable-type"
    >
      <EuiFormRow label="Label" helpText={`Up to ${MAX_OBSERVABLE_TYPE_LABEL_LENGTH} characters.`} isInvalid={!!shownError} error={shownError} fullWidth>
        <EuiFieldText fullWidth value={label} isInvalid={!!shownError} onChange={(event) => setLabel(event.target.value)} data-test-subj="observable-type-label-input" />
      </EuiFormRow>
    </ConfigureFlyout>
  );
}

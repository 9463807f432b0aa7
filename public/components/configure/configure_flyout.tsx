import type { FormEvent, ReactNode } from 'react';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiForm,
  EuiSpacer,
  EuiTitle,
} from '@elastic/eui';
import type { SaveOutcome } from './use_configuration_save';

interface ConfigureFlyoutProps {
  title: string;
  /** The last save's outcome when it did not save: a conflict or the server's refusal. */
  outcome: SaveOutcome | null;
  isSaving: boolean;
  onSave(): void;
  onClose(): void;
  children: ReactNode;
  /** `${prefix}-flyout`, `${prefix}-save`, `${prefix}-cancel`, `${prefix}-conflict`, `${prefix}-error`. */
  testSubjPrefix: string;
  size?: 's' | 'm';
}

/**
 * The shell of every add/edit flyout of the Settings page. What the admin typed lives in the
 * flyout's own state, so a conflict reloads the configuration around it and loses nothing.
 */
export function ConfigureFlyout({ title, outcome, isSaving, onSave, onClose, children, testSubjPrefix, size = 's' }: ConfigureFlyoutProps) {
  const formId = `${testSubjPrefix}-form`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isSaving) onSave();
  };
  return (
    <EuiFlyout onClose={onClose} size={size} ownFocus aria-labelledby={`${formId}-title`} data-test-subj={`${testSubjPrefix}-flyout`}>
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="s">
          <h2 id={`${formId}-title`}>{title}</h2>
        </EuiTitle>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {outcome?.status === 'conflict' && (
          <>
            <EuiCallOut color="warning" iconType="warning" title="The settings changed while you were editing" role="alert" data-test-subj={`${testSubjPrefix}-conflict`}>
              <p>Someone else saved the case settings. The page now shows their version; what you typed here is kept. Review it and save again.</p>
            </EuiCallOut>
            <EuiSpacer size="m" />
          </>
        )}
        {outcome?.status === 'error' && (
          <>
            <EuiCallOut color="danger" iconType="error" title="The settings could not be saved" role="alert" data-test-subj={`${testSubjPrefix}-error`}>
              <p>{outcome.message}</p>
            </EuiCallOut>
            <EuiSpacer size="m" />
          </>
        )}
        <EuiForm component="form" id={formId} onSubmit={submit} noValidate>
          {children}
        </EuiForm>
      </EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="spaceBetween" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty onClick={onClose} data-test-subj={`${testSubjPrefix}-cancel`}>
              Cancel
            </EuiButtonEmpty>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButton fill type="submit" form={formId} isLoading={isSaving} data-test-subj={`${testSubjPrefix}-save`}>
              Save
            </EuiButton>
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiFlyoutFooter>
    </EuiFlyout>
  );
}

import { EuiButton, EuiButtonEmpty, EuiFlexGroup, EuiFlexItem } from '@elastic/eui';

interface FormFlyoutFooterProps {
  /** The `<form id>` the save button submits, and the prefix of both buttons' test subjects. */
  formId: string;
  submitLabel: string;
  readOnly: boolean;
  isSaving: boolean;
  onClose: () => void;
}

/**
 * Cancel and save, as the user and role flyouts both end. A read-only flyout (a reserved user
 * or role) offers only Close: there is nothing it could save.
 */
export function FormFlyoutFooter({ formId, submitLabel, readOnly, isSaving, onClose }: FormFlyoutFooterProps) {
  return (
    <EuiFlexGroup justifyContent="spaceBetween" responsive={false}>
      <EuiFlexItem grow={false}>
        <EuiButtonEmpty onClick={onClose} data-test-subj={`${formId}Cancel`}>
          {readOnly ? 'Close' : 'Cancel'}
        </EuiButtonEmpty>
      </EuiFlexItem>
      {!readOnly && (
        <EuiFlexItem grow={false}>
          <EuiButton fill type="submit" form={formId} isLoading={isSaving} data-test-subj={`${formId}Save`}>
            {submitLabel}
          </EuiButton>
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
}

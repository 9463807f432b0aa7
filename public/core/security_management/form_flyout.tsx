import type { ReactNode } from 'react';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiSpacer,
  EuiTitle,
} from '@elastic/eui';

/**
 * The parts the user and role flyouts share: the frame (titled header, body, footer), the
 * notice on a built-in user or role, and the cancel-and-save footer.
 */

export function FlyoutFrame({ titleId, title, footer, children }: { titleId: string; title: ReactNode; footer: ReactNode; children: ReactNode }) {
  return (
    <>
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id={titleId}>{title}</h2>
        </EuiTitle>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>{children}</EuiFlyoutBody>
      <EuiFlyoutFooter>{footer}</EuiFlyoutFooter>
    </>
  );
}

/** Why a built-in user or role opens read-only; the flyout shows it above its form. */
export function ReservedNotice({ title, testSubj, children }: { title: string; testSubj: string; children: ReactNode }) {
  return (
    <>
      <EuiCallOut iconType="lock" title={title} data-test-subj={testSubj}>
        <p>{children}</p>
      </EuiCallOut>
      <EuiSpacer />
    </>
  );
}

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

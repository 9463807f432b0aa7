import { type ReactNode } from 'react';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiTitle,
  useGeneratedHtmlId,
} from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';

/** `"Phishing wave"` for one case, `3 cases` for several: how bulk edits name their selection. */
export const selectionName = (cases: Case[]) => (cases.length === 1 ? `"${cases[0].title}"` : `${cases.length} cases`);

interface BulkEditFlyoutProps {
  /** What is edited, e.g. `tags`: names the title and the test subjects. */
  field: string;
  cases: Case[];
  isLoading: boolean;
  canSave: boolean;
  onClose: () => void;
  onSave: () => void;
  children: ReactNode;
}

/** The frame every bulk edit of the list shares: a titled flyout with Cancel and Save. */
export function BulkEditFlyout({ field, cases, isLoading, canSave, onClose, onSave, children }: BulkEditFlyoutProps) {
  const titleId = useGeneratedHtmlId();
  return (
    <EuiFlyout onClose={onClose} size="s" aria-labelledby={titleId} data-test-subj={`cases-edit-${field}-flyout`}>
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="s">
          <h2 id={titleId}>
            Edit {field} of {selectionName(cases)}
          </h2>
        </EuiTitle>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>{children}</EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="spaceBetween">
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty onClick={onClose} data-test-subj={`cases-edit-${field}-cancel`}>
              Cancel
            </EuiButtonEmpty>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButton fill onClick={onSave} isLoading={isLoading} isDisabled={!canSave} data-test-subj={`cases-edit-${field}-save`}>
              Save
            </EuiButton>
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiFlyoutFooter>
    </EuiFlyout>
  );
}

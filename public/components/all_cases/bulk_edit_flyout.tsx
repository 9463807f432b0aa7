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
  EuiText,
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
          <h2 id={titleId}>{cases.length === 1 ? `Edit ${field}` : `Edit ${field} for ${cases.length} cases`}</h2>
        </EuiTitle>
        {cases.length === 1 && (
          // One line, cut with an ellipsis: a long title used to wrap over three lines and push
          // the form down. The whole title stays in the tooltip of the line.
          <EuiText size="s" color="subdued" className="eui-textTruncate" title={cases[0].title} data-test-subj={`cases-edit-${field}-flyout-case`}>
            {cases[0].title}
          </EuiText>
        )}
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

import { useState, type ReactElement } from 'react';
import { EuiButtonEmpty, EuiContextMenuPanel, EuiFlexGroup, EuiFlexItem, EuiPopover, EuiText } from '@elastic/eui';
import { MAX_DOCS_PER_PAGE } from '../../../common/constants';

interface DocumentsUtilityBarProps {
  noun: string;
  first: number;
  last: number;
  total: number;
  selectedCount: number;
  bulkItems: (close: () => void) => ReactElement[];
  onRefresh: () => void;
  isFetching: boolean;
}

const count = (n: number) => n.toLocaleString('en-US');

/** "Showing 1-25 of 12,345 alerts", the bulk actions once rows are selected, and refresh. */
export function DocumentsUtilityBar({ noun, first, last, total, selectedCount, bulkItems, onRefresh, isFetching }: DocumentsUtilityBarProps) {
  const [isOpen, setIsOpen] = useState(false);
  const close = () => setIsOpen(false);
  return (
    <EuiFlexGroup gutterSize="m" alignItems="center" responsive={false} wrap data-test-subj="alerts-utility-bar">
      <EuiFlexItem grow={false}>
        <EuiText size="xs" data-test-subj="alerts-count">
          {total === 0 ? `0 ${noun}s` : `Showing ${count(first)}-${count(last)} of ${count(total)} ${noun}${total === 1 ? '' : 's'}`}
          {total > MAX_DOCS_PER_PAGE && ` (the first ${count(MAX_DOCS_PER_PAGE)} can be paged: narrow the filters to reach the rest)`}
        </EuiText>
      </EuiFlexItem>
      {selectedCount > 0 && (
        <EuiFlexItem grow={false}>
          <EuiPopover
            isOpen={isOpen}
            closePopover={close}
            panelPaddingSize="none"
            anchorPosition="downLeft"
            button={
              <EuiButtonEmpty size="xs" iconType="chevronSingleDown" iconSide="right" onClick={() => setIsOpen(!isOpen)} data-test-subj="selectedShowBulkActionsButton">
                {`Selected ${count(selectedCount)} ${noun}${selectedCount === 1 ? '' : 's'}`}
              </EuiButtonEmpty>
            }
          >
            <EuiContextMenuPanel items={bulkItems(close)} data-test-subj="alerts-bulk-actions-menu" />
          </EuiPopover>
        </EuiFlexItem>
      )}
      <EuiFlexItem grow={false}>
        <EuiButtonEmpty size="xs" iconType="refresh" onClick={onRefresh} isLoading={isFetching} data-test-subj="alerts-refresh">
          Refresh
        </EuiButtonEmpty>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}

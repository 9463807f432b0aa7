import type { ReactElement } from 'react';
import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiText } from '@elastic/eui';
import { MAX_DOCS_PER_PAGE } from '../../../common/constants';
import { ActionsMenuPopover } from './actions_menu_popover';

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
          <ActionsMenuPopover
            button={(toggle) => (
              <EuiButtonEmpty size="xs" iconType="chevronSingleDown" iconSide="right" onClick={toggle} data-test-subj="selectedShowBulkActionsButton">
                {`Selected ${count(selectedCount)} ${noun}${selectedCount === 1 ? '' : 's'}`}
              </EuiButtonEmpty>
            )}
            items={bulkItems}
            data-test-subj="alerts-bulk-actions-menu"
          />
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

import { type ReactNode } from 'react';
import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiText } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import { canBulkEdit, type CasesCapabilities } from '../capabilities/use_cases_capabilities';
import { BulkActions } from './bulk_actions';
import { type CaseDialog } from './case_dialogs';
import { type useCaseActions } from './use_case_actions';

interface CasesUtilityBarProps {
  first: number;
  last: number;
  total: number;
  selected: Case[];
  actions: ReturnType<typeof useCaseActions>;
  openDialog: (dialog: CaseDialog) => void;
  onBulkDone: () => void;
  onRefresh: () => void;
  isFetching: boolean;
  /** The column picker, at the bar's right end as in Kibana. */
  columnsPicker: ReactNode;
  /** What the bulk actions may offer; nothing hides the "Bulk actions" button. */
  bulkPermissions: CasesCapabilities;
}

/** Where the analyst is in the list, what is selected, and what can be done to it. */
export function CasesUtilityBar({ first, last, total, selected, actions, openDialog, onBulkDone, onRefresh, isFetching, columnsPicker, bulkPermissions }: CasesUtilityBarProps) {
  return (
    <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} data-test-subj="cases-table-utility-bar">
      <EuiFlexItem grow={false}>
        <EuiText size="xs" color="subdued" data-test-subj="case-table-case-count">
          Showing {first.toLocaleString()}–{last.toLocaleString()} of {total.toLocaleString()} {total === 1 ? 'case' : 'cases'}
        </EuiText>
      </EuiFlexItem>
      {selected.length > 0 && (
        <EuiFlexItem grow={false}>
          <EuiText size="xs" data-test-subj="case-table-selected-case-count">
            <strong>Selected {selected.length}</strong>
          </EuiText>
        </EuiFlexItem>
      )}
      {canBulkEdit(bulkPermissions) && (
        <EuiFlexItem grow={false}>
          <BulkActions selected={selected} actions={actions} openDialog={openDialog} onDone={onBulkDone} permissions={bulkPermissions} />
        </EuiFlexItem>
      )}
      <EuiFlexItem grow={false}>
        <EuiButtonEmpty size="xs" iconType="refresh" onClick={onRefresh} isLoading={isFetching} data-test-subj="all-cases-refresh">
          Refresh
        </EuiButtonEmpty>
      </EuiFlexItem>
      <EuiFlexItem />
      <EuiFlexItem grow={false}>{columnsPicker}</EuiFlexItem>
    </EuiFlexGroup>
  );
}

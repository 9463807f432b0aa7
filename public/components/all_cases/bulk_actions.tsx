import { useState } from 'react';
import { EuiButtonEmpty, EuiContextMenu, EuiPopover } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import type { CasesCapabilities } from '../capabilities/use_cases_capabilities';
import { allowedStatuses } from '../status/allowed_statuses';
import { statusSeverityPanels } from './case_action_panels';
import { type CaseDialog } from './case_dialogs';
import { type useCaseActions } from './use_case_actions';

interface BulkActionsProps {
  selected: Case[];
  actions: ReturnType<typeof useCaseActions>;
  openDialog: (dialog: CaseDialog) => void;
  onDone: () => void;
  /** What every selected case's owner allows (see intersectCapabilities). */
  permissions: CasesCapabilities;
}

export function BulkActions({ selected, actions, openDialog, onDone, permissions }: BulkActionsProps) {
  const [isOpen, setIsOpen] = useState(false);
  const close = () => setIsOpen(false);
  const busy = actions.isUpdating || actions.isDeleting;
  const { items, panels } = statusSeverityPanels({
    idPrefix: 'bulk',
    testPrefix: 'cases-bulk-action',
    disabled: busy,
    statuses: allowedStatuses(selected.map((c) => c.status), permissions),
    canSetSeverity: permissions.update,
    onStatus: (status) => {
      close();
      actions.setStatus(selected, status).then((ok) => ok && onDone());
    },
    onSeverity: (severity) => {
      close();
      actions.setSeverity(selected, severity).then((ok) => ok && onDone());
    },
  });
  const open = (kind: 'delete' | 'tags' | 'assignees') => () => {
    close();
    openDialog({ kind, cases: selected });
  };

  return (
    <EuiPopover
      isOpen={isOpen}
      closePopover={close}
      panelPaddingSize="none"
      anchorPosition="downLeft"
      button={
        <EuiButtonEmpty
          size="xs"
          iconType="chevronSingleDown"
          iconSide="right"
          isDisabled={selected.length === 0}
          isLoading={busy}
          onClick={() => setIsOpen((value) => !value)}
          data-test-subj="case-table-bulk-actions-link-icon"
        >
          Bulk actions
        </EuiButtonEmpty>
      }
    >
      <EuiContextMenu
        initialPanelId="bulk-main"
        data-test-subj="case-table-bulk-actions-context-menu"
        panels={[
          {
            id: 'bulk-main',
            items: [
              ...items,
              ...(permissions.update
                ? [{ name: 'Edit tags', icon: 'tag', onClick: open('tags'), disabled: busy, 'data-test-subj': 'cases-bulk-action-tags' }]
                : []),
              ...(permissions.assign
                ? [{ name: 'Edit assignees', icon: 'users', onClick: open('assignees'), disabled: busy, 'data-test-subj': 'cases-bulk-action-assignees' }]
                : []),
              ...(permissions.delete
                ? [
                    // A separator only between the edits and the delete, never at an edge.
                    ...(items.length > 0 || permissions.update || permissions.assign ? [{ isSeparator: true as const, key: 'separator' }] : []),
                    {
                      name: selected.length === 1 ? 'Delete case' : `Delete ${selected.length} cases`,
                      icon: 'trash',
                      onClick: open('delete'),
                      disabled: busy,
                      'data-test-subj': 'cases-bulk-action-delete',
                    },
                  ]
                : []),
            ],
          },
          ...panels,
        ]}
      />
    </EuiPopover>
  );
}

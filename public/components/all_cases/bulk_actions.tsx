import { useState } from 'react';
import { EuiButtonEmpty, EuiContextMenu, EuiPopover } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import { useExportSavedObjects } from '../../core';
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
  const exporter = useExportSavedObjects();
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
  // Kibana's saved-object export: the cases with their comments and activity, and their connectors.
  const exportSelected = () => {
    close();
    exporter.mutate({ objects: selected.map((c) => ({ type: 'cases', id: c.id })), includeReferencesDeep: true });
  };
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
          isLoading={busy || exporter.isPending}
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
              // Whoever reads the cases may export them (the server checks each case's owner).
              ...(permissions.read
                ? [{ name: selected.length === 1 ? 'Export case' : `Export ${selected.length} cases`, icon: 'download', onClick: exportSelected, disabled: busy || exporter.isPending, 'data-test-subj': 'cases-bulk-action-export' }]
                : []),
              ...(permissions.delete
                ? [
                    // A separator only between the edits and the delete, never at an edge.
                    ...(items.length > 0 || permissions.update || permissions.assign || permissions.read ? [{ isSeparator: true as const, key: 'separator' }] : []),
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

import { useState } from 'react';
import { EuiButtonIcon, EuiContextMenu, EuiPopover } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import { useCore } from '../../core';
import { useCasesCapabilities } from '../capabilities/use_cases_capabilities';
import { allowedStatuses } from '../status/allowed_statuses';
import { statusSeverityPanels } from './case_action_panels';
import { type CaseDialog } from './case_dialogs';
import { type useCaseActions } from './use_case_actions';

interface RowActionsProps {
  theCase: Case;
  actions: ReturnType<typeof useCaseActions>;
  openDialog: (dialog: CaseDialog) => void;
}

export function RowActions({ theCase, actions, openDialog }: RowActionsProps) {
  const { toasts } = useCore();
  const permissions = useCasesCapabilities(theCase.owner);
  const [isOpen, setIsOpen] = useState(false);
  const close = () => setIsOpen(false);
  const busy = actions.isUpdating || actions.isDeleting;
  const { items, panels } = statusSeverityPanels({
    idPrefix: `row-${theCase.id}`,
    testPrefix: 'case-action',
    current: theCase,
    disabled: busy,
    statuses: allowedStatuses([theCase.status], permissions),
    canSetSeverity: permissions.update,
    onStatus: (status) => {
      close();
      actions.setStatus([theCase], status);
    },
    onSeverity: (severity) => {
      close();
      actions.setSeverity([theCase], severity);
    },
  });

  const copyId = async () => {
    close();
    try {
      await navigator.clipboard.writeText(theCase.id);
      toasts.addSuccess({ title: `Copied the ID of "${theCase.title}"`, 'data-test-subj': 'cases-copy-id-toast' });
    } catch (error) {
      toasts.addError(error, { title: 'Could not copy the case ID' });
    }
  };

  return (
    <EuiPopover
      isOpen={isOpen}
      closePopover={close}
      panelPaddingSize="none"
      anchorPosition="leftCenter"
      data-test-subj={`case-action-popover-${theCase.id}`}
      button={
        <EuiButtonIcon
          iconType="boxesVertical"
          color="text"
          aria-label={`Actions for "${theCase.title}"`}
          onClick={() => setIsOpen((value) => !value)}
          data-test-subj={`case-action-popover-button-${theCase.id}`}
        />
      }
    >
      <EuiContextMenu
        initialPanelId={`row-${theCase.id}-main`}
        panels={[
          {
            id: `row-${theCase.id}-main`,
            title: 'Actions',
            items: [
              ...items,
              { name: 'Copy case ID', icon: 'copy', onClick: copyId, 'data-test-subj': 'case-action-copy-id' },
              // Copying the id needs no privilege, so the menu is never empty.
              ...(permissions.delete
                ? [
                    { isSeparator: true as const, key: 'separator' },
                    {
                      name: 'Delete case',
                      icon: 'trash',
                      disabled: busy,
                      onClick: () => {
                        close();
                        openDialog({ kind: 'delete', cases: [theCase] });
                      },
                      'data-test-subj': 'case-action-delete',
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

import { EuiContextMenuItem } from '@elastic/eui';
import type { AlertWorkflowStatus } from '../../../common/alerts/alert_fields';
import type { DocumentKind } from './alert_attachments';

export interface DocumentActionHandlers {
  /** Absent when the caller may not create a case and attach to it. */
  onAddToNewCase?: () => void;
  /** Absent when the caller may not attach to a case (create_comment). */
  onAddToExistingCase?: () => void;
  /** Alerts only: events have no workflow status. */
  onSetStatus?: (status: AlertWorkflowStatus) => void;
}

// Kibana's test subjects for the status actions, so scripts written for its Alerts page match.
const STATUS_ACTIONS: Array<{ status: AlertWorkflowStatus; label: string; testSubj: string; icon: string }> = [
  { status: 'open', label: 'Mark as open', testSubj: 'open-alert-status', icon: 'folderOpen' },
  { status: 'acknowledged', label: 'Mark as acknowledged', testSubj: 'acknowledged-alert-status', icon: 'eye' },
  { status: 'closed', label: 'Mark as closed', testSubj: 'close-alert-status', icon: 'folderCheck' },
];

/**
 * The actions on one row or on the selection, as Kibana's cases hooks and alert status actions
 * offer them. `currentStatus` (one row) hides the status it already has.
 */
export function documentActionItems(kind: DocumentKind, handlers: DocumentActionHandlers, currentStatus?: AlertWorkflowStatus) {
  const items = [];
  if (handlers.onAddToNewCase) {
    items.push(
      <EuiContextMenuItem key="new" icon="plusCircle" onClick={handlers.onAddToNewCase} data-test-subj="add-to-new-case-action">
        Add to new case
      </EuiContextMenuItem>,
    );
  }
  if (handlers.onAddToExistingCase) {
    items.push(
      <EuiContextMenuItem key="existing" icon="folderOpen" onClick={handlers.onAddToExistingCase} data-test-subj="add-to-existing-case-action">
        Add to existing case
      </EuiContextMenuItem>,
    );
  }
  if (kind === 'alert' && handlers.onSetStatus) {
    const setStatus = handlers.onSetStatus;
    for (const action of STATUS_ACTIONS) {
      if (action.status === currentStatus) continue;
      items.push(
        <EuiContextMenuItem key={action.status} icon={action.icon} onClick={() => setStatus(action.status)} data-test-subj={action.testSubj}>
          {action.label}
        </EuiContextMenuItem>,
      );
    }
  }
  return items;
}

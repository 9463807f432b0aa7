import type { ReactElement } from 'react';
import { EuiButtonIcon, EuiFlexGroup, EuiFlexItem, EuiToolTip } from '@elastic/eui';
import type { AlertSummary } from '../../containers/alerts_api';
import { ActionsMenuPopover } from './actions_menu_popover';

interface DocumentRowActionsProps {
  item: AlertSummary;
  noun: string;
  onOpenDetails: (item: AlertSummary) => void;
  /** Absent when the caller may do nothing to the row: only the details button shows. */
  menuItems?: (item: AlertSummary, close: () => void) => ReactElement[];
}

/** Kibana's leading row controls: open the details, and the "more actions" menu. */
export function DocumentRowActions({ item, noun, onOpenDetails, menuItems }: DocumentRowActionsProps) {
  return (
    <EuiFlexGroup gutterSize="xs" responsive={false} alignItems="center">
      <EuiFlexItem grow={false}>
        <EuiToolTip content={`View ${noun} details`} disableScreenReaderOutput>
          <EuiButtonIcon iconType="maximize" aria-label={`View ${noun} details`} onClick={() => onOpenDetails(item)} data-test-subj="expand-event" />
        </EuiToolTip>
      </EuiFlexItem>
      {menuItems && (
        <EuiFlexItem grow={false}>
          <ActionsMenuPopover
            button={(toggle) => (
              <EuiButtonIcon iconType="boxesVertical" aria-label={`More actions for this ${noun}`} onClick={toggle} data-test-subj="timeline-context-menu-button" />
            )}
            items={(close) => menuItems(item, close)}
            data-test-subj="alert-row-actions-menu"
          />
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
}

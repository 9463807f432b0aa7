import { useState, type ReactElement } from 'react';
import { EuiButtonIcon, EuiContextMenuPanel, EuiFlexGroup, EuiFlexItem, EuiPopover, EuiToolTip } from '@elastic/eui';
import type { AlertSummary } from '../../containers/alerts_api';

interface DocumentRowActionsProps {
  item: AlertSummary;
  noun: string;
  onOpenDetails: (item: AlertSummary) => void;
  menuItems: (item: AlertSummary, close: () => void) => ReactElement[];
}

/** Kibana's leading row controls: open the details, and the "more actions" menu. */
export function DocumentRowActions({ item, noun, onOpenDetails, menuItems }: DocumentRowActionsProps) {
  const [isOpen, setIsOpen] = useState(false);
  const close = () => setIsOpen(false);
  return (
    <EuiFlexGroup gutterSize="xs" responsive={false} alignItems="center">
      <EuiFlexItem grow={false}>
        <EuiToolTip content={`View ${noun} details`} disableScreenReaderOutput>
          <EuiButtonIcon iconType="maximize" aria-label={`View ${noun} details`} onClick={() => onOpenDetails(item)} data-test-subj="expand-event" />
        </EuiToolTip>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiPopover
          isOpen={isOpen}
          closePopover={close}
          panelPaddingSize="none"
          anchorPosition="downLeft"
          button={
            <EuiButtonIcon
              iconType="boxesVertical"
              aria-label={`More actions for this ${noun}`}
              onClick={() => setIsOpen(!isOpen)}
              data-test-subj="timeline-context-menu-button"
            />
          }
        >
          <EuiContextMenuPanel items={menuItems(item, close)} data-test-subj="alert-row-actions-menu" />
        </EuiPopover>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}

import { useState, type ReactElement } from 'react';
import { EuiContextMenuPanel, EuiPopover } from '@elastic/eui';

interface ActionsMenuPopoverProps {
  /** The control that opens the menu; it calls `toggle` on click. */
  button: (toggle: () => void) => ReactElement;
  /** The menu's items; each closes the menu with `close` when it acts. */
  items: (close: () => void) => ReactElement[];
  'data-test-subj': string;
}

/** A menu of actions under a button: a row's "more actions" and the bulk "Selected N" menu. */
export function ActionsMenuPopover({ button, items, 'data-test-subj': testSubj }: ActionsMenuPopoverProps) {
  const [isOpen, setIsOpen] = useState(false);
  const close = () => setIsOpen(false);
  return (
    <EuiPopover isOpen={isOpen} closePopover={close} panelPaddingSize="none" anchorPosition="downLeft" button={button(() => setIsOpen(!isOpen))}>
      <EuiContextMenuPanel items={items(close)} data-test-subj={testSubj} />
    </EuiPopover>
  );
}

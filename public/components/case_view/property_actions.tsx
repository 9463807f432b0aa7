/**
 * A "more actions" ellipsis menu. Item subjects follow Kibana's `property-actions-{scope}-{icon}`
 * so functional tests written against Kibana find the same buttons here.
 */
import { useState } from 'react';
import { EuiButtonIcon, EuiContextMenuItem, EuiContextMenuPanel, EuiPopover, useEuiTheme, type IconType } from '@elastic/eui';

export interface PropertyAction {
  iconType: string;
  /** Last part of the item's test subject when it differs from the icon: Kibana's subjects name EUI's old icons. */
  subject?: string;
  label: string;
  onClick: () => void;
  color?: 'text' | 'danger';
  disabled?: boolean;
}

export interface PropertyActionsProps {
  /** `case` or `user-action`: part of every subject. */
  scope: string;
  actions: PropertyAction[];
  ariaLabel: string;
  disabled?: boolean;
}

export function PropertyActions({ scope, actions, ariaLabel, disabled = false }: PropertyActionsProps) {
  const [isOpen, setIsOpen] = useState(false);
  const { euiTheme } = useEuiTheme();
  const button = (
    <EuiButtonIcon
      iconType="boxesVertical"
      aria-label={ariaLabel}
      color="text"
      isDisabled={disabled}
      onClick={() => setIsOpen((open) => !open)}
      data-test-subj={`property-actions-${scope}-ellipses`}
    />
  );
  return (
    <EuiPopover button={button} isOpen={isOpen} closePopover={() => setIsOpen(false)} panelPaddingSize="none" anchorPosition="downRight">
      <EuiContextMenuPanel
        data-test-subj={`property-actions-${scope}-group`}
        items={actions.map((action) => (
          <EuiContextMenuItem
            key={action.subject ?? action.iconType}
            icon={action.iconType as IconType}
            disabled={action.disabled}
            css={action.color === 'danger' ? { color: euiTheme.colors.textDanger } : undefined}
            onClick={() => {
              // Close first so a modal opened by the action gets the focus, not the popover.
              setIsOpen(false);
              action.onClick();
            }}
            data-test-subj={`property-actions-${scope}-${action.subject ?? action.iconType}`}
          >
            {action.label}
          </EuiContextMenuItem>
        ))}
      />
    </EuiPopover>
  );
}

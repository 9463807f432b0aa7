import { useState } from 'react';
import { EuiButtonEmpty, EuiContextMenuItem, EuiContextMenuPanel, EuiLoadingSpinner, EuiPopover } from '@elastic/eui';
import { type CaseStatus } from '../../../common/constants';
import { StatusBadge } from './status_badge';
import { statusLabel, statusOptions } from './status_labels';

export interface StatusPickerProps {
  status: CaseStatus;
  onChange: (status: CaseStatus) => void;
  isLoading?: boolean;
  disabled?: boolean;
  /**
   * The statuses the caller may choose (see allowedStatuses), the current one included; all of
   * them when not given. With no other status to choose, the status shows as a plain badge.
   */
  options?: CaseStatus[];
}

/** The case's status as a badge that opens the list of the other statuses. */
export function StatusPicker({ status, onChange, isLoading = false, disabled = false, options }: StatusPickerProps) {
  const [isOpen, setIsOpen] = useState(false);
  const choices = options ?? statusOptions();
  const select = (next: CaseStatus) => {
    setIsOpen(false);
    // Choosing the current status again is not a change; the server would answer 406.
    if (next !== status) onChange(next);
  };

  if (!choices.some((option) => option !== status)) return <StatusBadge status={status} data-test-subj="case-status-read-only" />;

  const button = (
    <EuiButtonEmpty
      size="xs"
      flush="left"
      iconType={isLoading ? undefined : 'chevronSingleDown'}
      iconSide="right"
      isDisabled={disabled || isLoading}
      onClick={() => setIsOpen((open) => !open)}
      aria-label={`Status: ${statusLabel(status)}. Change status`}
      data-test-subj="case-status-picker"
    >
      <StatusBadge status={status} />
      {isLoading && <EuiLoadingSpinner size="s" css={{ marginLeft: 4 }} data-test-subj="case-status-picker-loading" />}
    </EuiButtonEmpty>
  );

  return (
    <EuiPopover button={button} isOpen={isOpen} closePopover={() => setIsOpen(false)} panelPaddingSize="none" anchorPosition="downLeft">
      <EuiContextMenuPanel
        data-test-subj="case-status-picker-panel"
        items={choices.map((option) => (
          <EuiContextMenuItem
            key={option}
            icon={option === status ? 'check' : 'empty'}
            onClick={() => select(option)}
            data-test-subj={`case-status-option-${option}`}
          >
            <StatusBadge status={option} data-test-subj={`case-status-option-badge-${option}`} />
          </EuiContextMenuItem>
        ))}
      />
    </EuiPopover>
  );
}

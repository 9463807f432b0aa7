import { useState } from 'react';
import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiPopover, EuiPopoverTitle, EuiSwitch, EuiText } from '@elastic/eui';
import { CASE_COLUMNS } from './case_columns_config';
import { type StoredColumn } from './use_table_columns';

interface ColumnsPopoverProps {
  columns: StoredColumn[];
  /** Columns the current width leaves out even when switched on: said so, not silently dropped. */
  hiddenByWidth: Set<string>;
  /** A built-in column's id or a custom field's key. */
  onChange: (field: string, isChecked: boolean) => void;
}

/** Custom field columns, not in this table, can always be hidden. */
const cannotHide = new Set<string>(CASE_COLUMNS.filter((c) => !c.canHide).map((c) => c.id));

/** Which columns the list shows, one switch each, as in Kibana's cases list. */
export function ColumnsPopover({ columns, hiddenByWidth, onChange }: ColumnsPopoverProps) {
  const [isOpen, setIsOpen] = useState(false);
  // What the table really shows: a column switched on but left out for the width is not counted.
  const shown = columns.filter((c) => c.isChecked && !hiddenByWidth.has(c.field)).length;
  return (
    <EuiPopover
      isOpen={isOpen}
      closePopover={() => setIsOpen(false)}
      anchorPosition="downRight"
      panelPaddingSize="s"
      data-test-subj="column-selection-popover"
      button={
        <EuiButtonEmpty
          size="xs"
          iconType="tableGear"
          onClick={() => setIsOpen((open) => !open)}
          aria-expanded={isOpen}
          data-test-subj="column-selection-popover-button"
        >
          Columns ({shown}/{columns.length})
        </EuiButtonEmpty>
      }
    >
      <EuiPopoverTitle paddingSize="s">Columns</EuiPopoverTitle>
      <EuiFlexGroup direction="column" gutterSize="s" css={{ minWidth: 220 }} data-test-subj="column-selection-popover-panel">
        {columns.map((column) => (
          <EuiFlexItem key={column.field} grow={false}>
            <EuiSwitch
              compressed
              label={column.name}
              checked={column.isChecked}
              disabled={cannotHide.has(column.field)}
              onChange={(event) => onChange(column.field, event.target.checked)}
              data-test-subj={`column-selection-switch-${column.field}`}
            />
            {column.isChecked && hiddenByWidth.has(column.field) && (
              <EuiText size="xs" color="subdued" data-test-subj={`column-selection-narrow-${column.field}`}>
                Shown on wider screens
              </EuiText>
            )}
          </EuiFlexItem>
        ))}
      </EuiFlexGroup>
    </EuiPopover>
  );
}

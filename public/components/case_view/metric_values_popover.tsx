/** A count tile (associated users, hosts) whose number opens the top values behind it. */
import { useState } from 'react';
import { EuiButtonEmpty, EuiPopover, EuiPopoverTitle, EuiTable, EuiTableBody, EuiTableRow, EuiTableRowCell, EuiText } from '@elastic/eui';
import type { AlertFieldValues } from '../../containers/single_case_metrics';

export function MetricValuesPopover({ title, values, testSubj }: { title: string; values: AlertFieldValues; testSubj: string }) {
  const [isOpen, setIsOpen] = useState(false);
  const count = values.total.toLocaleString();
  if (values.values.length === 0) return <>{count}</>;
  const button = (
    <EuiButtonEmpty
      size="m"
      flush="left"
      onClick={() => setIsOpen((open) => !open)}
      aria-label={`${count} ${title.toLowerCase()}: show the top ones`}
      css={{ fontSize: 'inherit', fontWeight: 'inherit', blockSize: 'auto' }}
      data-test-subj={`${testSubj}-button`}
    >
      {count}
    </EuiButtonEmpty>
  );
  // A width of its own: the table inside is 100% wide, and would otherwise stretch the panel across the whole summary.
  return (
    <EuiPopover
      button={button}
      isOpen={isOpen}
      closePopover={() => setIsOpen(false)}
      anchorPosition="downLeft"
      panelStyle={{ inlineSize: 360, maxInlineSize: '90vw' }}
      data-test-subj={`${testSubj}-popover`}
    >
      <EuiPopoverTitle>
        {values.values.length < values.total ? `Top ${values.values.length} of ${count}` : title}
      </EuiPopoverTitle>
      <EuiTable compressed css={{ minWidth: 240 }}>
        <EuiTableBody>
          {values.values.map((value) => (
            <EuiTableRow key={`${value.name}-${value.id ?? ''}`} data-test-subj={`${testSubj}-value`}>
              <EuiTableRowCell>
                <EuiText size="s">{value.name}</EuiText>
              </EuiTableRowCell>
              <EuiTableRowCell align="right">
                <EuiText size="s" color="subdued">
                  {value.count.toLocaleString()} {value.count === 1 ? 'alert' : 'alerts'}
                </EuiText>
              </EuiTableRowCell>
            </EuiTableRow>
          ))}
        </EuiTableBody>
      </EuiTable>
    </EuiPopover>
  );
}

import { useState } from 'react';
import { EuiButtonEmpty, EuiButtonIcon, EuiFieldText, EuiFlexGroup, EuiFlexItem, EuiFormRow } from '@elastic/eui';

interface Row {
  key: string;
  value: string;
}

/**
 * HTTP headers as key/value rows. The rows are kept as typed (an empty key while typing, a
 * duplicate); the record sent holds the rows with a key.
 */
export function HeadersEditor({ headers, readOnly, onChange }: { headers: Record<string, string> | null; readOnly: boolean; onChange(headers: Record<string, string>): void }) {
  const [rows, setRows] = useState<Row[]>(() => Object.entries(headers ?? {}).map(([key, value]) => ({ key, value })));
  const update = (next: Row[]) => {
    setRows(next);
    onChange(Object.fromEntries(next.filter((row) => row.key.trim()).map((row) => [row.key.trim(), row.value])));
  };
  return (
    <EuiFormRow label="Additional headers (optional)" fullWidth>
      <>
        {rows.map((row, index) => (
          <EuiFlexGroup key={index} gutterSize="s" responsive={false}>
            <EuiFlexItem>
              <EuiFieldText
                compressed
                placeholder="Key"
                aria-label={`Header ${index + 1} key`}
                value={row.key}
                readOnly={readOnly}
                onChange={(event) => update(rows.map((item, i) => (i === index ? { ...item, key: event.target.value } : item)))}
                data-test-subj={`webhook-header-key-${index}`}
              />
            </EuiFlexItem>
            <EuiFlexItem>
              <EuiFieldText
                compressed
                placeholder="Value"
                aria-label={`Header ${index + 1} value`}
                value={row.value}
                readOnly={readOnly}
                onChange={(event) => update(rows.map((item, i) => (i === index ? { ...item, value: event.target.value } : item)))}
                data-test-subj={`webhook-header-value-${index}`}
              />
            </EuiFlexItem>
            {!readOnly && (
              <EuiFlexItem grow={false}>
                <EuiButtonIcon iconType="trash" color="danger" aria-label={`Remove header ${index + 1}`} onClick={() => update(rows.filter((_, i) => i !== index))} />
              </EuiFlexItem>
            )}
          </EuiFlexGroup>
        ))}
        {!readOnly && (
          <EuiButtonEmpty size="s" iconType="plusCircle" flush="left" onClick={() => update([...rows, { key: '', value: '' }])} data-test-subj="webhook-add-header">
            Add header
          </EuiButtonEmpty>
        )}
      </>
    </EuiFormRow>
  );
}

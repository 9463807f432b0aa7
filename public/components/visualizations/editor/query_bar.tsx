/** The chart's KQL query, checked as it is typed; the problem (with its position) shows under it. */
import { EuiFieldText, EuiFormRow } from '@elastic/eui';

interface QueryBarProps {
  value: string;
  error: string | null;
  onChange: (query: string) => void;
}

export function QueryBar({ value, error, onChange }: QueryBarProps) {
  return (
    <EuiFormRow
      label="Query (KQL)"
      fullWidth
      isInvalid={error !== null}
      error={error ?? undefined}
      helpText={error === null ? 'For example: host.name:web-01 and not kibana.alert.severity:low' : undefined}
    >
      <EuiFieldText
        fullWidth
        icon="search"
        placeholder="Filter the data with KQL"
        value={value}
        isInvalid={error !== null}
        onChange={(event) => onChange(event.target.value)}
        aria-label="KQL query"
        data-test-subj="visualizationQueryInput"
      />
    </EuiFormRow>
  );
}

import { EuiSuperSelect, type EuiSuperSelectOption } from '@elastic/eui';
import { CASE_SEVERITIES, type CaseSeverity } from '../../../common/constants';
import { SeverityBadge } from './severity_badge';
import { SEVERITY_LABELS } from './severity_labels';

export interface SeverityPickerProps {
  severity: CaseSeverity;
  onChange: (severity: CaseSeverity) => void;
  isLoading?: boolean;
  disabled?: boolean;
  compressed?: boolean;
  /** Set by an enclosing EuiFormRow: its label then names the control. */
  id?: string;
  'data-test-subj'?: string;
}

const OPTIONS: Array<EuiSuperSelectOption<CaseSeverity>> = CASE_SEVERITIES.map((severity) => ({
  value: severity,
  inputDisplay: <SeverityBadge severity={severity} />,
  'data-test-subj': `case-severity-option-${severity}`,
}));

/**
 * One severity control for the list, the create form and the case view. Its accessible name
 * must contain the value it shows (WCAG 2.5.3): inside a form row the row's label and the
 * shown value name it; on its own it says both ("Severity: High").
 */
export function SeverityPicker({
  severity,
  onChange,
  isLoading = false,
  disabled = false,
  compressed = false,
  id,
  'data-test-subj': testSubj = 'case-severity-picker',
}: SeverityPickerProps) {
  return (
    <EuiSuperSelect
      id={id}
      options={OPTIONS}
      valueOfSelected={severity}
      onChange={(next) => {
        if (next !== severity) onChange(next);
      }}
      isLoading={isLoading}
      disabled={disabled || isLoading}
      compressed={compressed}
      fullWidth
      aria-label={id ? undefined : `Severity: ${SEVERITY_LABELS[severity]}`}
      data-test-subj={testSubj}
    />
  );
}

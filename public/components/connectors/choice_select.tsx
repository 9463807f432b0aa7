/**
 * One select of a connector's fields, filled from a live lookup. A lookup the external system
 * refused is said in place (its message) and the field becomes a text input, so the analyst
 * can still type the value the system expects instead of being stuck with an empty list.
 */
import { EuiCallOut, EuiFieldText, EuiFormRow, EuiSelect, EuiSpacer } from '@elastic/eui';

export interface ChoiceOption {
  value: string;
  text: string;
}

export interface ChoiceSelectProps {
  label: string;
  options: ChoiceOption[];
  value: string | null;
  onChange: (value: string | null) => void;
  isLoading?: boolean;
  disabled?: boolean;
  /** The failed lookup's message: shown in a callout, and the select becomes a text input. */
  lookupError?: string;
  'data-test-subj': string;
}

const NONE = '';

export function LookupErrorCallout({ message, testSubj }: { message: string; testSubj: string }) {
  return (
    <>
      <EuiCallOut size="s" color="warning" iconType="warning" title="The external system did not answer the lookup" data-test-subj={`${testSubj}-lookup-error`}>
        <p>{message}</p>
      </EuiCallOut>
      <EuiSpacer size="xs" />
    </>
  );
}

export function ChoiceSelect({ label, options, value, onChange, isLoading = false, disabled = false, lookupError, 'data-test-subj': testSubj }: ChoiceSelectProps) {
  if (lookupError) {
    return (
      <EuiFormRow label={label} fullWidth>
        <>
          <LookupErrorCallout message={lookupError} testSubj={testSubj} />
          <EuiFieldText
            fullWidth
            compressed
            value={value ?? ''}
            disabled={disabled}
            onChange={(event) => onChange(event.target.value.trim() === '' ? null : event.target.value)}
            data-test-subj={testSubj}
          />
        </>
      </EuiFormRow>
    );
  }
  // A stored value the system no longer offers stays visible rather than silently becoming "none".
  const known = value === null || options.some((option) => option.value === value);
  const shown = known ? options : [...options, { value: value as string, text: value as string }];
  return (
    <EuiFormRow label={label} fullWidth>
      <EuiSelect
        fullWidth
        compressed
        hasNoInitialSelection={value === null}
        options={[{ value: NONE, text: '—' }, ...shown]}
        value={value ?? NONE}
        isLoading={isLoading}
        disabled={disabled || isLoading}
        onChange={(event) => onChange(event.target.value === NONE ? null : event.target.value)}
        data-test-subj={testSubj}
      />
    </EuiFormRow>
  );
}

/** The label of a stored value among the lookup's options; the raw value when the lookup has none for it. */
export function choiceLabel(options: ChoiceOption[] | undefined, value: string | null): string | null {
  if (value === null) return null;
  return options?.find((option) => option.value === value)?.text ?? value;
}

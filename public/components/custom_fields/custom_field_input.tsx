import { useEffect, useState } from 'react';
import { EuiFieldNumber, EuiFieldText, EuiFormRow, EuiSwitch } from '@elastic/eui';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import type { CustomFieldFormValue } from './custom_field_form_values';

export interface CustomFieldInputProps {
  definition: CustomFieldConfiguration;
  value: CustomFieldFormValue;
  onChange(value: CustomFieldFormValue): void;
  isInvalid?: boolean;
  error?: string;
  compressed?: boolean;
  isDisabled?: boolean;
  'data-test-subj'?: string;
}

/** The text of a number input as a value: blank is null, anything else a number (NaN when it cannot parse, so the check says so). */
export function parseNumberText(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

const sameNumber = (a: number | null, b: CustomFieldFormValue) => a === b || (Number.isNaN(a) && typeof b === 'number' && Number.isNaN(b));

/**
 * The text is the input's own state so that "-" or "1e" while typing is not wiped by the value it
 * parses to; it follows the value when that changes from outside (a template, a reset).
 */
function NumberInput({ value, onChange, isInvalid, compressed, isDisabled, testSubj }: NumberInputProps) {
  const [text, setText] = useState(() => (typeof value === 'number' && !Number.isNaN(value) ? String(value) : ''));
  useEffect(() => {
    setText((current) => (sameNumber(parseNumberText(current), value) ? current : typeof value === 'number' && !Number.isNaN(value) ? String(value) : ''));
  }, [value]);
  return (
    <EuiFieldNumber
      fullWidth
      step={1}
      value={text}
      isInvalid={isInvalid}
      compressed={compressed}
      disabled={isDisabled}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseNumberText(event.target.value));
      }}
      data-test-subj={testSubj}
    />
  );
}

interface NumberInputProps {
  value: CustomFieldFormValue;
  onChange(value: number | null): void;
  isInvalid?: boolean;
  compressed?: boolean;
  isDisabled?: boolean;
  testSubj: string;
}

/** One custom field's input, by its type, in a row labelled by the definition. */
export function CustomFieldInput(props: CustomFieldInputProps) {
  const { definition, value, onChange, isInvalid = false, error, compressed, isDisabled } = props;
  const testSubj = props['data-test-subj'] ?? `custom-field-${definition.key}`;
  const inputSubj = `${testSubj}-input`;
  const invalid = isInvalid || !!error;

  const input = (() => {
    switch (definition.type) {
      case 'toggle':
        return (
          <EuiSwitch
            label={definition.label}
            showLabel={false}
            checked={value === true}
            disabled={isDisabled}
            compressed={compressed}
            onChange={(event) => onChange(event.target.checked)}
            data-test-subj={inputSubj}
          />
        );
      case 'number':
        return <NumberInput value={value} onChange={onChange} isInvalid={invalid} compressed={compressed} isDisabled={isDisabled} testSubj={inputSubj} />;
      default:
        return (
          <EuiFieldText
            fullWidth
            value={typeof value === 'string' ? value : ''}
            isInvalid={invalid}
            compressed={compressed}
            disabled={isDisabled}
            onChange={(event) => onChange(event.target.value)}
            data-test-subj={inputSubj}
          />
        );
    }
  })();

  return (
    <EuiFormRow
      label={definition.label}
      labelAppend={definition.required ? undefined : 'Optional'}
      isInvalid={invalid}
      error={error}
      fullWidth
      display={compressed ? 'rowCompressed' : 'row'}
      data-test-subj={testSubj}
    >
      {input}
    </EuiFormRow>
  );
}

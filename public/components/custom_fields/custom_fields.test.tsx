import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EuiProvider } from '@elastic/eui';
import { MAX_CUSTOM_FIELD_TEXT_VALUE_LENGTH } from '../../../common/constants';
import { CUSTOM_FIELD_VALUE_MESSAGES } from '../../../common/custom_fields/custom_field_value_error';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { customFieldError } from './custom_field_error';
import { customFieldDefaultValue, toCaseCustomFields, type CustomFieldFormValue } from './custom_field_form_values';
import { CustomFieldInput } from './custom_field_input';
import { CustomFieldValue, formatCustomFieldValue, NOT_DEFINED } from './custom_field_value';

const TEXT: CustomFieldConfiguration = { key: 'ticket', label: 'Ticket', type: 'text', required: true };
const TOGGLE: CustomFieldConfiguration = { key: 'escalated', label: 'Escalated', type: 'toggle', required: false };
const NUMBER: CustomFieldConfiguration = { key: 'hosts', label: 'Hosts', type: 'number', required: false, defaultValue: 2 };

describe('customFieldError', () => {
  it('applies the server rule for one value', () => {
    expect(customFieldError(TEXT, 'SEC-1')).toBeUndefined();
    expect(customFieldError(TEXT, '')).toBe(CUSTOM_FIELD_VALUE_MESSAGES.required('Ticket'));
    expect(customFieldError(TEXT, '   ')).toBe(CUSTOM_FIELD_VALUE_MESSAGES.required('Ticket'));
    expect(customFieldError(TEXT, null)).toBe(CUSTOM_FIELD_VALUE_MESSAGES.required('Ticket'));
    expect(customFieldError({ ...TEXT, required: false }, null)).toBeUndefined();
    expect(customFieldError(TEXT, 'x'.repeat(MAX_CUSTOM_FIELD_TEXT_VALUE_LENGTH))).toBeUndefined();
    expect(customFieldError(TEXT, 'x'.repeat(MAX_CUSTOM_FIELD_TEXT_VALUE_LENGTH + 1))).toBe(CUSTOM_FIELD_VALUE_MESSAGES.textTooLong('Ticket'));
    expect(customFieldError(TEXT, 3)).toBe(CUSTOM_FIELD_VALUE_MESSAGES.wrongType('Ticket'));
    expect(customFieldError(NUMBER, 1.5)).toBe(CUSTOM_FIELD_VALUE_MESSAGES.notInteger('Hosts'));
    expect(customFieldError(NUMBER, Number.MAX_SAFE_INTEGER + 1)).toBe(CUSTOM_FIELD_VALUE_MESSAGES.notInteger('Hosts'));
    expect(customFieldError(NUMBER, NaN)).toBe(CUSTOM_FIELD_VALUE_MESSAGES.notInteger('Hosts'));
    expect(customFieldError(NUMBER, -4)).toBeUndefined();
    expect(customFieldError(TOGGLE, 'true')).toBe(CUSTOM_FIELD_VALUE_MESSAGES.wrongType('Escalated'));
    expect(customFieldError({ ...TOGGLE, required: true }, false)).toBeUndefined();
  });
});

describe('custom field form values', () => {
  it('fills defaults (a toggle without one is off) and sends every field in order', () => {
    expect(customFieldDefaultValue(TOGGLE)).toBe(false);
    expect(customFieldDefaultValue(NUMBER)).toBe(2);
    expect(customFieldDefaultValue(TEXT)).toBeNull();
    expect(toCaseCustomFields([TOGGLE, TEXT, NUMBER], { ticket: ' ' })).toEqual([
      { key: 'escalated', type: 'toggle', value: false },
      { key: 'ticket', type: 'text', value: null },
      { key: 'hosts', type: 'number', value: 2 },
    ]);
    expect(toCaseCustomFields([NUMBER], { hosts: null })).toEqual([{ key: 'hosts', type: 'number', value: null }]);
  });
});

function Controlled({ definition, initial, onValue }: { definition: CustomFieldConfiguration; initial: CustomFieldFormValue; onValue(value: CustomFieldFormValue): void }) {
  const [value, setValue] = useState<CustomFieldFormValue>(initial);
  return (
    <EuiProvider>
      <CustomFieldInput
        definition={definition}
        value={value}
        onChange={(next) => {
          setValue(next);
          onValue(next);
        }}
        error={customFieldError(definition, value)}
      />
      <button type="button" data-test-subj="set-from-outside" onClick={() => setValue(42)} />
    </EuiProvider>
  );
}

describe('CustomFieldInput', () => {
  it('keeps a number input text while typing, emits numbers or null, and follows an outside value', async () => {
    const user = userEvent.setup();
    const seen: CustomFieldFormValue[] = [];
    render(<Controlled definition={NUMBER} initial={null} onValue={(value) => seen.push(value)} />);
    const input = screen.getByTestId('custom-field-hosts-input');
    expect(screen.getByTestId('custom-field-hosts')).toHaveTextContent('Optional');
    await user.type(input, '-7');
    expect(input).toHaveValue(-7);
    expect(seen[seen.length - 1]).toBe(-7);
    await user.clear(input);
    expect(seen[seen.length - 1]).toBeNull();
    await user.type(input, '2.5');
    expect(screen.getByTestId('custom-field-hosts')).toHaveTextContent(CUSTOM_FIELD_VALUE_MESSAGES.notInteger('Hosts'));
    await user.click(screen.getByTestId('set-from-outside'));
    expect(input).toHaveValue(42);
  });

  it('renders a toggle as a switch labelled by the definition', async () => {
    const user = userEvent.setup();
    const seen: CustomFieldFormValue[] = [];
    render(<Controlled definition={TOGGLE} initial={false} onValue={(value) => seen.push(value)} />);
    expect(screen.getByTestId('custom-field-escalated')).toHaveTextContent('Escalated');
    await user.click(screen.getByTestId('custom-field-escalated-input'));
    expect(seen).toEqual([true]);
    expect(screen.getByTestId('custom-field-escalated-input')).toBeChecked();
  });

  it('shows a required text field without the Optional hint', () => {
    render(<Controlled definition={TEXT} initial="" onValue={() => undefined} />);
    expect(screen.getByTestId('custom-field-ticket')).not.toHaveTextContent('Optional');
    expect(screen.getByTestId('custom-field-ticket')).toHaveTextContent(CUSTOM_FIELD_VALUE_MESSAGES.required('Ticket'));
  });
});

describe('CustomFieldValue', () => {
  it('reads a stored value by its type', () => {
    expect(formatCustomFieldValue({ type: 'toggle', value: true })).toBe('On');
    expect(formatCustomFieldValue({ type: 'toggle', value: false })).toBe('Off');
    expect(formatCustomFieldValue({ type: 'number', value: 1234567 })).toBe('1234567');
    expect(formatCustomFieldValue({ type: 'text', value: 'SEC-1' })).toBe('SEC-1');
    expect(formatCustomFieldValue({ type: 'number', value: null })).toBe(NOT_DEFINED);
  });

  it('shows the label of a defined field, and the key of a removed one, saying so', () => {
    render(
      <EuiProvider>
        <CustomFieldValue definition={TOGGLE} field={{ key: 'escalated', type: 'toggle', value: true }} />
        <CustomFieldValue field={{ key: 'old_field', type: 'text', value: null }} />
      </EuiProvider>,
    );
    expect(screen.getByTestId('custom-field-value-escalated-label')).toHaveTextContent('Escalated');
    expect(screen.getByTestId('custom-field-value-escalated-text')).toHaveTextContent('On');
    expect(screen.queryByTestId('custom-field-value-escalated-removed')).not.toBeInTheDocument();
    expect(screen.getByTestId('custom-field-value-old_field-label')).toHaveTextContent('old_field');
    expect(screen.getByTestId('custom-field-value-old_field-removed')).toHaveTextContent('removed from settings');
    expect(screen.getByTestId('custom-field-value-old_field-text')).toHaveTextContent(NOT_DEFINED);
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MAX_CATEGORY_LENGTH } from '../../../common/constants';
import { createTestCore, renderWithCore } from '../../core/mocks';
import { CategoryPicker } from './category_picker';

function Harness({ initial = null, onChange }: { initial?: string | null; onChange: jest.Mock }) {
  const [value, setValue] = useState(initial);
  return (
    <CategoryPicker
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

function setup(initial?: string | null) {
  const { core } = createTestCore({ routes: { 'GET /internal/cases/categories': { body: ['Intrusion', 'Fraud'] } } });
  const onChange = jest.fn();
  renderWithCore(<Harness initial={initial} onChange={onChange} />, core);
  return { onChange, input: within(screen.getByTestId('categoryPicker')).getByRole('combobox') };
}

describe('CategoryPicker', () => {
  it('offers existing categories and selects one', async () => {
    const { onChange, input } = setup();
    const user = userEvent.setup();
    await user.click(input);
    await user.click(await screen.findByTestId('categoryPickerOption-Fraud'));
    expect(onChange).toHaveBeenLastCalledWith('Fraud');
  });

  it('takes a new category typed in, and replaces the previous one', async () => {
    const { onChange, input } = setup('Fraud');
    const user = userEvent.setup();
    // The plain-text single selection shows the current value in the input: type over it.
    await user.type(input, 'Insider threat{Enter}', { initialSelectionStart: 0, initialSelectionEnd: 'Fraud'.length });
    expect(onChange).toHaveBeenLastCalledWith('Insider threat');
  });

  it('clears to null', async () => {
    const { onChange } = setup('Fraud');
    await userEvent.setup().click(screen.getByTestId('comboBoxClearButton'));
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('refuses a category longer than the limit, with a message', async () => {
    const { onChange, input } = setup();
    fireEvent.change(input, { target: { value: 'c'.repeat(MAX_CATEGORY_LENGTH + 1) } });
    expect(screen.getByTestId('categoryPicker-tooLong')).toHaveTextContent(`at most ${MAX_CATEGORY_LENGTH} characters`);
    await userEvent.setup().type(input, '{Enter}');
    expect(onChange).not.toHaveBeenCalled();
  });
});

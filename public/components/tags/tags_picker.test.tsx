import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MAX_LENGTH_PER_TAG, MAX_TAGS_PER_CASE } from '../../../common/constants';
import { createTestCore, renderWithCore } from '../../core/mocks';
import { TagsPicker } from './tags_picker';

function Harness({ initial = [], onChange }: { initial?: string[]; onChange: jest.Mock }) {
  const [selected, setSelected] = useState(initial);
  return (
    <TagsPicker
      selected={selected}
      onChange={(next) => {
        setSelected(next);
        onChange(next);
      }}
    />
  );
}

function setup(initial?: string[]) {
  const { core } = createTestCore({ routes: { 'GET /api/cases/tags': { body: ['phishing', 'malware'] } } });
  const onChange = jest.fn();
  renderWithCore(<Harness initial={initial} onChange={onChange} />, core);
  return { onChange, input: within(screen.getByTestId('tagsPicker')).getByRole('combobox') };
}

describe('TagsPicker', () => {
  it('offers the tags already in use and selects one', async () => {
    const { onChange, input } = setup();
    const user = userEvent.setup();
    await user.click(input);
    expect(await screen.findByTestId('tagsPickerOption-phishing')).toBeInTheDocument();
    await user.click(screen.getByTestId('tagsPickerOption-malware'));
    expect(onChange).toHaveBeenLastCalledWith(['malware']);
  });

  it('creates a new tag from typed text, trimmed', async () => {
    const { onChange, input } = setup(['malware']);
    const user = userEvent.setup();
    await user.type(input, '  ransomware  {Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['malware', 'ransomware']);
    expect(screen.getByTestId('tagsPicker')).toHaveTextContent('ransomware');
  });

  it('refuses a tag longer than the limit, with a message, and keeps the text to fix', async () => {
    const { onChange, input } = setup();
    const user = userEvent.setup();
    fireEvent.change(input, { target: { value: 'x'.repeat(MAX_LENGTH_PER_TAG + 1) } });
    expect(screen.getByTestId('tagsPicker-tooLong')).toHaveTextContent(`at most ${MAX_LENGTH_PER_TAG} characters`);
    await user.type(input, '{Enter}');
    expect(onChange).not.toHaveBeenCalled();
    expect(input).toHaveValue('x'.repeat(MAX_LENGTH_PER_TAG + 1));

    await user.type(input, '{Backspace}');
    expect(screen.queryByTestId('tagsPicker-tooLong')).not.toBeInTheDocument();
    await user.type(input, '{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['x'.repeat(MAX_LENGTH_PER_TAG)]);
  });

  it('stops at the maximum number of tags, saying why', async () => {
    const full = Array.from({ length: MAX_TAGS_PER_CASE }, (_, i) => `tag-${i}`);
    const { onChange, input } = setup(full);
    expect(screen.getByTestId('tagsPicker-limit')).toHaveTextContent(`at most ${MAX_TAGS_PER_CASE} tags`);
    fireEvent.change(input, { target: { value: 'one-more' } });
    await userEvent.setup().type(input, '{Enter}');
    expect(onChange).not.toHaveBeenCalled();
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EuiProvider } from '@elastic/eui';
import { StatusBadge } from './status_badge';
import { StatusPicker } from './status_picker';

const wrap = (ui: React.ReactElement) => render(<EuiProvider colorMode="light">{ui}</EuiProvider>);

describe('StatusBadge', () => {
  it.each([
    ['open', 'Open'],
    ['in-progress', 'In progress'],
    ['closed', 'Closed'],
  ] as const)('labels %s as %s', (status, label) => {
    wrap(<StatusBadge status={status} />);
    expect(screen.getByTestId(`case-status-badge-${status}`)).toHaveTextContent(label);
  });
});

describe('StatusPicker', () => {
  it('shows the status and offers every status', async () => {
    const onChange = jest.fn();
    wrap(<StatusPicker status="open" onChange={onChange} />);
    const user = userEvent.setup();
    expect(screen.getByTestId('case-status-picker')).toHaveTextContent('Open');
    await user.click(screen.getByTestId('case-status-picker'));
    expect(await screen.findByTestId('case-status-option-in-progress')).toBeInTheDocument();
    await user.click(screen.getByTestId('case-status-option-closed'));
    expect(onChange).toHaveBeenCalledWith('closed');
  });

  it('does not report choosing the current status', async () => {
    const onChange = jest.fn();
    wrap(<StatusPicker status="open" onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('case-status-picker'));
    await user.click(await screen.findByTestId('case-status-option-open'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('cannot be opened while disabled or loading', () => {
    const { rerender } = wrap(<StatusPicker status="open" onChange={jest.fn()} disabled />);
    expect(screen.getByTestId('case-status-picker')).toBeDisabled();
    rerender(
      <EuiProvider colorMode="light">
        <StatusPicker status="open" onChange={jest.fn()} isLoading />
      </EuiProvider>,
    );
    expect(screen.getByTestId('case-status-picker')).toBeDisabled();
    expect(screen.getByTestId('case-status-picker-loading')).toBeInTheDocument();
  });
});

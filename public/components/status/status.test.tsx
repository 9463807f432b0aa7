import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EuiProvider } from '@elastic/eui';
import { StatusBadge } from './status_badge';
import { StatusPicker } from './status_picker';
import { caseStatuses } from '../../../common/registries/case_statuses';

// A status another feature registers: the badge and the picker render it from the same data.
caseStatuses.register({ id: 'l1-triage', stage: 'open', label: 'L1 triage', sortRank: 3, color: 'accent' });

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

  it('labels a registered status as it declares, and an unknown one by its id', () => {
    wrap(<StatusBadge status="l1-triage" />);
    expect(screen.getByTestId('case-status-badge-l1-triage')).toHaveTextContent('L1 triage');
    wrap(<StatusBadge status="imported-status" />);
    expect(screen.getByTestId('case-status-badge-imported-status')).toHaveTextContent('imported-status');
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

  it('offers registered statuses in rank order and reports choosing one', async () => {
    const onChange = jest.fn();
    wrap(<StatusPicker status="open" onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('case-status-picker'));
    const options = (await screen.findByTestId('case-status-picker-panel')).querySelectorAll('[data-test-subj^="case-status-option-badge-"]');
    expect([...options].map((o) => o.textContent)).toEqual(['Open', 'In progress', 'Closed', 'L1 triage']);
    await user.click(screen.getByTestId('case-status-option-l1-triage'));
    expect(onChange).toHaveBeenCalledWith('l1-triage');
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

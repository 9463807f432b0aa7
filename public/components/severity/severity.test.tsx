import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EuiProvider } from '@elastic/eui';
import { SeverityBadge } from './severity_badge';
import { SeverityPicker } from './severity_picker';

const wrap = (ui: React.ReactElement) => render(<EuiProvider colorMode="light">{ui}</EuiProvider>);

describe('SeverityBadge', () => {
  it.each([
    ['low', 'Low'],
    ['medium', 'Medium'],
    ['high', 'High'],
    ['critical', 'Critical'],
  ] as const)('labels %s as %s', (severity, label) => {
    wrap(<SeverityBadge severity={severity} />);
    expect(screen.getByTestId(`case-severity-badge-${severity}`)).toHaveTextContent(label);
  });
});

describe('SeverityPicker', () => {
  it('shows the severity and reports a new one', async () => {
    const onChange = jest.fn();
    wrap(<SeverityPicker severity="low" onChange={onChange} />);
    const user = userEvent.setup();
    expect(screen.getByTestId('case-severity-picker')).toHaveTextContent('Low');
    await user.click(screen.getByTestId('case-severity-picker'));
    await user.click(await screen.findByTestId('case-severity-option-critical'));
    expect(onChange).toHaveBeenCalledWith('critical');
  });

  it('is disabled while saving', () => {
    wrap(<SeverityPicker severity="high" onChange={jest.fn()} isLoading />);
    expect(screen.getByTestId('case-severity-picker')).toBeDisabled();
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestCore, renderWithCore } from '../../core/mocks';
import { AlertDetailsFlyout } from './alert_details_flyout';
import { makeAlert } from './test_fixtures';

describe('AlertDetailsFlyout', () => {
  const alert = makeAlert('a1', { 'process.args': ['-enc', 'SQBFAFgA'], 'source.ip': '10.0.0.7' });

  it('shows the header and every field in a searchable table', async () => {
    const onClose = jest.fn();
    renderWithCore(<AlertDetailsFlyout alert={alert} onClose={onClose} />, createTestCore().core);
    expect(screen.getByTestId('alert-details-title')).toHaveTextContent('Suspicious PowerShell');
    expect(screen.getByTestId('alert-severity-high')).toBeInTheDocument();
    expect(screen.getByTestId('alert-status-open')).toBeInTheDocument();
    expect(within(screen.getByTestId('alert-field-row-process.args')).getByTestId('alert-field-value')).toHaveTextContent('["-enc","SQBFAFgA"]');
    expect(within(screen.getByTestId('alert-field-row-source.ip')).getByTestId('alert-field-value')).toHaveTextContent('10.0.0.7');

    const user = userEvent.setup();
    await user.type(screen.getByTestId('alert-details-search'), 'source');
    expect(await screen.findByTestId('alert-field-row-source.ip')).toBeInTheDocument();
    expect(screen.queryByTestId('alert-field-row-host.name')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('euiFlyoutCloseButton'));
    expect(onClose).toHaveBeenCalled();
  });

  it('shows the document as nested JSON with its id and index', async () => {
    renderWithCore(<AlertDetailsFlyout alert={alert} onClose={() => undefined} />, createTestCore().core);
    await userEvent.setup().click(screen.getByTestId('alert-details-tab-json'));
    const text = screen.getByTestId('alert-details-json').textContent ?? '';
    const json = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1));
    expect(json).toMatchObject({ _id: 'a1', _index: alert.index, _source: { kibana: { alert: { rule: { name: 'Suspicious PowerShell' } } }, source: { ip: '10.0.0.7' } } });
    expect(json._source.process.args).toEqual(['-enc', 'SQBFAFgA']);
  });
});

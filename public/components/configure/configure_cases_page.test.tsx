import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeConfiguration } from '../custom_fields/test_fixtures';
import { renderConfigurePage, writes } from './test_helpers';

const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });

describe('ConfigureCasesPage: loading and closure', () => {
  it('shows empty lists and the .none connector when no configuration was ever saved', async () => {
    renderConfigurePage();
    expect(await screen.findByTestId('custom-field-empty')).toBeInTheDocument();
    expect(screen.getByTestId('template-empty')).toBeInTheDocument();
    expect(screen.getByTestId('observable-type-empty')).toBeInTheDocument();
    expect(screen.getByTestId('dropdown-connectors')).toHaveTextContent('No connector');
    expect(within(screen.getByTestId('closure-options-radio-group')).getByLabelText('Manually close Security cases')).toBeChecked();
  });

  it('creates the configuration with a POST on the first save', async () => {
    const { fetchMock } = renderConfigurePage();
    await user().click(await screen.findByLabelText('Automatically close Security cases when pushing new incident to external system'));
    await waitFor(() => expect(writes(fetchMock.calls)).toHaveLength(1));
    const [post] = writes(fetchMock.calls);
    expect(post.method).toBe('POST');
    expect(post.url).toBe('/api/cases/configure');
    expect(post.body).toEqual({
      owner: 'securitySolution',
      connector: { id: 'none', name: 'none', type: '.none', fields: null },
      closure_type: 'close-by-pushing',
    });
  });

  it('saves a closure change with a PATCH and the read version, then shows it', async () => {
    const { fetchMock, server } = renderConfigurePage({ configuration: makeConfiguration() });
    await user().click(await screen.findByLabelText('Automatically close Security cases when pushing new incident to external system'));
    await waitFor(() => expect(server.state.stored?.closure_type).toBe('close-by-pushing'));
    expect(writes(fetchMock.calls)[0]).toMatchObject({ method: 'PATCH', url: '/api/cases/configure/cfg-1', body: { version: 'v1', closure_type: 'close-by-pushing' } });
    await waitFor(() => expect(screen.getByLabelText('Automatically close Security cases when pushing new incident to external system')).toBeChecked());
  });

  it('reloads on a 409 for the closure and says the settings changed', async () => {
    const { fetchMock, server } = renderConfigurePage({ configuration: makeConfiguration() });
    await screen.findByTestId('closure-options-radio-group');
    // Someone else saves first: the page's version is now stale.
    server.state.stored = makeConfiguration({ version: 'v9', observableTypes: [{ key: 'ot-1', label: 'Ticket id' }] });
    await user().click(screen.getByLabelText('Automatically close Security cases when pushing new incident to external system'));
    expect(await screen.findByTestId('configure-conflict-callout')).toHaveTextContent('closure option');
    expect(await screen.findByTestId('observable-type-ot-1')).toHaveTextContent('Ticket id');
    expect(screen.getByLabelText('Manually close Security cases')).toBeChecked();
    expect(writes(fetchMock.calls)).toHaveLength(1);
  });

  it('goes back to the cases list', async () => {
    renderConfigurePage();
    await user().click(await screen.findByTestId('configure-back-to-cases'));
    expect(await screen.findByTestId('all-cases-page-stub')).toBeInTheDocument();
  });
});

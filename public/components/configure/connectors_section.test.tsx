import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ALL, casesCapabilitiesResponse } from '../capabilities/test_fixtures';
import { makeConfiguration } from '../custom_fields/test_fixtures';
import { renderConfigurePage, writes } from './test_helpers';
import { caseConnectorListItem } from '../connectors/test_fixtures';

const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });


const CONNECTORS = [caseConnectorListItem('jira-1', 'Jira SOC', '.jira'), caseConnectorListItem('sn-1', 'ServiceNow ITSM', '.servicenow', { isDeprecated: true })];
const FIND = 'GET /api/cases/configure/connectors/_find';

describe('ConnectorsSection', () => {
  it('lists the case connectors and saves the chosen default with a PATCH', async () => {
    const { fetchMock, server } = renderConfigurePage({ configuration: makeConfiguration(), routes: { [FIND]: { body: CONNECTORS } } });
    const u = user();
    await waitFor(() => expect(screen.getByTestId('dropdown-connectors')).toBeEnabled());
    await u.click(screen.getByTestId('dropdown-connectors'));
    expect(await screen.findByTestId('dropdown-connector-sn-1')).toHaveTextContent('ServiceNow ITSM (deprecated)');
    expect(screen.getByTestId('dropdown-connector-no-connector')).toBeInTheDocument();
    await u.click(screen.getByTestId('dropdown-connector-jira-1'));

    await waitFor(() => expect(server.state.stored?.connector.id).toBe('jira-1'));
    expect(writes(fetchMock.calls)).toHaveLength(1);
    expect(writes(fetchMock.calls)[0]).toMatchObject({
      method: 'PATCH',
      url: '/api/cases/configure/cfg-1',
      body: { version: 'v1', connector: { id: 'jira-1', name: 'Jira SOC', type: '.jira', fields: null } },
    });
    await waitFor(() => expect(screen.getByTestId('dropdown-connectors')).toHaveTextContent('Jira SOC'));
  });

  it('goes back to No connector with the .none connector', async () => {
    const configuration = makeConfiguration({ connector: { id: 'jira-1', name: 'Jira SOC', type: '.jira', fields: null } });
    const { fetchMock } = renderConfigurePage({ configuration, routes: { [FIND]: { body: CONNECTORS } } });
    const u = user();
    await waitFor(() => expect(screen.getByTestId('dropdown-connectors')).toHaveTextContent('Jira SOC'));
    await u.click(screen.getByTestId('dropdown-connectors'));
    await u.click(await screen.findByTestId('dropdown-connector-no-connector'));
    await waitFor(() => expect(writes(fetchMock.calls)).toHaveLength(1));
    expect(writes(fetchMock.calls)[0].body).toEqual({ version: 'v1', connector: { id: 'none', name: 'none', type: '.none', fields: null } });
  });

  it('warns when the saved default connector was deleted', async () => {
    const configuration = makeConfiguration({ connector: { id: 'gone', name: 'Old Jira', type: '.jira', fields: null } });
    renderConfigurePage({ configuration, routes: { [FIND]: { body: CONNECTORS } } });
    expect(await screen.findByTestId('connectors-missing-callout')).toBeInTheDocument();
    expect(screen.getByTestId('dropdown-connectors')).toHaveTextContent('Old Jira (deleted)');
  });

  it('links to the connectors page only for users who may create connectors', async () => {
    const { core } = renderConfigurePage({ routes: { [FIND]: { body: [] } } });
    const link = await screen.findByTestId('configure-add-connector-link');
    expect(link).toHaveAttribute('href', '/app/management/insightsAndAlerting/triggersActionsConnectors/connectors');
    await user().click(link);
    expect(core.navigateToApp).toHaveBeenCalledWith('management', { path: '/insightsAndAlerting/triggersActionsConnectors/connectors' });
  });

  it('offers no link without the connectors save capability', async () => {
    const capabilities = { ...casesCapabilitiesResponse({ securitySolution: ALL }), actions: { show: true, save: false } };
    renderConfigurePage({ capabilities, routes: { [FIND]: { body: CONNECTORS } } });
    await waitFor(() => expect(screen.getByTestId('dropdown-connectors')).toBeEnabled());
    expect(screen.queryByTestId('configure-add-connector-link')).not.toBeInTheDocument();
  });
});

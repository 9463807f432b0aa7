import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { noCapabilities } from '../test_helpers/capabilities';
import { type RecordedRequest } from '../test_helpers/mock_fetch';
import { createTestCore, renderWithCore } from '../test_helpers/render_with_core';
import { ConnectorsPage } from './connectors_page';
import { CONNECTOR_TYPES, CONNECTORS, JIRA } from './test_fixtures';

const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });

function renderPage(routes = {}, capabilities?: ReturnType<typeof noCapabilities>) {
  const test = createTestCore({
    capabilities,
    routes: {
      'GET /api/actions/connectors': { body: CONNECTORS },
      'GET /api/actions/connector_types': { body: CONNECTOR_TYPES },
      ...routes,
    },
  });
  renderWithCore(<ConnectorsPage />, test.core);
  return test;
}

/** One paste rather than a keystroke per letter: EUI fields re-render on each. */
async function fill(u: ReturnType<typeof user>, testSubj: string, text: string) {
  await u.click(screen.getByTestId(testSubj));
  await u.paste(text);
}

const writes = (calls: RecordedRequest[]) => calls.filter((call) => call.method !== 'GET');

describe('ConnectorsPage: list and delete', () => {
  it('lists connectors with their type, badges, warnings and use count', async () => {
    renderPage();
    const jira = await screen.findByTestId('connector-row-jira-1');
    expect(jira).toHaveTextContent('Jira SOC');
    await waitFor(() => expect(jira).toHaveTextContent('Jira'));
    expect(jira).toHaveTextContent('2');
    const mail = screen.getByTestId('connector-row-mail-pre');
    expect(within(mail).getByTestId('connector-preconfigured-mail-pre')).toHaveTextContent('Preconfigured');
    const sn = screen.getByTestId('connector-row-sn-1');
    expect(within(sn).getByTestId('connector-missing-secrets-sn-1')).toBeInTheDocument();
    expect(within(sn).getByTestId('connector-deprecated-sn-1')).toBeInTheDocument();
    expect(within(jira).queryByTestId('connector-preconfigured-jira-1')).not.toBeInTheDocument();
    // A preconfigured connector lives in the server's configuration: not deletable.
    expect(screen.getByTestId('connector-delete-mail-pre')).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByTestId('connector-delete-jira-1')).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('searches by name', async () => {
    renderPage();
    await screen.findByTestId('connector-row-jira-1');
    await fill(user(), 'connectors-search', 'servicenow');
    await waitFor(() => expect(screen.queryByTestId('connector-row-jira-1')).not.toBeInTheDocument());
    expect(screen.getByTestId('connector-row-sn-1')).toBeInTheDocument();
    // "jira" is a type id too, but only names are searched.
    await user().clear(screen.getByTestId('connectors-search'));
    await fill(user(), 'connectors-search', '.email');
    await waitFor(() => expect(screen.queryByTestId('connector-row-mail-pre')).not.toBeInTheDocument());
  });

  it('deletes after a confirmation that names the connector and its uses', async () => {
    let deleted = false;
    const { fetchMock } = renderPage({ 'DELETE /api/actions/connector/jira-1': () => ((deleted = true), { status: 204 }) });
    const u = user();
    await u.click(await screen.findByTestId('connector-delete-jira-1'));
    const modal = await screen.findByTestId('connector-delete-modal');
    expect(modal).toHaveTextContent("Delete connector 'Jira SOC'?");
    expect(within(modal).getByTestId('connector-delete-in-use')).toHaveTextContent('2 objects use this connector');
    expect(deleted).toBe(false);
    fetchMock.route('GET /api/actions/connectors', { body: CONNECTORS.filter((item) => item.id !== 'jira-1') });
    await u.click(within(modal).getByTestId('confirmModalConfirmButton'));
    await waitFor(() => expect(deleted).toBe(true));
    expect(await screen.findByTestId('connector-deleted-toast')).toHaveTextContent("Deleted 'Jira SOC'");
    await waitFor(() => expect(screen.queryByTestId('connector-row-jira-1')).not.toBeInTheDocument());
  });

  it('cancelling the confirmation deletes nothing', async () => {
    const { fetchMock } = renderPage();
    const u = user();
    await u.click(await screen.findByTestId('connector-delete-jira-1'));
    await u.click(within(await screen.findByTestId('connector-delete-modal')).getByTestId('confirmModalCancelButton'));
    await waitFor(() => expect(screen.queryByTestId('connector-delete-modal')).not.toBeInTheDocument());
    expect(writes(fetchMock.calls)).toEqual([]);
  });
});

describe('ConnectorsPage: create', () => {
  it('creates a Jira connector with exactly Kibana body', async () => {
    let created: RecordedRequest | undefined;
    const { fetchMock } = renderPage({
      'POST /api/actions/connector': (request: RecordedRequest) => ((created = request), { body: { ...JIRA, id: 'jira-2', name: 'New Jira' } }),
    });
    const u = user();
    await u.click(await screen.findByTestId('connectors-create-button'));
    // System action types are not created by hand.
    expect(await screen.findByTestId('connector-type-card-.jira')).toBeInTheDocument();
    expect(screen.queryByTestId('connector-type-card-.system-thing')).not.toBeInTheDocument();
    await u.click(screen.getByTestId('connector-type-card-.jira'));

    await u.click(screen.getByTestId('connector-save-button'));
    expect(screen.getByText('Connector name is required.')).toBeInTheDocument();
    expect(screen.getByText('URL is required.')).toBeInTheDocument();
    expect(screen.getByText('API token or password is required.')).toBeInTheDocument();
    expect(created).toBeUndefined();

    await fill(u, 'connector-name-input', 'New Jira');
    await fill(u, 'connector-config-apiUrl', 'not a url');
    await fill(u, 'connector-config-projectKey', 'SOC');
    await fill(u, 'connector-secrets-email', 'bot@example.com');
    await fill(u, 'connector-secrets-apiToken', 'tok-123');
    expect(screen.getByText('URL must be a valid http or https URL.')).toBeInTheDocument();
    await u.clear(screen.getByTestId('connector-config-apiUrl'));
    await fill(u, 'connector-config-apiUrl', 'https://jira.example.com');
    await u.click(screen.getByTestId('connector-save-button'));

    await waitFor(() => expect(created).toBeDefined());
    expect(created?.body).toEqual({
      name: 'New Jira',
      connector_type_id: '.jira',
      config: { apiUrl: 'https://jira.example.com', projectKey: 'SOC' },
      secrets: { email: 'bot@example.com', apiToken: 'tok-123' },
    });
    expect(await screen.findByTestId('connector-created-toast')).toHaveTextContent("Created 'New Jira'");
    await waitFor(() => expect(screen.queryByTestId('create-connector-flyout')).not.toBeInTheDocument());
    expect(writes(fetchMock.calls)).toHaveLength(1);
  });

  it('shows the server 400 message inline and keeps the form', async () => {
    const message = 'error validating action type config: error configuring connector action: target url "https://jira.example.com" is not added to the Kibana config xpack.actions.allowedHosts';
    renderPage({ 'POST /api/actions/connector': { status: 400, body: { statusCode: 400, error: 'Bad Request', message } } });
    const u = user();
    await u.click(await screen.findByTestId('connectors-create-button'));
    await u.click(await screen.findByTestId('connector-type-card-.jira'));
    await fill(u, 'connector-name-input', 'J');
    await fill(u, 'connector-config-apiUrl', 'https://jira.example.com');
    await fill(u, 'connector-config-projectKey', 'SOC');
    await fill(u, 'connector-secrets-email', 'a@b.c');
    await fill(u, 'connector-secrets-apiToken', 't');
    await u.click(screen.getByTestId('connector-save-button'));
    expect(await screen.findByTestId('connector-server-error')).toHaveTextContent(message);
    expect(screen.getByTestId('connector-name-input')).toHaveValue('J');
  });

  it('has no create button without the save capability', async () => {
    renderPage({}, { ...noCapabilities(), actions: { show: true, save: false, delete: false, execute: false } });
    await screen.findByTestId('connector-row-jira-1');
    expect(screen.queryByTestId('connectors-create-button')).not.toBeInTheDocument();
    expect(screen.queryByTestId('connector-delete-jira-1')).not.toBeInTheDocument();
  });
});

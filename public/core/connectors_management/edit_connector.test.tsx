import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { noCapabilities } from '../test_helpers/capabilities';
import { type MockResponse, type RecordedRequest } from '../test_helpers/mock_fetch';
import { createTestCore, renderWithCore } from '../test_helpers/render_with_core';
import { ConnectorsPage } from './connectors_page';
import { connector, CONNECTOR_TYPES, CONNECTORS, JIRA, OLD_SN } from './test_fixtures';

const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });
type Handler = MockResponse | ((request: RecordedRequest) => MockResponse);

const CASE_ACTION = connector('case-1', 'Case action', '.case', { config: {} });
const MAIL = connector('mail-1', 'Mail', '.email', { config: { service: 'other', from: 'soc@example.com', host: 'smtp.example.com', port: 25, secure: false, hasAuth: false } });

function renderPage(routes: Record<string, Handler> = {}, capabilities?: ReturnType<typeof noCapabilities>) {
  const test = createTestCore({
    capabilities,
    routes: {
      'GET /api/actions/connectors': { body: [...CONNECTORS, CASE_ACTION, MAIL] },
      'GET /api/actions/connector_types': { body: CONNECTOR_TYPES },
      ...routes,
    },
  });
  renderWithCore(<ConnectorsPage />, test.core);
  return test;
}

async function fill(u: ReturnType<typeof user>, testSubj: string, text: string) {
  await u.click(screen.getByTestId(testSubj));
  await u.paste(text);
}

async function openEdit(u: ReturnType<typeof user>, id: string) {
  await u.click(await screen.findByTestId(`connector-edit-${id}`));
  return screen.findByTestId('edit-connector-flyout');
}

describe('EditConnectorFlyout: configuration', () => {
  it('prefills the config, leaves secrets empty, and PUTs them again', async () => {
    let sent: RecordedRequest | undefined;
    renderPage({ 'PUT /api/actions/connector/jira-1': (request) => ((sent = request), { body: { ...JIRA, name: 'Jira EU' } }) });
    const u = user();
    await openEdit(u, 'jira-1');
    expect(screen.getByTestId('connector-name-input')).toHaveValue('Jira SOC');
    expect(screen.getByTestId('connector-config-apiUrl')).toHaveValue('https://jira.example.com');
    expect(screen.getByTestId('connector-secrets-email')).toHaveValue('');
    expect(screen.getByTestId('connector-secrets-apiToken')).toHaveValue('');
    expect(screen.getByTestId('connector-reenter-secrets')).toBeInTheDocument();

    await u.click(screen.getByTestId('connector-save-button'));
    expect(screen.getByText('API token or password is required.')).toBeInTheDocument();
    expect(sent).toBeUndefined();

    await u.clear(screen.getByTestId('connector-name-input'));
    await fill(u, 'connector-name-input', 'Jira EU');
    await fill(u, 'connector-secrets-email', 'bot@example.com');
    await fill(u, 'connector-secrets-apiToken', 'new-token');
    await u.click(screen.getByTestId('connector-save-button'));
    await waitFor(() => expect(sent).toBeDefined());
    // A PUT has no type: a connector's type never changes.
    expect(sent?.body).toEqual({ name: 'Jira EU', config: { apiUrl: 'https://jira.example.com', projectKey: 'SOC' }, secrets: { email: 'bot@example.com', apiToken: 'new-token' } });
    expect(await screen.findByTestId('connector-updated-toast')).toHaveTextContent("Updated 'Jira EU'");
  });

  it('opens a preconfigured connector read-only', async () => {
    const { fetchMock } = renderPage();
    const u = user();
    const flyout = await openEdit(u, 'mail-pre');
    expect(within(flyout).getByTestId('connector-preconfigured-callout')).toBeInTheDocument();
    expect(within(flyout).queryByTestId('connector-save-button')).not.toBeInTheDocument();
    expect(within(flyout).getByTestId('connector-close-button')).toHaveTextContent('Close');
    expect(fetchMock.calls.filter((call) => call.method === 'PUT')).toEqual([]);
  });

  it('opens read-only for a user without the save capability, with the Test tab only when execute is held', async () => {
    renderPage({}, { ...noCapabilities(), actions: { show: true, save: false, delete: false, execute: false } });
    const u = user();
    const flyout = await openEdit(u, 'jira-1');
    expect(within(flyout).getByTestId('connector-read-only-callout')).toBeInTheDocument();
    expect(within(flyout).queryByTestId('connector-save-button')).not.toBeInTheDocument();
    expect(screen.getByTestId('connector-config-apiUrl')).toHaveAttribute('readonly');
    expect(within(flyout).queryByTestId('connector-test-tab')).not.toBeInTheDocument();
  });

  it('shows the missing-secrets and deprecation notices', async () => {
    renderPage();
    const flyout = await openEdit(user(), 'sn-1');
    expect(within(flyout).getByTestId('connector-missing-secrets-callout')).toHaveTextContent('Enter its secrets again');
    expect(within(flyout).getByTestId('connector-deprecated-callout')).toBeInTheDocument();
  });

  it('requires the secrets of an imported connector, and its badge goes once they are saved', async () => {
    let sent: RecordedRequest | undefined;
    const fixed = { ...OLD_SN, is_missing_secrets: false };
    renderPage({
      // The list answers what the server holds: the connector needs secrets until the PUT lands.
      'GET /api/actions/connectors': () => ({ body: [...CONNECTORS.map((c) => (c.id === 'sn-1' && sent ? fixed : c)), CASE_ACTION, MAIL] }),
      'PUT /api/actions/connector/sn-1': (request) => ((sent = request), { body: fixed }),
    });
    const u = user();
    expect(await screen.findByTestId('connector-missing-secrets-sn-1')).toHaveTextContent('Needs secrets');
    await openEdit(u, 'sn-1');
    await u.click(screen.getByTestId('connector-save-button'));
    expect(screen.getByText('Username is required.')).toBeInTheDocument();
    expect(screen.getByText('Password is required.')).toBeInTheDocument();
    expect(sent).toBeUndefined();

    await fill(u, 'connector-secrets-username', 'svc-cases');
    await fill(u, 'connector-secrets-password', 'pw-123');
    await u.click(screen.getByTestId('connector-save-button'));
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent?.body).toMatchObject({ secrets: { username: 'svc-cases', password: 'pw-123' } });
    await waitFor(() => expect(screen.queryByTestId('connector-missing-secrets-sn-1')).not.toBeInTheDocument());
  });
});

describe('EditConnectorFlyout: Test tab', () => {
  it('runs pushToService and shows the created incident', async () => {
    let sent: RecordedRequest | undefined;
    const data = { id: '10001', title: 'SOC-1', url: 'https://jira.example.com/browse/SOC-1', pushedDate: '2024-05-01T10:00:00.000Z' };
    renderPage({ 'POST /api/actions/connector/jira-1/_execute': (request) => ((sent = request), { body: { connector_id: 'jira-1', status: 'ok', data } }) });
    const u = user();
    await openEdit(u, 'jira-1');
    await u.click(screen.getByTestId('connector-test-tab'));
    expect(screen.getByTestId('connector-test-run')).toBeDisabled();
    await fill(u, 'connector-test-title', 'Phishing wave');
    await fill(u, 'connector-test-description', 'Seen on 3 hosts');
    await fill(u, 'connector-test-labels', 'soc, phishing');
    await u.click(screen.getByTestId('connector-test-run'));

    const result = await screen.findByTestId('connector-test-result');
    expect(result).toHaveTextContent('The connector ran successfully');
    expect(within(result).getByTestId('connector-test-incident')).toHaveTextContent('SOC-1');
    expect(within(result).getByTestId('connector-test-incident-link')).toHaveAttribute('href', data.url);
    expect(sent?.body).toEqual({
      params: {
        subAction: 'pushToService',
        subActionParams: { incident: { summary: 'Phishing wave', description: 'Seen on 3 hosts', labels: ['soc', 'phishing'], externalId: null }, comments: [] },
      },
    });
  });

  it('shows the error message and the service message of a failed run', async () => {
    const serviceMessage = '[Action][Jira]: Unable to create incident. Error: Request failed with status code 401. Reason: unauthorized';
    renderPage({
      'POST /api/actions/connector/jira-1/_execute': {
        body: { connector_id: 'jira-1', status: 'error', message: 'an error occurred while running the action', service_message: serviceMessage, retry: true },
      },
    });
    const u = user();
    await openEdit(u, 'jira-1');
    await u.click(screen.getByTestId('connector-test-tab'));
    await fill(u, 'connector-test-title', 'x');
    await u.click(screen.getByTestId('connector-test-run'));
    const result = await screen.findByTestId('connector-test-result');
    expect(result).toHaveTextContent('The connector failed to run');
    expect(within(result).getByTestId('connector-test-result-message')).toHaveTextContent('an error occurred while running the action');
    expect(within(result).getByTestId('connector-test-result-service-message')).toHaveTextContent(serviceMessage);
  });

  it('sends email params with the parsed recipients', async () => {
    let sent: RecordedRequest | undefined;
    renderPage({ 'POST /api/actions/connector/mail-1/_execute': (request) => ((sent = request), { body: { connector_id: 'mail-1', status: 'ok' } }) });
    const u = user();
    await openEdit(u, 'mail-1');
    await u.click(screen.getByTestId('connector-test-tab'));
    await fill(u, 'connector-test-to', 'a@example.com, b@example.com');
    await fill(u, 'connector-test-subject', 'Hello');
    await fill(u, 'connector-test-message', 'Body');
    await u.click(screen.getByTestId('connector-test-run'));
    await screen.findByTestId('connector-test-result');
    expect(sent?.body).toEqual({ params: { to: ['a@example.com', 'b@example.com'], cc: [], bcc: [], subject: 'Hello', message: 'Body' } });
  });

  it('runs the .case action with JSON params and refuses invalid JSON', async () => {
    let sent: RecordedRequest | undefined;
    renderPage({ 'POST /api/actions/connector/case-1/_execute': (request) => ((sent = request), { body: { connector_id: 'case-1', status: 'ok', data: { id: 'c1' } } }) });
    const u = user();
    await openEdit(u, 'case-1');
    await u.click(screen.getByTestId('connector-test-tab'));
    expect(screen.getByTestId('connector-test-run')).toBeEnabled();
    await u.clear(screen.getByTestId('connector-test-json'));
    await fill(u, 'connector-test-json', '{"subAction": "addComment"');
    expect(screen.getByTestId('connector-test-run')).toBeDisabled();
    expect(screen.getByTestId('connector-test-params-problem')).toHaveTextContent('JSON object');
    await u.clear(screen.getByTestId('connector-test-json'));
    await fill(u, 'connector-test-json', '{"subAction": "addComment", "subActionParams": {"caseId": "c1", "comment": {"type": "user", "comment": "hi"}}}');
    await u.click(screen.getByTestId('connector-test-run'));
    await screen.findByTestId('connector-test-result');
    expect(sent?.body).toEqual({ params: { subAction: 'addComment', subActionParams: { caseId: 'c1', comment: { type: 'user', comment: 'hi' } } } });
  });
});

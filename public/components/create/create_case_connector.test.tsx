import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router-dom';
import { CASES_FEATURE_IDS } from '../../../common/capabilities';
import { createTestCore, noCapabilities, renderWithCore, type MockResponse, type RecordedRequest } from '../../core/mocks';
import { userProfileRoutes } from '../user_profiles/test_fixtures';
import { CreateCasePage } from './create_case_page';
import { caseConnectorListItem } from '../connectors/test_fixtures';

function CaseViewStub() {
  const { caseId } = useParams();
  return <div data-test-subj="case-view-stub">{caseId}</div>;
}

const CONNECTORS = [caseConnectorListItem('jira-1', 'Jira SOC', '.jira'), caseConnectorListItem('sn-1', 'ServiceNow ITSM', '.servicenow')];
const CHOICES = [
  { element: 'urgency', value: '1', label: '1 - High', dependent_value: '' },
  { element: 'urgency', value: '2', label: '2 - Medium', dependent_value: '' },
];

interface Options {
  defaultConnector?: { id: string; name: string; type: string; fields: null };
  push?: (request: RecordedRequest) => MockResponse;
  capabilities?: ReturnType<typeof noCapabilities>;
}

function renderPage({ defaultConnector, push = () => ({ body: {} }), capabilities }: Options = {}) {
  const test = createTestCore({
    capabilities,
    routes: {
      'GET /api/cases/tags': { body: [] },
      'GET /internal/cases/categories': { body: [] },
      ...userProfileRoutes,
      'GET /api/cases/configure': { body: defaultConnector ? [{ connector: defaultConnector, customFields: [], templates: [], closure_type: 'close-by-user' }] : [] },
      'GET /api/cases/configure/connectors/_find': { body: CONNECTORS },
      'POST /api/actions/connector/sn-1/_execute': { body: { connector_id: 'sn-1', status: 'ok', data: CHOICES } },
      'POST /api/actions/connector/jira-1/_execute': { body: { connector_id: 'jira-1', status: 'ok', data: [] } },
      'POST /api/cases': (request) => ({ body: { ...(request.body as object), id: 'case-123', version: 'v1', status: 'open', comments: [] } }),
      'POST /api/cases/case-123/connector/sn-1/_push': push,
      'POST /api/cases/case-123/connector/jira-1/_push': push,
    },
  });
  renderWithCore(
    <MemoryRouter initialEntries={['/create']} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <Routes>
        <Route path="/create" element={<CreateCasePage />} />
        <Route path="/:caseId" element={<CaseViewStub />} />
      </Routes>
    </MemoryRouter>,
    test.core,
  );
  const calls = (method: string, path: string) => test.fetchMock.calls.filter((call) => call.method === method && call.url.split('?')[0] === path);
  return { calls, user: userEvent.setup({ pointerEventsCheck: 0 }) };
}

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByTestId('caseTitle'));
  await user.paste('Phishing wave');
  await user.click(within(screen.getByTestId('caseDescription')).getByRole('textbox'));
  await user.paste('Many users got the same mail.');
}

describe('create form: external connector fields', () => {
  it('sends the chosen connector with its fields, then pushes the new case to it', async () => {
    const { calls, user } = renderPage();
    await fillRequired(user);
    const section = screen.getByTestId('create-case-connector-fields');
    await user.click(within(section).getByTestId('connectors-dropdown'));
    await user.click(await screen.findByTestId('dropdown-connector-sn-1'));
    const urgency = await screen.findByTestId('servicenow-urgency-select');
    await waitFor(() => expect(within(urgency).getAllByRole('option')).toHaveLength(3));
    await user.selectOptions(urgency, '2');
    await user.click(screen.getByTestId('create-case-submit'));

    expect(await screen.findByTestId('case-view-stub')).toHaveTextContent('case-123');
    expect((calls('POST', '/api/cases')[0].body as { connector: unknown }).connector).toEqual({
      id: 'sn-1',
      name: 'ServiceNow ITSM',
      type: '.servicenow',
      fields: { urgency: '2', severity: null, impact: null, category: null, subcategory: null },
    });
    expect(calls('POST', '/api/cases/case-123/connector/sn-1/_push')).toHaveLength(1);
  });

  it("starts from the owner's default connector", async () => {
    const { calls, user } = renderPage({ defaultConnector: { id: 'jira-1', name: 'Jira SOC', type: '.jira', fields: null } });
    await waitFor(() => expect(screen.getByTestId('connectors-dropdown')).toHaveTextContent('Jira SOC'));
    expect(screen.getByTestId('connector-fields-.jira')).toBeInTheDocument();
    await fillRequired(user);
    await user.click(screen.getByTestId('create-case-submit'));
    expect(await screen.findByTestId('case-view-stub')).toBeInTheDocument();
    expect((calls('POST', '/api/cases')[0].body as { connector: { id: string } }).connector.id).toBe('jira-1');
    expect(calls('POST', '/api/cases/case-123/connector/jira-1/_push')).toHaveLength(1);
  });

  it('keeps the created case when the push fails, and says why in a toast', async () => {
    const message = 'Failed to push case: Error: [Action][Jira]: Unable to create incident. Error: Request failed with status code 400.';
    const { calls, user } = renderPage({
      defaultConnector: { id: 'jira-1', name: 'Jira SOC', type: '.jira', fields: null },
      push: () => ({ status: 424, body: { statusCode: 424, error: 'Failed Dependency', message } }),
    });
    await waitFor(() => expect(screen.getByTestId('connectors-dropdown')).toHaveTextContent('Jira SOC'));
    await fillRequired(user);
    await user.click(screen.getByTestId('create-case-submit'));
    expect(await screen.findByTestId('case-view-stub')).toHaveTextContent('case-123');
    expect(screen.getByTestId('create-case-push-error-toast')).toHaveTextContent('Unable to create incident');
    expect(screen.getByTestId('create-case-success-toast')).toBeInTheDocument();
    expect(calls('POST', '/api/cases')).toHaveLength(1);
  });

  it('does not push for a user without push_cases', async () => {
    const capabilities = { ...noCapabilities(), [CASES_FEATURE_IDS.securitySolution]: { create_cases: true, read_cases: true, push_cases: false } };
    const { calls, user } = renderPage({ defaultConnector: { id: 'jira-1', name: 'Jira SOC', type: '.jira', fields: null }, capabilities });
    await waitFor(() => expect(screen.getByTestId('connectors-dropdown')).toHaveTextContent('Jira SOC'));
    await fillRequired(user);
    await user.click(screen.getByTestId('create-case-submit'));
    expect(await screen.findByTestId('case-view-stub')).toBeInTheDocument();
    expect(calls('POST', '/api/cases/case-123/connector/jira-1/_push')).toHaveLength(0);
  });
});

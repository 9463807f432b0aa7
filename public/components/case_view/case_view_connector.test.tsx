import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CASES_FEATURE_IDS } from '../../../common/capabilities';
import type { CaseConnectorPushInfo } from '../../../common/types/api/connector';
import type { Case } from '../../../common/types/domain/case';
import type { CapabilitiesResponse } from '../../core';
import { noCapabilities, type RecordedRequest } from '../../core/mocks';
import { renderCaseView } from './case_view_test_harness';
import { makeCase } from './test_fixtures';
import { caseConnectorListItem } from '../connectors/test_fixtures';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });

const JIRA_CONNECTOR = { id: 'jira-1', name: 'Jira SOC', type: '.jira', fields: { issueType: '10001', priority: 'High', parent: null } };
const CONNECTORS = [caseConnectorListItem('jira-1', 'Jira SOC', '.jira'), caseConnectorListItem('sn-1', 'ServiceNow ITSM', '.servicenow')];
const PUSHED_BY = { username: 'elastic', full_name: 'Elastic Admin', email: null };
const EXTERNAL = {
  connector_id: 'jira-1',
  connector_name: 'Jira SOC',
  external_id: '10042',
  external_title: 'SEC-42',
  external_url: 'https://jira.example.com/browse/SEC-42',
  pushed_at: '2024-05-01T10:00:00.000Z',
  pushed_by: PUSHED_BY,
};

function pushInfo(push: CaseConnectorPushInfo['push']): Record<string, CaseConnectorPushInfo> {
  return { 'jira-1': { ...JIRA_CONNECTOR, push } };
}
const neverPushed = pushInfo({ needsToBePushed: true, hasBeenPushed: false });
const pushedDetails = { latestUserActionPushDate: EXTERNAL.pushed_at, oldestUserActionPushDate: EXTERNAL.pushed_at, externalService: EXTERNAL };
const pushedAndChanged = pushInfo({ needsToBePushed: true, hasBeenPushed: true, details: pushedDetails });
const pushedUnchanged = pushInfo({ needsToBePushed: false, hasBeenPushed: true, details: pushedDetails });

const jiraLookups = (request: RecordedRequest) => {
  const { subAction } = (request.body as { params: { subAction: string } }).params;
  const data = subAction === 'issueTypes' ? [{ id: '10001', name: 'Task' }] : { priority: { allowedValues: [{ name: 'High' }, { name: 'Low' }] } };
  return { body: { connector_id: 'jira-1', status: 'ok', data } };
};

interface PanelOptions {
  theCase?: Case;
  info?: Record<string, CaseConnectorPushInfo>;
  connectors?: typeof CONNECTORS;
  capabilities?: CapabilitiesResponse;
  push?: (request: RecordedRequest) => { status?: number; body: unknown };
}

function renderPanel({ theCase = makeCase({ connector: JIRA_CONNECTOR }), info = neverPushed, connectors = CONNECTORS, capabilities, push }: PanelOptions = {}) {
  const view = renderCaseView({
    state: { theCase },
    capabilities,
    routes: {
      'GET /api/cases/configure/connectors/_find': { body: connectors },
      'GET /internal/cases/case-1/_connectors': { body: info },
      'POST /api/actions/connector/jira-1/_execute': jiraLookups,
      ...(push ? { 'POST /api/cases/case-1/connector/jira-1/_push': push } : {}),
    },
  });
  return view;
}

async function pushButton() {
  const panel = await screen.findByTestId('case-view-connector-panel');
  const button = await within(panel).findByTestId('push-to-external-service');
  return { panel, button };
}

describe('case view connector panel', () => {
  it('never pushed: "Push as <name> incident", enabled, no callout, no link', async () => {
    renderPanel();
    const { panel, button } = await pushButton();
    await waitFor(() => expect(button).toBeEnabled());
    expect(button).toHaveTextContent('Push as Jira SOC incident');
    expect(within(panel).getByTestId('connector-name')).toHaveTextContent('Jira SOC');
    // Fields shown by label: the issue type's name, not its id.
    await waitFor(() => expect(within(panel).getByTestId('connector-fields-view-.jira')).toHaveTextContent('Task'));
    expect(screen.queryByTestId('push-callout-needs-update')).not.toBeInTheDocument();
    expect(screen.queryByTestId('external-incident-link')).not.toBeInTheDocument();
  });

  it('pushed and changed since: "Update <name> incident", the needs-update callout and the incident link', async () => {
    renderPanel({ info: pushedAndChanged });
    const { button } = await pushButton();
    await waitFor(() => expect(button).toHaveTextContent('Update Jira SOC incident'));
    expect(button).toBeEnabled();
    expect(screen.getByTestId('push-callout-needs-update')).toBeInTheDocument();
    const link = screen.getByTestId('external-incident-link');
    expect(link).toHaveAttribute('href', 'https://jira.example.com/browse/SEC-42');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toEqual(expect.stringContaining('noopener'));
    expect(link.getAttribute('rel')).toEqual(expect.stringContaining('noreferrer'));
    expect(link).toHaveTextContent('SEC-42');
  });

  it('pushed and unchanged: disabled, with the reason in a tooltip', async () => {
    renderPanel({ info: pushedUnchanged });
    const { button } = await pushButton();
    await waitFor(() => expect(button).toHaveTextContent('Update Jira SOC incident'));
    expect(button).toBeDisabled();
    expect(screen.queryByTestId('push-callout-needs-update')).not.toBeInTheDocument();
    await setup().hover(button.parentElement as HTMLElement);
    expect(await screen.findByText('Nothing to push: the case has not changed since its last push.')).toBeInTheDocument();
  });

  it('a deleted connector cannot be pushed to', async () => {
    renderPanel({ connectors: [caseConnectorListItem('sn-1', 'ServiceNow ITSM', '.servicenow')] });
    const { button } = await pushButton();
    await waitFor(() => expect(button).toBeDisabled());
    await setup().hover(button.parentElement as HTMLElement);
    expect(await screen.findByText(/connector of this case was deleted/)).toBeInTheDocument();
  });

  it('without push_cases the button is disabled, and without update_cases there is no edit button', async () => {
    const capabilities = { ...noCapabilities(), [CASES_FEATURE_IDS.securitySolution]: { read_cases: true, update_cases: false, push_cases: false } };
    renderPanel({ capabilities });
    const { button } = await pushButton();
    await waitFor(() => expect(button).toBeDisabled());
    expect(screen.queryByTestId('connector-edit-button')).not.toBeInTheDocument();
    await setup().hover(button.parentElement as HTMLElement);
    expect(await screen.findByText(/do not have the privilege to push/)).toBeInTheDocument();
  });

  it('a closed case is not pushed (the server refuses it)', async () => {
    renderPanel({ theCase: makeCase({ connector: JIRA_CONNECTOR, status: 'closed' }) });
    const { button } = await pushButton();
    await waitFor(() => expect(button).toBeDisabled());
  });

  it('pushes to the case connector and shows the incident link the server returns', async () => {
    const info: { current: Record<string, CaseConnectorPushInfo> } = { current: neverPushed };
    const view = renderCaseView({
      state: { theCase: makeCase({ connector: JIRA_CONNECTOR }) },
      routes: {
        'GET /api/cases/configure/connectors/_find': { body: CONNECTORS },
        'GET /internal/cases/case-1/_connectors': () => ({ body: info.current }),
        'POST /api/actions/connector/jira-1/_execute': jiraLookups,
        'POST /api/cases/case-1/connector/jira-1/_push': () => {
          info.current = pushedUnchanged;
          view.state.theCase = { ...view.state.theCase, external_service: EXTERNAL, version: 'v2' };
          return { body: { ...view.state.theCase, comments: [] } };
        },
      },
    });
    const { button } = await pushButton();
    await waitFor(() => expect(button).toBeEnabled());
    await setup().click(button);
    await waitFor(() => expect(view.callsTo('POST', '/api/cases/case-1/connector/jira-1/_push')).toHaveLength(1));
    expect(view.callsTo('POST', '/api/cases/case-1/connector/jira-1/_push')[0].body).toEqual({});
    expect(await screen.findByTestId('external-incident-link')).toHaveAttribute('href', EXTERNAL.external_url);
    await waitFor(() => expect(screen.getByTestId('push-to-external-service')).toHaveTextContent('Update Jira SOC incident'));
    expect(screen.getByTestId('push-success-toast')).toBeInTheDocument();
  });

  it('shows a refused push (424) in a toast with the server message', async () => {
    const message = 'Failed to push case: Error: [Action][Jira]: Unable to create incident. Error: Request failed with status code 401.';
    renderPanel({ push: () => ({ status: 424, body: { statusCode: 424, error: 'Failed Dependency', message } }) });
    const { button } = await pushButton();
    await waitFor(() => expect(button).toBeEnabled());
    await setup().click(button);
    const toast = await screen.findByTestId('push-error-toast');
    expect(toast).toHaveTextContent('Unable to create incident. Error: Request failed with status code 401.');
  });

  it('edits the connector and its fields and saves them as a PATCH of connector', async () => {
    const user = setup();
    const view = renderPanel({ theCase: makeCase() });
    expect(await screen.findByTestId('connector-none')).toBeInTheDocument();
    expect(screen.queryByTestId('push-to-external-service')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('connector-edit-button'));
    await user.click(await screen.findByTestId('connectors-dropdown'));
    await user.click(await screen.findByTestId('dropdown-connector-jira-1'));
    const issueType = await screen.findByTestId('jira-issue-type-select');
    await waitFor(() => expect(within(issueType).getAllByRole('option')).toHaveLength(2));
    await user.selectOptions(issueType, '10001');
    await user.selectOptions(await screen.findByTestId('jira-priority-select'), 'Low');
    await user.click(screen.getByTestId('edit-connector-submit'));
    await waitFor(() => expect(view.callsTo('PATCH', '/api/cases')).toHaveLength(1));
    expect(view.callsTo('PATCH', '/api/cases')[0].body).toEqual({
      cases: [{ id: 'case-1', version: 'v1', connector: { id: 'jira-1', name: 'Jira SOC', type: '.jira', fields: { issueType: '10001', priority: 'Low', parent: null } } }],
    });
    expect(await screen.findByTestId('push-to-external-service')).toHaveTextContent('Push as Jira SOC incident');
  });
});

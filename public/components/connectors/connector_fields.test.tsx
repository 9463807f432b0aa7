import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestCore, renderWithCore, type RecordedRequest } from '../../core/mocks';
import { ConnectorFieldsEditor, ConnectorFieldsView, emptyFieldsOf, type ConnectorFields } from '.';

type SubActionHandler = (subActionParams: Record<string, unknown>) => unknown;

/** `_execute` as the server answers it: ok with the sub-action's data, or Kibana's error result. */
function executeRoute(connectorId: string, handlers: Record<string, SubActionHandler | { error: string }>) {
  return {
    [`POST /api/actions/connector/${connectorId}/_execute`]: (request: RecordedRequest) => {
      const { subAction, subActionParams } = (request.body as { params: { subAction: string; subActionParams: Record<string, unknown> } }).params;
      const handler = handlers[subAction];
      if (!handler || typeof handler !== 'function') {
        const message = handler?.error ?? `unknown sub-action ${subAction}`;
        return { body: { connector_id: connectorId, status: 'error', message: 'an error occurred while running the action', service_message: message, retry: false } };
      }
      return { body: { connector_id: connectorId, status: 'ok', data: handler(subActionParams) } };
    },
  };
}

function renderEditor(connector: { id: string; type: string }, routes: ReturnType<typeof executeRoute>, initial: ConnectorFields = emptyFieldsOf(connector.type)) {
  const changes: ConnectorFields[] = [];
  function Harness() {
    const [fields, setFields] = useState<ConnectorFields>(initial);
    return (
      <ConnectorFieldsEditor
        connector={connector}
        fields={fields}
        onChange={(next) => {
          changes.push(next);
          setFields(next);
        }}
      />
    );
  }
  const test = createTestCore({ routes });
  renderWithCore(<Harness />, test.core);
  const executed = () => test.fetchMock.calls.filter((call) => call.url.endsWith('/_execute')).map((call) => (call.body as { params: unknown }).params);
  return { changes, executed, last: () => changes[changes.length - 1] };
}

const optionTexts = (select: HTMLElement) => within(select).getAllByRole('option').map((option) => option.textContent);
const setup = () => userEvent.setup({ pointerEventsCheck: 0 });

const JIRA = { id: 'jira-1', type: '.jira' };
const jiraRoutes = (extra: Record<string, SubActionHandler | { error: string }> = {}) =>
  executeRoute('jira-1', {
    issueTypes: () => [
      { id: '10001', name: 'Task' },
      { id: '10002', name: 'Sub-task' },
    ],
    fieldsByIssueType: ({ id }) =>
      id === '10002'
        ? { summary: {}, parent: {}, priority: { allowedValues: [{ id: '1', name: 'Highest' }, { id: '3', name: 'Medium' }] } }
        : { summary: {}, priority: { allowedValues: [{ id: '2', name: 'High' }, { id: '4', name: 'Low' }] } },
    issues: ({ title }) => [{ id: '7', key: 'SEC-7', title: `Parent about ${String(title)}` }],
    ...extra,
  });

describe('Jira fields', () => {
  it('offers the project issue types and the priorities Jira allows for the chosen one', async () => {
    const user = setup();
    const { last, executed } = renderEditor(JIRA, jiraRoutes());
    const issueType = await screen.findByTestId('jira-issue-type-select');
    await waitFor(() => expect(optionTexts(issueType)).toEqual(['—', 'Task', 'Sub-task']));
    expect(screen.queryByTestId('jira-priority-select')).not.toBeInTheDocument();

    await user.selectOptions(issueType, '10001');
    expect(last()).toEqual({ issueType: '10001', priority: null, parent: null });
    const priority = await screen.findByTestId('jira-priority-select');
    await waitFor(() => expect(optionTexts(priority)).toEqual(['—', 'High', 'Low']));
    expect(executed()).toContainEqual({ subAction: 'fieldsByIssueType', subActionParams: { id: '10001' } });
    // A task has no parent field: no search.
    expect(screen.queryByTestId('jira-parent-search')).not.toBeInTheDocument();

    await user.selectOptions(priority, 'Low');
    expect(last()).toEqual({ issueType: '10001', priority: 'Low', parent: null });
  });

  it('searches a parent issue only for an issue type that has one, and stores its key', async () => {
    const user = setup();
    const { last, executed } = renderEditor(JIRA, jiraRoutes());
    const issueType = await screen.findByTestId('jira-issue-type-select');
    await waitFor(() => expect(optionTexts(issueType)).toContain('Sub-task'));
    await user.selectOptions(issueType, '10002');
    const search = await screen.findByTestId('jira-parent-search');
    await user.type(within(search).getByRole('combobox'), 'login');
    await waitFor(() => expect(executed()).toContainEqual({ subAction: 'issues', subActionParams: { title: 'login' } }));
    expect(await screen.findByText(/Parent about login/)).toBeInTheDocument();
    await user.click(screen.getByTestId('jira-parent-option-SEC-7'));
    expect(last()).toEqual({ issueType: '10002', priority: null, parent: 'SEC-7' });
  });

  it('says when the lookup failed and takes the issue type as text', async () => {
    const user = setup();
    const { last } = renderEditor(JIRA, jiraRoutes({ issueTypes: { error: '[Action][Jira]: Unable to get issue types. Error: Request failed with status code 401.' } }));
    expect(await screen.findByTestId('jira-issue-type-select-lookup-error')).toHaveTextContent('Unable to get issue types. Error: Request failed with status code 401.');
    const input = screen.getByTestId('jira-issue-type-select');
    expect(input.tagName).toBe('INPUT');
    await user.type(input, '10009');
    expect(last()).toEqual({ issueType: '10009', priority: null, parent: null });
  });

  it('shows the issue type by name in the read view', async () => {
    const test = createTestCore({ routes: jiraRoutes() });
    renderWithCore(<ConnectorFieldsView connector={JIRA} fields={{ issueType: '10002', priority: 'Medium', parent: 'SEC-7' }} />, test.core);
    const view = await screen.findByTestId('connector-fields-view-.jira');
    await waitFor(() => expect(view).toHaveTextContent('Sub-task'));
    expect(view).not.toHaveTextContent('10002');
    expect(view).toHaveTextContent('Medium');
    expect(view).toHaveTextContent('SEC-7');
  });
});

const SN = { id: 'sn-1', type: '.servicenow' };
const choices = [
  { element: 'urgency', value: '1', label: '1 - High', dependent_value: '' },
  { element: 'urgency', value: '3', label: '3 - Low', dependent_value: '' },
  { element: 'severity', value: '2', label: '2 - Medium', dependent_value: '' },
  { element: 'impact', value: '1', label: '1 - High', dependent_value: '' },
  { element: 'category', value: 'network', label: 'Network', dependent_value: '' },
  { element: 'category', value: 'software', label: 'Software', dependent_value: '' },
  { element: 'subcategory', value: 'vpn', label: 'VPN', dependent_value: 'network' },
  { element: 'subcategory', value: 'email', label: 'Email', dependent_value: 'software' },
  { element: 'priority', value: '1', label: '1 - Critical', dependent_value: '' },
];

describe('ServiceNow fields', () => {
  it('fills ITSM selects from getChoices and filters subcategories by category', async () => {
    const user = setup();
    const { last, executed } = renderEditor(SN, executeRoute('sn-1', { getChoices: () => choices }));
    const urgency = await screen.findByTestId('servicenow-urgency-select');
    await waitFor(() => expect(optionTexts(urgency)).toEqual(['—', '1 - High', '3 - Low']));
    expect(executed()).toEqual([{ subAction: 'getChoices', subActionParams: { fields: ['urgency', 'severity', 'impact', 'category', 'subcategory'] } }]);
    await user.selectOptions(urgency, '3');
    expect(last()).toEqual({ urgency: '3', severity: null, impact: null, category: null, subcategory: null });

    expect(optionTexts(screen.getByTestId('servicenow-subcategory-select'))).toEqual(['—']);
    await user.selectOptions(screen.getByTestId('servicenow-category-select'), 'software');
    expect(optionTexts(screen.getByTestId('servicenow-subcategory-select'))).toEqual(['—', 'Email']);
    await user.selectOptions(screen.getByTestId('servicenow-subcategory-select'), 'email');
    expect(last()).toEqual({ urgency: '3', severity: null, impact: null, category: 'software', subcategory: 'email' });
    // Another category drops the subcategory of the first.
    await user.selectOptions(screen.getByTestId('servicenow-category-select'), 'network');
    expect(last()).toMatchObject({ category: 'network', subcategory: null });
  });

  it('writes the SecOps observable toggles and asks for its own choice fields', async () => {
    const user = setup();
    const { last, executed } = renderEditor({ id: 'sir-1', type: '.servicenow-sir' }, executeRoute('sir-1', { getChoices: () => choices }));
    await waitFor(() => expect(optionTexts(screen.getByTestId('servicenow-sir-priority-select'))).toEqual(['—', '1 - Critical']));
    expect(executed()).toEqual([{ subAction: 'getChoices', subActionParams: { fields: ['category', 'subcategory', 'priority'] } }]);
    expect(screen.getByTestId('servicenow-sir-destIp-checkbox')).toBeChecked();
    await user.click(screen.getByTestId('servicenow-sir-malwareUrl-checkbox'));
    expect(last()).toEqual({ category: null, subcategory: null, priority: null, destIp: true, sourceIp: true, malwareHash: true, malwareUrl: false });
  });

  it('shows choice labels, not values, in the read view', async () => {
    const test = createTestCore({ routes: executeRoute('sn-1', { getChoices: () => choices }) });
    renderWithCore(<ConnectorFieldsView connector={SN} fields={{ urgency: '1', severity: null, impact: null, category: 'network', subcategory: 'vpn' }} />, test.core);
    const view = await screen.findByTestId('connector-fields-view-.servicenow');
    await waitFor(() => expect(view).toHaveTextContent('1 - High'));
    expect(view).toHaveTextContent('Network');
    expect(view).toHaveTextContent('VPN');
  });
});

describe('Resilient and TheHive fields', () => {
  it('picks several incident types and a severity from the org lists', async () => {
    const user = setup();
    const { last } = renderEditor(
      { id: 'res-1', type: '.resilient' },
      executeRoute('res-1', {
        incidentTypes: () => [
          { id: '17', name: 'Malware' },
          { id: '21', name: 'Phishing' },
        ],
        severity: () => [{ id: '6', name: 'High' }],
      }),
    );
    const combo = await screen.findByTestId('resilient-incident-types-combobox');
    await user.click(within(combo).getByRole('combobox'));
    await user.click(await screen.findByTestId('resilient-incident-type-option-21'));
    expect(last()).toEqual({ incidentTypes: ['21'], severityCode: null });
    await user.click(within(combo).getByRole('combobox'));
    await user.click(await screen.findByTestId('resilient-incident-type-option-17'));
    expect(last()).toEqual({ incidentTypes: ['21', '17'], severityCode: null });
    await waitFor(() => expect(optionTexts(screen.getByTestId('resilient-severity-select'))).toEqual(['—', 'High']));
    await user.selectOptions(screen.getByTestId('resilient-severity-select'), '6');
    expect(last()).toEqual({ incidentTypes: ['21', '17'], severityCode: '6' });
  });

  it('chooses a TLP level as a number', async () => {
    const user = setup();
    const { last } = renderEditor({ id: 'hive-1', type: '.thehive' }, {});
    const tlp = screen.getByTestId('thehive-tlp-select');
    expect(optionTexts(tlp)).toEqual(['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED']);
    await user.selectOptions(tlp, '4');
    expect(last()).toEqual({ tlp: 4 });
  });

  it('has nothing to fill in for Swimlane and the webhook connector', () => {
    renderEditor({ id: 'swim-1', type: '.swimlane' }, {});
    expect(screen.getByTestId('connector-fields-.swimlane')).toHaveTextContent('no fields');
    expect(emptyFieldsOf('.swimlane')).toEqual({ caseId: null });
    expect(emptyFieldsOf('.cases-webhook')).toBeNull();
  });
});

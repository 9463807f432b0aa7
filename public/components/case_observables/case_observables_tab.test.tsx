import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AUTO_EXTRACT_OBSERVABLE_DESCRIPTION } from '../../../common/constants';
import type { Case } from '../../../common/types/domain/case';
import type { RecordedRequest } from '../../core/mocks';
import { casesCapabilitiesResponse, READ_ONLY } from '../capabilities/test_fixtures';
import { CaseObservablesTab } from './case_observables_tab';
import { caseWith, observable, renderCaseTab } from './test_harness';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const IP = observable('o-ip', 'observable-type-ipv4', '203.0.113.7', { description: 'C2 server' });
const HOST = observable('o-host', 'observable-type-hostname', 'web-01', { description: AUTO_EXTRACT_OBSERVABLE_DESCRIPTION });
const CUSTOM = observable('o-ticket', 'custom-ticket', 'INC-42');
const CONFIGURATION = [{ id: 'conf-1', version: 'cv', owner: 'securitySolution', observableTypes: [{ key: 'custom-ticket', label: 'Ticket' }] }];

const renderTab = (theCase: Case, options: Omit<Parameters<typeof renderCaseTab>[1], 'theCase'> & { search?: string } = {}) =>
  renderCaseTab((caseData) => <CaseObservablesTab caseData={caseData} search={options.search ?? ''} />, {
    ...options,
    theCase,
    routes: { 'GET /api/cases/configure': { body: CONFIGURATION }, ...options.routes },
  });

/** The server's answer to an add: the case with one more observable and a new version. */
function addedBy(state: { theCase: Case }) {
  return (request: RecordedRequest) => {
    const { observable: sent } = request.body as { observable: { typeKey: string; value: string; description: string | null } };
    const added = observable('o-new', sent.typeKey, sent.value, { description: sent.description });
    state.theCase = caseWith([...state.theCase.observables, added], { version: 'v2' });
    const { comments: _omitted, ...withoutComments } = state.theCase;
    return { body: withoutComments };
  };
}

describe('the Observables section', () => {
  it('lists type labels (built-in and the owner’s own), values, the auto-extracted badge and how many other cases hold each value', async () => {
    const { callsTo } = renderTab(caseWith([IP, HOST, CUSTOM]), {
      routes: { 'POST /internal/cases/observables/_search': { body: { counts: { '203.0.113.7': 3, 'web-01': 0, 'INC-42': 1 } } } },
    });
    const ipRow = await screen.findByTestId('case-observable-row-o-ip');
    expect(ipRow).toHaveTextContent('IPv4');
    expect(ipRow).toHaveTextContent('C2 server');
    expect(await within(ipRow).findByText('Seen in 3 other cases')).toBeInTheDocument();
    const hostRow = screen.getByTestId('case-observable-row-o-host');
    expect(within(hostRow).getByTestId('case-observable-auto-extracted')).toHaveTextContent('Auto extracted');
    expect(hostRow).toHaveTextContent('No other case');
    await waitFor(() => expect(screen.getByTestId('case-observable-row-o-ticket')).toHaveTextContent('Ticket'));
    expect(screen.getByTestId('case-observable-row-o-ticket')).toHaveTextContent('Seen in 1 other case');
    // One count request for the whole table, the viewed case not counted.
    expect(callsTo('POST', '/internal/cases/observables/_search')[0].body).toEqual({ caseId: 'case-1', values: ['203.0.113.7', 'INC-42', 'web-01'] });
    expect(screen.getByTestId('case-observables-count')).toHaveTextContent('3 of 50 observables');
  });

  it('filters by the Attachments search text on value, type label and description, ignoring case', async () => {
    renderTab(caseWith([IP, HOST, CUSTOM]), { search: 'TICK' });
    await waitFor(() => expect(screen.getAllByTestId(/^case-observable-row-/).map((row) => row.getAttribute('data-test-subj'))).toEqual(['case-observable-row-o-ticket']));
    expect(screen.getByTestId('case-observables-count')).toHaveTextContent('3 of 50 observables, 1 shown');
  });

  it('shows a wrong IP as an error while it is typed and never sends it', async () => {
    const { callsTo } = renderTab(caseWith([]));
    const user = setup();
    await user.click(await screen.findByTestId('case-observables-add'));
    await user.type(screen.getByTestId('case-observable-value-input'), '203.0.113.999');
    expect(await screen.findByText('“203.0.113.999” is not a valid IPv4 value.')).toBeInTheDocument();
    // Fixing it clears the error.
    await user.type(screen.getByTestId('case-observable-value-input'), '{backspace}{backspace}{backspace}1');
    expect(screen.queryByText(/is not a valid IPv4 value/)).not.toBeInTheDocument();
    await user.type(screen.getByTestId('case-observable-value-input'), 'x');
    expect(screen.getByText('“203.0.113.1x” is not a valid IPv4 value.')).toBeInTheDocument();
    await user.click(screen.getByTestId('case-observable-save'));
    expect(callsTo('POST', '/internal/cases/case-1/observables')).toHaveLength(0);
    expect(screen.getByTestId('case-observable-flyout')).toBeInTheDocument();
  });

  it('adds a valid observable: the route gets Kibana’s body and the row appears', async () => {
    const view = renderTab(caseWith([IP]));
    view.fetchMock.route('POST /internal/cases/case-1/observables', addedBy(view.state));
    const user = setup();
    await user.click(await screen.findByTestId('case-observables-add'));
    await user.selectOptions(screen.getByTestId('case-observable-type-select'), 'observable-type-domain');
    await user.type(screen.getByTestId('case-observable-value-input'), 'evil.example.com');
    await user.click(screen.getByTestId('case-observable-save'));
    await waitFor(() => expect(view.callsTo('POST', '/internal/cases/case-1/observables')).toHaveLength(1));
    expect(view.callsTo('POST', '/internal/cases/case-1/observables')[0].body).toEqual({
      observable: { typeKey: 'observable-type-domain', value: 'evil.example.com', description: null },
    });
    const row = await screen.findByTestId('case-observable-row-o-new');
    expect(row).toHaveTextContent('Domain');
    expect(row).toHaveTextContent('evil.example.com');
    await waitFor(() => expect(screen.queryByTestId('case-observable-flyout')).not.toBeInTheDocument());
  });

  it('shows the server’s refusal in the form and keeps what was typed', async () => {
    renderTab(caseWith([IP]), {
      routes: {
        'POST /internal/cases/case-1/observables': { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Invalid duplicated observables in request.' } },
      },
    });
    const user = setup();
    await user.click(await screen.findByTestId('case-observables-add'));
    await user.type(screen.getByTestId('case-observable-value-input'), '203.0.113.7');
    await user.click(screen.getByTestId('case-observable-save'));
    expect(await screen.findByTestId('case-observable-form-error')).toHaveTextContent('Invalid duplicated observables in request.');
    expect(screen.getByTestId('case-observable-value-input')).toHaveValue('203.0.113.7');
  });

  it('edits the value and description, not the type', async () => {
    const view = renderTab(caseWith([IP]));
    view.fetchMock.route('PATCH /internal/cases/case-1/observables/o-ip', (request) => {
      const { observable: sent } = request.body as { observable: { value: string; description: string | null } };
      view.state.theCase = caseWith([{ ...IP, ...sent, updatedAt: '2024-05-02T10:00:00.000Z' }], { version: 'v2' });
      return { body: view.state.theCase };
    });
    const user = setup();
    await user.click(within(await screen.findByTestId('case-observable-row-o-ip')).getByTestId('case-observable-edit'));
    expect(screen.getByTestId('case-observable-type-select')).toBeDisabled();
    const value = screen.getByTestId('case-observable-value-input');
    await user.clear(value);
    await user.type(value, '198.51.100.1');
    await user.clear(screen.getByTestId('case-observable-description-input'));
    await user.click(screen.getByTestId('case-observable-save'));
    await waitFor(() => expect(view.callsTo('PATCH', '/internal/cases/case-1/observables/o-ip')).toHaveLength(1));
    expect(view.callsTo('PATCH', '/internal/cases/case-1/observables/o-ip')[0].body).toEqual({ observable: { value: '198.51.100.1', description: null } });
    await waitFor(() => expect(screen.getByTestId('case-observable-row-o-ip')).toHaveTextContent('198.51.100.1'));
  });

  it('deletes after confirmation and reads the case again (the route answers 204)', async () => {
    const view = renderTab(caseWith([IP, HOST]));
    view.fetchMock.route('DELETE /internal/cases/case-1/observables/o-ip', () => {
      view.state.theCase = caseWith([HOST], { version: 'v2' });
      return { status: 204 };
    });
    const user = setup();
    await user.click(within(await screen.findByTestId('case-observable-row-o-ip')).getByTestId('case-observable-delete'));
    const modal = await screen.findByTestId('case-observable-delete-modal');
    expect(modal).toHaveTextContent('203.0.113.7');
    expect(view.callsTo('DELETE', '/internal/cases/case-1/observables/o-ip')).toHaveLength(0);
    await user.click(within(modal).getByTestId('confirmModalConfirmButton'));
    await waitFor(() => expect(screen.queryByTestId('case-observable-row-o-ip')).not.toBeInTheDocument());
    expect(view.callsTo('DELETE', '/internal/cases/case-1/observables/o-ip')).toHaveLength(1);
    expect(screen.getByTestId('case-observable-row-o-host')).toBeInTheDocument();
  });

  it('offers a read-only user the table only: no add, edit or delete, the switch disabled', async () => {
    renderTab(caseWith([IP]), { capabilities: casesCapabilitiesResponse({ securitySolution: READ_ONLY }) });
    const row = await screen.findByTestId('case-observable-row-o-ip');
    expect(within(row).queryByTestId('case-observable-edit')).not.toBeInTheDocument();
    expect(within(row).queryByTestId('case-observable-delete')).not.toBeInTheDocument();
    expect(screen.queryByTestId('case-observables-add')).not.toBeInTheDocument();
    expect(screen.getByTestId('extract-observables-switch')).toBeDisabled();
  });

  it('turns extraction on through the case update, keeping the other settings', async () => {
    const view = renderTab(caseWith([], { settings: { syncAlerts: true, extractObservables: false } }), {
      routes: {
        'PATCH /api/cases': (request) => {
          const [patch] = (request.body as { cases: Array<Partial<Case>> }).cases;
          view.state.theCase = { ...view.state.theCase, ...patch, version: 'v2' };
          return { body: [view.state.theCase] };
        },
      },
    });
    const toggle = await screen.findByTestId('extract-observables-switch');
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    await setup().click(toggle);
    await waitFor(() => expect(view.callsTo('PATCH', '/api/cases')).toHaveLength(1));
    expect(view.callsTo('PATCH', '/api/cases')[0].body).toEqual({ cases: [{ id: 'case-1', version: 'v1', settings: { syncAlerts: true, extractObservables: true } }] });
    await waitFor(() => expect(screen.getByTestId('extract-observables-switch')).not.toBeDisabled());
    expect(screen.getByTestId('extract-observables-switch')).toHaveAttribute('aria-checked', 'true');
  });
});

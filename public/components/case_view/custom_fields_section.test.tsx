import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Case } from '../../../common/types/domain/case';
import type { RecordedRequest } from '../../core/mocks';
import { conflictResponse, renderCaseView, type ServerState } from './case_view_test_harness';
import { IMPACT_TOGGLE, TICKET_TEXT, makeConfiguration } from '../custom_fields/test_fixtures';
import { makeCase } from './test_fixtures';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const PUT_IMPACT = '/internal/cases/case-1/custom_fields/impact';

/** The server's answer to a custom field PUT: the value replaced on the case (a new version), answered as Kibana does, the field alone. */
function replaceOn(state: ServerState, key: string) {
  return (request: RecordedRequest) => {
    const { value } = request.body as { value: Case['customFields'][number]['value'] };
    const others = state.theCase.customFields.filter((field) => field.key !== key);
    const type = key === 'impact' ? 'toggle' : 'text';
    state.theCase = { ...state.theCase, customFields: [...others, { key, type, value }], version: `${state.theCase.version}+` };
    return { body: { key, type, value } };
  };
}

function render(customFields: Case['customFields'], routes: NonNullable<Parameters<typeof renderCaseView>[0]>['routes'] = {}) {
  const view = renderCaseView({
    state: { theCase: makeCase({ customFields }) },
    routes: { 'GET /api/cases/configure': { body: [makeConfiguration({ customFields: [IMPACT_TOGGLE, TICKET_TEXT] })] }, ...routes },
  });
  view.fetchMock.route(`PUT ${PUT_IMPACT}`, replaceOn(view.state, 'impact'));
  return view;
}

describe('case view: custom fields', () => {
  it('shows each defined field and turns a toggle on with the case version', async () => {
    const { callsTo } = render([
      { key: 'impact', type: 'toggle', value: false },
      { key: 'ticket', type: 'text', value: 'INC-1' },
    ]);
    const user = setup();
    const section = await screen.findByTestId('case-view-custom-fields');
    expect(within(section).getByTestId('case-view-custom-field-ticket-value')).toHaveTextContent('INC-1');
    expect(within(section).getByTestId('case-view-custom-field-impact-value')).toHaveTextContent('Customer impact');
    expect(within(section).getByTestId('case-view-custom-field-impact-value')).toHaveTextContent('Off');

    await user.click(within(section).getByTestId('case-view-custom-field-impact-edit-button'));
    await user.click(screen.getByTestId('case-view-custom-field-impact-editor-input'));
    await user.click(screen.getByTestId('case-view-custom-field-impact-submit'));
    await waitFor(() => expect(callsTo('PUT', PUT_IMPACT)).toHaveLength(1));
    expect(callsTo('PUT', PUT_IMPACT)[0].body).toEqual({ caseVersion: 'v1', value: true });
    await waitFor(() => expect(screen.getByTestId('case-view-custom-field-impact-value')).toHaveTextContent('On'));
    expect(callsTo('PATCH', '/api/cases')).toHaveLength(0);
  });

  it('shows a value whose definition was removed read-only, by its key', async () => {
    render([
      { key: 'impact', type: 'toggle', value: true },
      { key: 'legacy_ref', type: 'text', value: 'old value' },
    ]);
    const removed = await screen.findByTestId('case-view-custom-fields-removed');
    expect(removed).toHaveTextContent('No longer configured');
    const value = within(removed).getByTestId('case-view-custom-field-removed-legacy_ref');
    expect(value).toHaveTextContent('legacy_ref');
    expect(value).toHaveTextContent('old value');
    expect(within(removed).queryByRole('button', { name: /edit/i })).not.toBeInTheDocument();
    expect(screen.queryByTestId('case-view-custom-field-legacy_ref-edit-button')).not.toBeInTheDocument();
  });

  it('does not let a required field be cleared', async () => {
    const { callsTo } = render([{ key: 'ticket', type: 'text', value: 'INC-1' }]);
    const user = setup();
    await user.click(await screen.findByTestId('case-view-custom-field-ticket-edit-button'));
    await user.clear(screen.getByTestId('case-view-custom-field-ticket-editor-input'));
    expect(await screen.findByText('Ticket reference is required.')).toBeInTheDocument();
    expect(screen.getByTestId('case-view-custom-field-ticket-submit')).toBeDisabled();
    await user.click(screen.getByTestId('case-view-custom-field-ticket-submit'));
    expect(callsTo('PUT', '/internal/cases/case-1/custom_fields/ticket')).toHaveLength(0);
  });

  it('keeps the new value through a 409 and applies it again on the fresh version', async () => {
    let attempts = 0;
    const view = render([{ key: 'impact', type: 'toggle', value: false }]);
    const replace = replaceOn(view.state, 'impact');
    view.fetchMock.route(`PUT ${PUT_IMPACT}`, (request) => {
      attempts += 1;
      if (attempts > 1) return replace(request);
      view.state.theCase = { ...view.state.theCase, version: 'v2', title: 'Renamed by someone else' };
      return conflictResponse;
    });
    const user = setup();
    await user.click(await screen.findByTestId('case-view-custom-field-impact-edit-button'));
    await user.click(screen.getByTestId('case-view-custom-field-impact-editor-input'));
    await user.click(screen.getByTestId('case-view-custom-field-impact-submit'));
    const callout = await screen.findByTestId('case-conflict-callout');
    expect(screen.getByTestId('case-view-custom-field-impact-editor-input')).toBeChecked();
    await user.click(within(callout).getByTestId('case-conflict-reapply'));
    await waitFor(() => expect(view.callsTo('PUT', PUT_IMPACT)).toHaveLength(2));
    expect(view.callsTo('PUT', PUT_IMPACT)[1].body).toEqual({ caseVersion: 'v2', value: true });
    await waitFor(() => expect(screen.getByTestId('case-view-custom-field-impact-value')).toHaveTextContent('On'));
  });

  it('shows no section when the owner defines no custom field and the case holds none', async () => {
    renderCaseView({ routes: { 'GET /api/cases/configure': { body: [] } } });
    await screen.findByTestId('case-view-sidebar');
    await waitFor(() => expect(screen.getByTestId('case-view-settings')).toBeInTheDocument());
    expect(screen.queryByTestId('case-view-custom-fields')).not.toBeInTheDocument();
  });
});

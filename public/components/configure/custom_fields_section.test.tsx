import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { makeConfiguration } from '../custom_fields/test_fixtures';
import { renderConfigurePage, writes } from './test_helpers';

const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });

const TEXT_FIELD: CustomFieldConfiguration = { key: 'ticket', label: 'Ticket', type: 'text', required: true, defaultValue: 'none yet' };
const TOGGLE_FIELD: CustomFieldConfiguration = { key: 'escalated', label: 'Escalated', type: 'toggle', required: false, defaultValue: false };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// The long values are set in one change: typing 161 characters one by one adds nothing to the test.
const setValue = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

describe('Settings page: custom fields', () => {
  it('lists each field with its type, required badge and default', async () => {
    renderConfigurePage({ configuration: makeConfiguration({ customFields: [TEXT_FIELD, TOGGLE_FIELD] }) });
    const text = await screen.findByTestId('custom-field-ticket');
    expect(text).toHaveTextContent('Ticket');
    expect(text).toHaveTextContent('Text');
    expect(text).toHaveTextContent('Required');
    expect(within(text).getByTestId('custom-field-default')).toHaveTextContent('Default: none yet');
    const toggle = screen.getByTestId('custom-field-escalated');
    expect(toggle).toHaveTextContent('Toggle');
    expect(toggle).not.toHaveTextContent('Required');
    expect(within(toggle).getByTestId('custom-field-default')).toHaveTextContent('Off');
  });

  it('adds a number field with a generated key, sending the whole list with the version', async () => {
    const { fetchMock, server } = renderConfigurePage({ configuration: makeConfiguration({ customFields: [TEXT_FIELD] }) });
    await user().click(await screen.findByTestId('add-custom-field'));
    await user().type(screen.getByTestId('custom-field-label-input'), 'Hosts affected');
    await user().click(screen.getByTestId('custom-field-type-select'));
    await user().click(await screen.findByTestId('custom-field-type-option-number'));
    await user().click(screen.getByTestId('custom-field-required-switch'));
    await user().type(screen.getByTestId('custom-field-default-value-input'), '12');
    await user().click(screen.getByTestId('custom-field-save'));

    await waitFor(() => expect(screen.queryByTestId('custom-field-flyout')).not.toBeInTheDocument());
    const [patch] = writes(fetchMock.calls);
    const body = patch.body as { version: string; customFields: CustomFieldConfiguration[] };
    expect(body.version).toBe('v1');
    expect(body.customFields[0]).toEqual(TEXT_FIELD);
    expect(body.customFields[1]).toEqual({ key: expect.stringMatching(UUID), label: 'Hosts affected', type: 'number', required: true, defaultValue: 12 });
    expect(server.state.stored?.customFields).toHaveLength(2);
    expect(await screen.findByText('Hosts affected')).toBeInTheDocument();
  });

  it('edits a field in place, with its type fixed', async () => {
    const { fetchMock } = renderConfigurePage({ configuration: makeConfiguration({ customFields: [TEXT_FIELD, TOGGLE_FIELD] }) });
    await user().click(await screen.findByTestId('custom-field-edit-ticket'));
    expect(screen.getByTestId('custom-field-type-select')).toBeDisabled();
    const label = screen.getByTestId('custom-field-label-input');
    await user().clear(label);
    await user().type(label, 'Ticket number');
    await user().click(screen.getByTestId('custom-field-save'));
    await waitFor(() => expect(writes(fetchMock.calls)).toHaveLength(1));
    const body = writes(fetchMock.calls)[0].body as { customFields: CustomFieldConfiguration[] };
    expect(body.customFields).toEqual([{ ...TEXT_FIELD, label: 'Ticket number' }, TOGGLE_FIELD]);
  });

  it('refuses a 51-character label and a 161-character text default without a request', async () => {
    const { fetchMock } = renderConfigurePage({ configuration: makeConfiguration() });
    await user().click(await screen.findByTestId('add-custom-field'));
    setValue(screen.getByTestId('custom-field-label-input'), 'a'.repeat(51));
    expect(await screen.findByText('The label can be at most 50 characters long.')).toBeInTheDocument();
    setValue(screen.getByTestId('custom-field-label-input'), 'a'.repeat(50));
    expect(screen.queryByText('The label can be at most 50 characters long.')).not.toBeInTheDocument();
    setValue(screen.getByTestId('custom-field-default-value-input'), 'b'.repeat(161));
    expect(await screen.findByText(/maximum length is 160 characters/)).toBeInTheDocument();
    await user().click(screen.getByTestId('custom-field-save'));
    expect(writes(fetchMock.calls)).toHaveLength(0);
    setValue(screen.getByTestId('custom-field-default-value-input'), 'b'.repeat(160));
    await user().click(screen.getByTestId('custom-field-save'));
    await waitFor(() => expect(writes(fetchMock.calls)).toHaveLength(1));
  });

  it('asks for a label before saving', async () => {
    const { fetchMock } = renderConfigurePage({ configuration: makeConfiguration() });
    await user().click(await screen.findByTestId('add-custom-field'));
    await user().click(screen.getByTestId('custom-field-save'));
    expect(await screen.findByText('A label is required.')).toBeInTheDocument();
    expect(writes(fetchMock.calls)).toHaveLength(0);
  });

  it('deletes a field after a confirmation naming how many cases hold a value', async () => {
    const { fetchMock } = renderConfigurePage({
      configuration: makeConfiguration({ customFields: [TEXT_FIELD, TOGGLE_FIELD] }),
      routes: { 'GET /internal/cases/configure/custom_fields/ticket/_usage': { body: { cases: 7 } } },
    });
    await user().click(await screen.findByTestId('custom-field-delete-ticket'));
    const modal = await screen.findByTestId('delete-custom-field-modal');
    await waitFor(() => expect(within(modal).getByTestId('delete-custom-field-usage')).toHaveTextContent('the 7 cases that hold a value keep it'));
    expect(fetchMock.calls.find((call) => call.url.includes('_usage'))?.url).toBe('/internal/cases/configure/custom_fields/ticket/_usage?owner=securitySolution');
    await user().click(within(modal).getByText('Delete'));
    await waitFor(() => expect(screen.queryByTestId('custom-field-ticket')).not.toBeInTheDocument());
    expect(writes(fetchMock.calls)[0].body).toEqual({ version: 'v1', customFields: [TOGGLE_FIELD] });
  });

  it('disables "Add field" at the cap of 10, with a tooltip naming it', async () => {
    const customFields = Array.from({ length: 10 }, (_, i): CustomFieldConfiguration => ({ key: `f${i}`, label: `Field ${i}`, type: 'text', required: false }));
    renderConfigurePage({ configuration: makeConfiguration({ customFields }) });
    const add = await screen.findByTestId('add-custom-field');
    expect(add).toBeDisabled();
    await user().hover(add.parentElement ?? add);
    expect(await screen.findByText('You can have at most 10 custom fields.')).toBeInTheDocument();
  });

  it('follows a cap the admin raised on the server: "Add field" stays enabled past 10, up to it', async () => {
    const fields = (n: number) => Array.from({ length: n }, (_, i): CustomFieldConfiguration => ({ key: `f${i}`, label: `Field ${i}`, type: 'text', required: false }));
    const raised = { 'GET /internal/cases/configure/_limits': { body: { customFields: 12, templates: 10, observableTypes: 10 } } };
    const first = renderConfigurePage({ configuration: makeConfiguration({ customFields: fields(10) }), routes: raised });
    await waitFor(() => expect(screen.getByTestId('add-custom-field')).toBeEnabled());
    expect(screen.getByTestId('add-template')).toBeEnabled();
    first.unmount();

    renderConfigurePage({ configuration: makeConfiguration({ customFields: fields(12) }), routes: raised });
    const add = await screen.findByTestId('add-custom-field');
    await user().hover(add.parentElement ?? add);
    expect(await screen.findByText('You can have at most 12 custom fields.')).toBeInTheDocument();
    expect(add).toBeDisabled();
  });

  it("shows the server's refusal in the flyout and keeps it open", async () => {
    renderConfigurePage({
      configuration: makeConfiguration(),
      routes: {
        'PATCH /api/cases/configure/cfg-1': { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Cannot create more than 10 custom fields.' } },
      },
    });
    await user().click(await screen.findByTestId('add-custom-field'));
    await user().type(screen.getByTestId('custom-field-label-input'), 'Ticket');
    await user().click(screen.getByTestId('custom-field-save'));
    expect(await screen.findByTestId('custom-field-error')).toHaveTextContent('Cannot create more than 10 custom fields.');
    expect(screen.getByTestId('custom-field-label-input')).toHaveValue('Ticket');
  });

  it('on a 409 reloads, keeps what was typed, and saves it against the new version', async () => {
    const { fetchMock, server } = renderConfigurePage({ configuration: makeConfiguration({ customFields: [TEXT_FIELD] }) });
    await user().click(await screen.findByTestId('add-custom-field'));
    await user().type(screen.getByTestId('custom-field-label-input'), 'Customer impacted');
    // Another admin adds a toggle meanwhile.
    server.state.stored = makeConfiguration({ version: 'v7', customFields: [TEXT_FIELD, TOGGLE_FIELD] });
    await user().click(screen.getByTestId('custom-field-save'));

    expect(await screen.findByTestId('custom-field-conflict')).toHaveTextContent('Review it and save again');
    expect(screen.getByTestId('custom-field-label-input')).toHaveValue('Customer impacted');
    expect(await screen.findByTestId('custom-field-escalated')).toBeInTheDocument();

    await user().click(screen.getByTestId('custom-field-save'));
    await waitFor(() => expect(screen.queryByTestId('custom-field-flyout')).not.toBeInTheDocument());
    const second = writes(fetchMock.calls)[1].body as { version: string; customFields: CustomFieldConfiguration[] };
    expect(second.version).toBe('v7');
    expect(second.customFields.map((field) => field.label)).toEqual(['Ticket', 'Escalated', 'Customer impacted']);
  });
});

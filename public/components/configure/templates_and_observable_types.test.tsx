import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CustomFieldConfiguration, ObservableTypeConfiguration, TemplateConfiguration } from '../../../common/types/domain/configure';
import { makeConfiguration } from '../custom_fields/test_fixtures';
import { renderConfigurePage, writes } from './test_helpers';

const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });

const TEXT_FIELD: CustomFieldConfiguration = { key: 'ticket', label: 'Ticket', type: 'text', required: true };
const TOGGLE_FIELD: CustomFieldConfiguration = { key: 'escalated', label: 'Escalated', type: 'toggle', required: false, defaultValue: false };
const PHISHING: TemplateConfiguration = {
  key: 'tpl-1',
  name: 'Phishing',
  description: 'Reported phishing mail',
  tags: ['email'],
  caseFields: { title: 'Phishing: ', severity: 'high', tags: ['phishing'], settings: { syncAlerts: true }, customFields: [{ key: 'escalated', type: 'toggle', value: true }] },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('Settings page: templates', () => {
  it('lists a template with its description, tags and the number of fields it sets', async () => {
    renderConfigurePage({ configuration: makeConfiguration({ customFields: [TOGGLE_FIELD], templates: [PHISHING] }) });
    const row = await screen.findByTestId('template-tpl-1');
    expect(row).toHaveTextContent('Phishing');
    expect(row).toHaveTextContent('email');
    expect(within(row).getByTestId('template-description')).toHaveTextContent('Reported phishing mail');
    // title, severity, tags and one custom field.
    expect(within(row).getByTestId('template-field-count')).toHaveTextContent('4 fields set');
  });

  it('adds a template whose case fields include a custom field value', async () => {
    const { fetchMock } = renderConfigurePage({ configuration: makeConfiguration({ customFields: [TEXT_FIELD, TOGGLE_FIELD] }) });
    await user().click(await screen.findByTestId('add-template'));
    const flyout = await screen.findByTestId('template-flyout');
    // Set in one change each: typing letter by letter through the whole case form is slow in jsdom.
    fireEvent.change(within(flyout).getByTestId('template-name-input'), { target: { value: 'Malware' } });
    fireEvent.change(within(flyout).getByTestId('template-description-input'), { target: { value: 'For malware outbreaks' } });
    fireEvent.change(within(flyout).getByTestId('caseTitle'), { target: { value: 'Malware on ' } });
    fireEvent.change(within(flyout).getByTestId('case-custom-field-ticket-input'), { target: { value: 'INC-1' } });
    await user().click(within(flyout).getByTestId('case-custom-field-escalated-input'));
    await user().click(within(flyout).getByTestId('template-save'));

    await waitFor(() => expect(screen.queryByTestId('template-flyout')).not.toBeInTheDocument());
    const body = writes(fetchMock.calls)[0].body as { version: string; templates: TemplateConfiguration[] };
    expect(body.version).toBe('v1');
    expect(body.templates).toEqual([
      {
        key: expect.stringMatching(UUID),
        name: 'Malware',
        description: 'For malware outbreaks',
        tags: [],
        caseFields: {
          title: 'Malware on',
          severity: 'low',
          settings: { syncAlerts: true },
          customFields: [
            { key: 'ticket', type: 'text', value: 'INC-1' },
            { key: 'escalated', type: 'toggle', value: true },
          ],
        },
      },
    ]);
  });

  it('may leave the case title and description blank, but not the name', async () => {
    const { fetchMock } = renderConfigurePage({ configuration: makeConfiguration() });
    await user().click(await screen.findByTestId('add-template'));
    await user().click(screen.getByTestId('template-save'));
    expect(await screen.findByText('A name is required.')).toBeInTheDocument();
    expect(writes(fetchMock.calls)).toHaveLength(0);
    fireEvent.change(screen.getByTestId('template-name-input'), { target: { value: 'n'.repeat(51) } });
    expect(await screen.findByText('The name can be at most 50 characters long.')).toBeInTheDocument();
    fireEvent.change(screen.getByTestId('template-name-input'), { target: { value: 'Blank' } });
    await user().click(screen.getByTestId('template-save'));
    await waitFor(() => expect(writes(fetchMock.calls)).toHaveLength(1));
    const [template] = (writes(fetchMock.calls)[0].body as { templates: TemplateConfiguration[] }).templates;
    expect(template.caseFields).toEqual({ severity: 'low', settings: { syncAlerts: true } });
  });

  it('edits a template with its stored case fields in the form', async () => {
    const { fetchMock } = renderConfigurePage({ configuration: makeConfiguration({ customFields: [TOGGLE_FIELD], templates: [PHISHING] }) });
    await user().click(await screen.findByTestId('template-edit-tpl-1'));
    const flyout = await screen.findByTestId('template-flyout');
    expect(within(flyout).getByTestId('caseTitle')).toHaveValue('Phishing: ');
    expect(within(flyout).getByTestId('case-custom-field-escalated-input')).toHaveAttribute('aria-checked', 'true');
    await user().click(within(flyout).getByTestId('case-custom-field-escalated-input'));
    await user().click(within(flyout).getByTestId('template-save'));
    await waitFor(() => expect(writes(fetchMock.calls)).toHaveLength(1));
    const [template] = (writes(fetchMock.calls)[0].body as { templates: TemplateConfiguration[] }).templates;
    expect(template.key).toBe('tpl-1');
    expect(template.caseFields?.customFields).toEqual([{ key: 'escalated', type: 'toggle', value: false }]);
    expect(template.caseFields?.tags).toEqual(['phishing']);
  });

  it('deletes a template', async () => {
    const { fetchMock } = renderConfigurePage({ configuration: makeConfiguration({ templates: [PHISHING] }) });
    await user().click(await screen.findByTestId('template-delete-tpl-1'));
    expect(writes(fetchMock.calls)).toHaveLength(0);
    await user().click(within(await screen.findByTestId('delete-template-modal')).getByText('Delete'));
    await waitFor(() => expect(screen.getByTestId('template-empty')).toBeInTheDocument());
    expect(writes(fetchMock.calls)[0].body).toEqual({ version: 'v1', templates: [] });
  });
});

describe('Settings page: observable types', () => {
  it('adds one with a uuid key, and refuses a 51-character label', async () => {
    const existing: ObservableTypeConfiguration = { key: 'ot-1', label: 'Ticket id' };
    const { fetchMock } = renderConfigurePage({ configuration: makeConfiguration({ observableTypes: [existing] }) });
    await user().click(await screen.findByTestId('add-observable-type'));
    fireEvent.change(screen.getByTestId('observable-type-label-input'), { target: { value: 'x'.repeat(51) } });
    expect(await screen.findByText('The label can be at most 50 characters long.')).toBeInTheDocument();
    await user().click(screen.getByTestId('observable-type-save'));
    expect(writes(fetchMock.calls)).toHaveLength(0);
    fireEvent.change(screen.getByTestId('observable-type-label-input'), { target: { value: 'Mailbox' } });
    await user().click(screen.getByTestId('observable-type-save'));
    await waitFor(() => expect(screen.queryByTestId('observable-type-flyout')).not.toBeInTheDocument());
    expect(writes(fetchMock.calls)[0].body).toEqual({ version: 'v1', observableTypes: [existing, { key: expect.stringMatching(UUID), label: 'Mailbox' }] });
    expect(await screen.findByText('Mailbox')).toBeInTheDocument();
  });

  it('renames one, keeping its key', async () => {
    const { fetchMock } = renderConfigurePage({ configuration: makeConfiguration({ observableTypes: [{ key: 'ot-1', label: 'Ticket id' }] }) });
    await user().click(await screen.findByTestId('observable-type-edit-ot-1'));
    const input = screen.getByTestId('observable-type-label-input');
    await user().clear(input);
    await user().type(input, 'Ticket number');
    await user().click(screen.getByTestId('observable-type-save'));
    await waitFor(() => expect(writes(fetchMock.calls)).toHaveLength(1));
    expect(writes(fetchMock.calls)[0].body).toEqual({ version: 'v1', observableTypes: [{ key: 'ot-1', label: 'Ticket number' }] });
  });

  it('deletes one after a confirmation', async () => {
    const { fetchMock } = renderConfigurePage({ configuration: makeConfiguration({ observableTypes: [{ key: 'ot-1', label: 'Ticket id' }] }) });
    await user().click(await screen.findByTestId('observable-type-delete-ot-1'));
    const modal = await screen.findByTestId('delete-observable-type-modal');
    expect(modal).toHaveTextContent('Delete observable type "Ticket id"?');
    await user().click(within(modal).getByText('Cancel'));
    expect(writes(fetchMock.calls)).toHaveLength(0);
    await user().click(screen.getByTestId('observable-type-delete-ot-1'));
    await user().click(within(await screen.findByTestId('delete-observable-type-modal')).getByText('Delete'));
    await waitFor(() => expect(screen.getByTestId('observable-type-empty')).toBeInTheDocument());
    expect(writes(fetchMock.calls)[0].body).toEqual({ version: 'v1', observableTypes: [] });
  });

  it('disables "Add observable type" at the cap', async () => {
    const observableTypes = Array.from({ length: 10 }, (_, i) => ({ key: `ot-${i}`, label: `Type ${i}` }));
    renderConfigurePage({ configuration: makeConfiguration({ observableTypes }) });
    expect(await screen.findByTestId('add-observable-type')).toBeDisabled();
    expect(screen.getByTestId('add-template')).toBeEnabled();
  });
});

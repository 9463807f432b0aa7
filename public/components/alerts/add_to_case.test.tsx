import { screen, waitFor, within } from '@testing-library/react';
import { CUSTOM_FIELD_VALUE_MESSAGES } from '../../../common/custom_fields/custom_field_value_error';
import { makeCase } from '../all_cases/test_helpers';
import { IMPACT_TOGGLE, TICKET_TEXT, makeConfiguration } from '../custom_fields/test_fixtures';
import { ALERT_A, ALERT_B, ALERT_C, findAnswer, renderAlertsApp } from './test_fixtures';

const FIND = 'POST /internal/alerts/_find';
const CASES_FIND = { page: 1, per_page: 10, total: 3, count_open_cases: 2, count_in_progress_cases: 0, count_closed_cases: 1 };
const OPEN = makeCase({ id: 'c-open', title: 'Phishing wave' });
const HOLDS_ALL = makeCase({ id: 'c-full', title: 'Already has them' });
const CLOSED = makeCase({ id: 'c-closed', title: 'Closed one', status: 'closed' });

async function selectRows(user: ReturnType<typeof renderAlertsApp>['user'], ids: string[]) {
  await screen.findByTestId(`alerts-table-row-${ids[0]}`);
  for (const id of ids) await user.click(within(screen.getByTestId(`alerts-table-row-${id}`)).getByRole('checkbox'));
  await user.click(screen.getByTestId('selectedShowBulkActionsButton'));
}

describe('Add to existing case', () => {
  it('disables closed cases and those holding every selected alert, then attaches one attachment per rule', async () => {
    const { requests, user, core } = renderAlertsApp({
      [FIND]: { body: findAnswer([ALERT_A, ALERT_B, ALERT_C]) },
      'GET /api/cases/_find': { body: { ...CASES_FIND, cases: [OPEN, HOLDS_ALL, CLOSED] } },
      'POST /internal/cases/case/attachments/_find_containing_all': { body: { casesWithAllAttachments: ['c-full'] } },
      'POST /internal/cases/c-open/attachments/_bulk_create': { body: { ...OPEN, totalAlerts: 3 } },
    });
    await selectRows(user, ['a1', 'a2', 'a3']);
    await user.click(screen.getByTestId('add-to-existing-case-action'));
    expect(await screen.findByTestId('all-cases-modal')).toHaveTextContent('3 alerts');
    await waitFor(() => expect(screen.getByTestId('cases-table-row-select-c-full')).toBeDisabled());
    expect(screen.getByTestId('cases-table-row-select-c-closed')).toBeDisabled();
    expect(requests('POST /internal/cases/case/attachments/_find_containing_all')[0].body).toEqual({ documentIds: ['a1', 'a2', 'a3'], caseIds: ['c-open', 'c-full', 'c-closed'] });

    await user.click(screen.getByTestId('cases-table-row-select-c-open'));
    await waitFor(() => expect(requests('POST /internal/cases/c-open/attachments/_bulk_create')).toHaveLength(1));
    const index = ALERT_A.index;
    expect(requests('POST /internal/cases/c-open/attachments/_bulk_create')[0].body).toEqual([
      { type: 'alert', alertId: ['a1', 'a3'], index: [index, index], rule: { id: 'rule-ps', name: 'Suspicious PowerShell' }, owner: 'securitySolution' },
      { type: 'alert', alertId: ['a2'], index: [index], rule: { id: 'rule-bf', name: 'Brute force' }, owner: 'securitySolution' },
    ]);
    expect(await screen.findByTestId('add-to-case-success-toast')).toHaveTextContent('3 alerts added to "Phishing wave"');
    await user.click(screen.getByTestId('toaster-content-case-view-link'));
    expect(core.navigateToApp).toHaveBeenCalledWith('cases', { path: '/c-open' });
    expect(screen.queryByTestId('all-cases-modal')).not.toBeInTheDocument();
  });
});

describe('Add to new case', () => {
  it('creates the case from the create form, then attaches the selection to it', async () => {
    const created = makeCase({ id: 'c-new', title: 'Brute force on VPN' });
    const { requests, user } = renderAlertsApp({
      [FIND]: { body: findAnswer([ALERT_A, ALERT_B]) },
      'GET /api/cases/tags': { body: [] },
      'GET /internal/cases/categories': { body: [] },
      'POST /api/cases': { body: created },
      'POST /internal/cases/c-new/attachments/_bulk_create': { body: { ...created, totalAlerts: 1 } },
    });
    await selectRows(user, ['a2']);
    await user.click(screen.getByTestId('add-to-new-case-action'));
    const flyout = await screen.findByTestId('create-case-flyout');
    await user.click(within(flyout).getByTestId('caseTitle'));
    await user.paste('Brute force on VPN');
    await user.click(within(within(flyout).getByTestId('caseDescription')).getByRole('textbox'));
    await user.paste('Many failures then a success.');
    await user.click(screen.getByTestId('create-case-submit'));

    await waitFor(() => expect(requests('POST /internal/cases/c-new/attachments/_bulk_create')).toHaveLength(1));
    expect(requests('POST /api/cases')[0].body).toMatchObject({ title: 'Brute force on VPN', owner: 'securitySolution', settings: { syncAlerts: true } });
    expect(requests('POST /internal/cases/c-new/attachments/_bulk_create')[0].body).toEqual([
      { type: 'alert', alertId: ['a2'], index: [ALERT_B.index], rule: { id: 'rule-bf', name: 'Brute force' }, owner: 'securitySolution' },
    ]);
    expect(await screen.findByTestId('add-to-case-success-toast')).toHaveTextContent('1 alert added to "Brute force on VPN"');
    await waitFor(() => expect(screen.queryByTestId('create-case-flyout')).not.toBeInTheDocument());
  });

  it("offers the owner's custom fields with their defaults and sends no case while a required one is empty", async () => {
    const created = makeCase({ id: 'c-new', title: 'Brute force on VPN' });
    const { requests, user } = renderAlertsApp({
      [FIND]: { body: findAnswer([ALERT_A, ALERT_B]) },
      'GET /api/cases/tags': { body: [] },
      'GET /internal/cases/categories': { body: [] },
      'GET /api/cases/configure': { body: [makeConfiguration({ customFields: [TICKET_TEXT, { ...IMPACT_TOGGLE, defaultValue: true }] })] },
      'POST /api/cases': { body: created },
      'POST /internal/cases/c-new/attachments/_bulk_create': { body: { ...created, totalAlerts: 1 } },
    });
    await selectRows(user, ['a2']);
    await user.click(screen.getByTestId('add-to-new-case-action'));
    const flyout = await screen.findByTestId('create-case-flyout');
    const fields = await within(flyout).findByTestId('create-case-custom-fields');
    expect(within(fields).getByTestId('case-custom-field-impact-input')).toBeChecked();
    await user.click(within(flyout).getByTestId('caseTitle'));
    await user.paste('Brute force on VPN');
    await user.click(within(within(flyout).getByTestId('caseDescription')).getByRole('textbox'));
    await user.paste('Many failures then a success.');
    await user.click(screen.getByTestId('create-case-submit'));

    const ticketRow = within(fields).getByTestId('case-custom-field-ticket');
    expect(within(ticketRow).getByText(CUSTOM_FIELD_VALUE_MESSAGES.required('Ticket reference'))).toBeInTheDocument();
    await waitFor(() => expect(within(fields).getByTestId('case-custom-field-ticket-input')).toHaveFocus());
    expect(requests('POST /api/cases')).toHaveLength(0);

    await user.type(within(fields).getByTestId('case-custom-field-ticket-input'), 'INC-7');
    await user.click(screen.getByTestId('create-case-submit'));
    await waitFor(() => expect(requests('POST /internal/cases/c-new/attachments/_bulk_create')).toHaveLength(1));
    expect((requests('POST /api/cases')[0].body as { customFields: unknown }).customFields).toEqual([
      { key: 'ticket', type: 'text', value: 'INC-7' },
      { key: 'impact', type: 'toggle', value: true },
    ]);
  });
});

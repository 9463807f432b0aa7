import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { CUSTOM_FIELD_VALUE_MESSAGES } from '../../../common/custom_fields/custom_field_value_error';
import type { CustomFieldConfiguration, TemplateConfiguration } from '../../../common/types/domain/configure';
import { createTestCore, renderWithCore, type RecordedRequest } from '../../core/mocks';
import { makeConfiguration } from '../custom_fields/test_fixtures';
import { userProfileRoutes } from '../user_profiles/test_fixtures';
import { CreateCasePage } from './create_case_page';

// The create form with the owner's settings: templates at the top, "Additional fields" below.

const CUSTOM_FIELDS: CustomFieldConfiguration[] = [
  { key: 'ticket', label: 'Ticket', type: 'text', required: true },
  { key: 'escalated', label: 'Escalated', type: 'toggle', required: false, defaultValue: true },
  { key: 'hosts', label: 'Affected hosts', type: 'number', required: false, defaultValue: 3 },
  { key: 'notes', label: 'Notes', type: 'text', required: false },
];

const PHISHING: TemplateConfiguration = {
  key: 'phishing',
  name: 'Phishing',
  description: 'A reported phishing mail',
  tags: ['email'],
  caseFields: {
    title: 'Phishing report',
    description: 'A user reported a phishing mail.',
    tags: ['phishing'],
    severity: 'high',
    category: 'Email',
    settings: { syncAlerts: false },
    customFields: [
      { key: 'ticket', type: 'text', value: 'SEC-1' },
      { key: 'hosts', type: 'number', value: 7 },
    ],
  },
};

type Answer = { status?: number; body?: unknown };

function renderPage(configurations: unknown[] = [makeConfiguration({ customFields: CUSTOM_FIELDS, templates: [PHISHING] })], answer?: (request: RecordedRequest) => Answer) {
  const posted: RecordedRequest[] = [];
  const test = createTestCore({
    routes: {
      'GET /api/cases/tags': { body: [] },
      'GET /internal/cases/categories': { body: [] },
      'GET /api/cases/configure': { body: configurations },
      ...userProfileRoutes,
      'POST /api/cases': (request) => {
        posted.push(request);
        if (answer) return answer(request);
        return { body: { ...(request.body as object), id: 'case-1', version: 'v1', status: 'open', comments: [] } };
      },
    },
  });
  const view = renderWithCore(
    <MemoryRouter initialEntries={['/create']} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <Routes>
        <Route path="/create" element={<CreateCasePage />} />
        <Route path="/:caseId" element={<div data-test-subj="case-view-stub" />} />
      </Routes>
    </MemoryRouter>,
    test.core,
  );
  return { ...test, posted, unmount: view.unmount, user: userEvent.setup() };
}

const titleInput = () => screen.getByTestId('caseTitle');
const descriptionInput = () => within(screen.getByTestId('caseDescription')).getByRole('textbox');
const fieldRow = (key: string) => screen.getByTestId(`case-custom-field-${key}`);
const fieldInput = (key: string) => screen.getByTestId(`case-custom-field-${key}-input`);

async function fillTitleAndDescription(user: ReturnType<typeof userEvent.setup>) {
  await user.click(titleInput());
  await user.paste('Suspicious login');
  await user.click(descriptionInput());
  await user.paste('From a new country.');
}

describe('create case: additional fields', () => {
  it('shows each configured field in order with its default, optional ones marked', async () => {
    renderPage();
    const section = await screen.findByTestId('create-case-custom-fields');
    expect(section).toHaveTextContent('Additional fields');
    const labels = within(section).getAllByText(/^(Ticket|Escalated|Affected hosts|Notes)$/).map((label) => label.textContent);
    expect(labels).toEqual(['Ticket', 'Escalated', 'Affected hosts', 'Notes']);
    expect(fieldInput('ticket')).toHaveValue('');
    expect(fieldInput('escalated')).toBeChecked();
    expect(fieldInput('hosts')).toHaveValue(3);
    expect(fieldRow('ticket')).not.toHaveTextContent('Optional');
    expect(fieldRow('notes')).toHaveTextContent('Optional');
  });

  it('blocks submit on an empty required field with its message, and focuses it', async () => {
    const { posted, user } = renderPage();
    await screen.findByTestId('create-case-custom-fields');
    await fillTitleAndDescription(user);
    await user.click(screen.getByTestId('create-case-submit'));

    expect(within(fieldRow('ticket')).getByText(CUSTOM_FIELD_VALUE_MESSAGES.required('Ticket'))).toBeInTheDocument();
    await waitFor(() => expect(fieldInput('ticket')).toHaveFocus());
    expect(posted).toHaveLength(0);

    await user.type(fieldInput('ticket'), 'SEC-9');
    expect(within(fieldRow('ticket')).queryByText(CUSTOM_FIELD_VALUE_MESSAGES.required('Ticket'))).not.toBeInTheDocument();
    await user.click(screen.getByTestId('create-case-submit'));
    await waitFor(() => expect(posted).toHaveLength(1));
  });

  it("sends every configured field in the configuration's order, empty optional ones as null", async () => {
    const { posted, user } = renderPage();
    await screen.findByTestId('create-case-custom-fields');
    await fillTitleAndDescription(user);
    await user.type(fieldInput('ticket'), 'SEC-9');
    await user.click(fieldInput('escalated'));
    // A blank text is no value: the server refuses whitespace, so it goes as null.
    await user.type(fieldInput('notes'), '   ');
    await user.click(screen.getByTestId('create-case-submit'));

    await waitFor(() => expect(posted).toHaveLength(1));
    expect((posted[0].body as { customFields: unknown }).customFields).toEqual([
      { key: 'ticket', type: 'text', value: 'SEC-9' },
      { key: 'escalated', type: 'toggle', value: false },
      { key: 'hosts', type: 'number', value: 3 },
      { key: 'notes', type: 'text', value: null },
    ]);
  });

  it('accepts only integers in a number field', async () => {
    const { posted, user } = renderPage();
    await screen.findByTestId('create-case-custom-fields');
    await fillTitleAndDescription(user);
    await user.type(fieldInput('ticket'), 'SEC-9');
    await user.clear(fieldInput('hosts'));
    await user.type(fieldInput('hosts'), '1.5');
    expect(within(fieldRow('hosts')).getByText(CUSTOM_FIELD_VALUE_MESSAGES.notInteger('Affected hosts'))).toBeInTheDocument();
    await user.click(screen.getByTestId('create-case-submit'));
    expect(posted).toHaveLength(0);

    await user.clear(fieldInput('hosts'));
    await user.type(fieldInput('hosts'), '-12');
    expect(within(fieldRow('hosts')).queryByText(/integer/)).not.toBeInTheDocument();
    await user.clear(fieldInput('hosts'));
    await user.click(screen.getByTestId('create-case-submit'));
    await waitFor(() => expect(posted).toHaveLength(1));
    // Emptied, the optional number goes as null rather than its default.
    expect((posted[0].body as { customFields: Array<{ key: string; value: unknown }> }).customFields[2]).toEqual({ key: 'hosts', type: 'number', value: null });
  });

  it("shows the server's refusal in the form's callout and keeps the values", async () => {
    const message = 'Invalid custom field keys: ticket';
    const { posted, user } = renderPage(undefined, () => ({ status: 400, body: { statusCode: 400, error: 'Bad Request', message } }));
    await screen.findByTestId('create-case-custom-fields');
    await fillTitleAndDescription(user);
    await user.type(fieldInput('ticket'), 'SEC-9');
    await user.click(screen.getByTestId('create-case-submit'));
    expect(await screen.findByTestId('create-case-error')).toHaveTextContent(message);
    expect(posted).toHaveLength(1);
    expect(fieldInput('ticket')).toHaveValue('SEC-9');
  });

  it('shows no template picker and no additional fields when the owner has no settings', async () => {
    const { posted, user, fetchMock } = renderPage([]);
    await waitFor(() => expect(fetchMock.calls.some((call) => call.url.startsWith('/api/cases/configure'))).toBe(true));
    await fillTitleAndDescription(user);
    expect(screen.queryByTestId('create-case-custom-fields')).not.toBeInTheDocument();
    expect(screen.queryByTestId('create-case-template-select')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('create-case-submit'));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].body).not.toHaveProperty('customFields');
  });
});

describe('create case: templates', () => {
  it("fills the form with the template's values, which the user may change, and does not send the template", async () => {
    const { posted, user } = renderPage();
    await user.type(titleInput(), 'Typed before');
    await user.click(await screen.findByTestId('create-case-template-select'));
    await user.click(await screen.findByTestId('create-case-template-option-phishing'));

    expect(screen.getByTestId('create-case-template-select')).toHaveTextContent('Phishing');
    expect(titleInput()).toHaveValue('Phishing report');
    expect(descriptionInput()).toHaveValue('A user reported a phishing mail.');
    expect(screen.getByTestId('caseTags')).toHaveTextContent('phishing');
    expect(screen.getByTestId('case-severity-selection')).toHaveTextContent('High');
    expect(within(screen.getByTestId('caseCategory')).getByRole('combobox')).toHaveValue('Email');
    expect(screen.getByTestId('caseSyncAlerts')).not.toBeChecked();
    expect(fieldInput('ticket')).toHaveValue('SEC-1');
    expect(fieldInput('hosts')).toHaveValue(7);
    // Not in the template: the configured default.
    expect(fieldInput('escalated')).toBeChecked();

    await user.type(fieldInput('notes'), 'Changed by hand');
    await user.click(screen.getByTestId('create-case-submit'));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].body).toEqual({
      title: 'Phishing report',
      description: 'A user reported a phishing mail.',
      tags: ['phishing'],
      severity: 'high',
      category: 'Email',
      assignees: [],
      owner: 'securitySolution',
      connector: { id: 'none', name: 'none', type: '.none', fields: null },
      settings: { syncAlerts: false, extractObservables: true },
      customFields: [
        { key: 'ticket', type: 'text', value: 'SEC-1' },
        { key: 'escalated', type: 'toggle', value: true },
        { key: 'hosts', type: 'number', value: 7 },
        { key: 'notes', type: 'text', value: 'Changed by hand' },
      ],
    });
  });

  it('"No template" puts the blank form back', async () => {
    const { user } = renderPage();
    await user.click(await screen.findByTestId('create-case-template-select'));
    await user.click(await screen.findByTestId('create-case-template-option-phishing'));
    expect(titleInput()).toHaveValue('Phishing report');
    await user.click(screen.getByTestId('create-case-template-select'));
    await user.click(await screen.findByTestId('create-case-template-option-none'));
    expect(titleInput()).toHaveValue('');
    expect(fieldInput('ticket')).toHaveValue('');
    expect(fieldInput('hosts')).toHaveValue(3);
    expect(screen.getByTestId('caseSyncAlerts')).toBeChecked();
  });

  it('keeps the chosen template and the custom field values in the draft', async () => {
    const first = renderPage();
    await first.user.click(await screen.findByTestId('create-case-template-select'));
    await first.user.click(await screen.findByTestId('create-case-template-option-phishing'));
    await first.user.type(fieldInput('notes'), 'Half written');
    first.unmount();

    renderPage();
    await screen.findByTestId('create-case-custom-fields');
    expect(screen.getByTestId('create-case-template-select')).toHaveTextContent('Phishing');
    expect(titleInput()).toHaveValue('Phishing report');
    expect(fieldInput('ticket')).toHaveValue('SEC-1');
    expect(fieldInput('notes')).toHaveValue('Half written');
  });
});

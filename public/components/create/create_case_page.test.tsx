import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router-dom';
import { MAX_DESCRIPTION_LENGTH, MAX_LENGTH_PER_TAG, MAX_TAGS_PER_CASE, MAX_TITLE_LENGTH } from '../../../common/constants';
import { createTestCore, renderWithCore, type RecordedRequest } from '../../core/mocks';
import { BOB, userProfileRoutes } from '../user_profiles/test_fixtures';
import { INITIAL_CASE_FORM_VALUES, MESSAGES, validateCaseForm } from './case_form';
import { CreateCasePage } from './create_case_page';

// Full-form flows type into EUI combo boxes, which is slow in jsdom on a busy machine.

function CaseViewStub() {
  const { caseId } = useParams();
  return <div data-test-subj="case-view-stub">{caseId}</div>;
}

type Handler = (request: RecordedRequest) => { status?: number; body?: unknown } | Promise<{ status?: number; body?: unknown }>;

function renderPage(createHandler?: Handler) {
  const posted: RecordedRequest[] = [];
  const create: Handler =
    createHandler ?? ((request) => ({ body: { ...(request.body as object), id: 'case-123', version: 'v1', status: 'open', comments: [] } }));
  const test = createTestCore({
    routes: {
      'GET /api/cases/tags': { body: ['phishing'] },
      'GET /internal/cases/categories': { body: ['Intrusion'] },
      ...userProfileRoutes,
      'POST /api/cases': (request) => {
        posted.push(request);
        return create(request);
      },
    },
  });
  const view = renderWithCore(
    <MemoryRouter initialEntries={['/create']} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <Routes>
        <Route path="/" element={<div data-test-subj="all-cases-stub" />} />
        <Route path="/create" element={<CreateCasePage />} />
        <Route path="/:caseId" element={<CaseViewStub />} />
      </Routes>
    </MemoryRouter>,
    test.core,
  );
  return { ...test, posted, unmount: view.unmount, user: userEvent.setup() };
}

const titleInput = () => screen.getByTestId('caseTitle');
const descriptionInput = () => within(screen.getByTestId('caseDescription')).getByRole('textbox');

describe('case form validation', () => {
  const valid = { ...INITIAL_CASE_FORM_VALUES, title: 'T', description: 'D' };

  it('mirrors the server limits', () => {
    expect(validateCaseForm(valid)).toEqual({});
    expect(validateCaseForm({ ...valid, title: '   ' }).title).toBe(MESSAGES.titleRequired);
    expect(validateCaseForm({ ...valid, title: 't'.repeat(MAX_TITLE_LENGTH) }).title).toBeUndefined();
    expect(validateCaseForm({ ...valid, title: 't'.repeat(MAX_TITLE_LENGTH + 1) }).title).toBe(MESSAGES.titleTooLong(MAX_TITLE_LENGTH + 1));
    expect(validateCaseForm({ ...valid, description: ' \n ' }).description).toBe(MESSAGES.descriptionRequired);
    expect(validateCaseForm({ ...valid, description: 'd'.repeat(MAX_DESCRIPTION_LENGTH + 1) }).description).toBeDefined();
    expect(validateCaseForm({ ...valid, tags: Array.from({ length: MAX_TAGS_PER_CASE + 1 }, (_, i) => `t${i}`) }).tags).toBe(MESSAGES.tooManyTags);
    expect(validateCaseForm({ ...valid, tags: ['x'.repeat(MAX_LENGTH_PER_TAG + 1)] }).tags).toBe(MESSAGES.tagTooLong);
    expect(validateCaseForm({ ...valid, category: 'c'.repeat(51) }).category).toBe(MESSAGES.categoryTooLong);
    expect(validateCaseForm({ ...valid, assignees: Array.from({ length: 11 }, (_, i) => ({ uid: `u${i}` })) }).assignees).toBe(MESSAGES.tooManyAssignees);
  });

  it('does not call empty fields errors before the first submit', () => {
    expect(validateCaseForm(INITIAL_CASE_FORM_VALUES, { requireFilled: false })).toEqual({});
  });
});

describe('CreateCasePage', () => {
  it('shows the form with its defaults', () => {
    renderPage();
    expect(screen.getByTestId('create-case-page')).toHaveTextContent('Create case');
    expect(screen.getByTestId('case-severity-selection')).toHaveTextContent('Low');
    expect(screen.getByTestId('caseSyncAlerts')).toBeChecked();
    expect(screen.getByTestId('create-case-submit')).toBeEnabled();
  });

  it('sends the exact request with the defaults, then toasts and opens the new case', async () => {
    const { posted, user } = renderPage();
    await user.click(titleInput());
    await user.paste('  Suspicious login from new country  ');
    await user.click(descriptionInput());
    await user.paste('User **jdoe** logged in from an unusual place.');
    await user.click(screen.getByTestId('create-case-submit'));

    expect(await screen.findByTestId('case-view-stub')).toHaveTextContent('case-123');
    expect(posted).toHaveLength(1);
    expect(posted[0].headers).toMatchObject({ 'kbn-xsrf': 'true' });
    expect(posted[0].body).toEqual({
      title: 'Suspicious login from new country',
      description: 'User **jdoe** logged in from an unusual place.',
      tags: [],
      severity: 'low',
      assignees: [],
      owner: 'securitySolution',
      connector: { id: 'none', name: 'none', type: '.none', fields: null },
      settings: { syncAlerts: true, extractObservables: true },
    });
    expect(screen.getByTestId('create-case-success-toast')).toHaveTextContent('Suspicious login from new country');
  });

  it('sends every field the user set', async () => {
    const { posted, user } = renderPage();
    await user.click(titleInput());
    await user.paste('Ransomware on FS01');
    await user.click(descriptionInput());
    await user.paste('Encrypted shares.');
    await user.click(screen.getByTestId('case-severity-selection'));
    await user.click(await screen.findByTestId('case-severity-option-critical'));

    const tags = within(screen.getByTestId('caseTags')).getByRole('combobox');
    await user.click(tags);
    await user.paste('ransomware');
    await user.keyboard('{Enter}');
    await user.click(tags);
    await user.click(await screen.findByTestId('tagsPickerOption-phishing'));

    await user.click(within(screen.getByTestId('caseCategory')).getByRole('combobox'));
    await user.paste('Malware');
    await user.keyboard('{Enter}');
    await user.click(within(screen.getByTestId('caseAssignees')).getByRole('combobox'));
    await user.paste('bob');
    await user.click(await screen.findByTestId(`comboBoxAssigneesOption-${BOB.uid}`));
    await user.click(screen.getByTestId('caseSyncAlerts'));
    await user.click(screen.getByTestId('create-case-submit'));

    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].body).toMatchObject({
      title: 'Ransomware on FS01',
      severity: 'critical',
      tags: ['ransomware', 'phishing'],
      category: 'Malware',
      assignees: [{ uid: BOB.uid }],
      settings: { syncAlerts: false },
    });
  });

  it('says which fields are missing on submit, and clears each message as it is fixed', async () => {
    const { posted, user } = renderPage();
    // Nothing is flagged before the user tries to submit.
    expect(screen.queryByText(MESSAGES.titleRequired)).not.toBeInTheDocument();
    expect(titleInput()).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByTestId('create-case-submit'));

    expect(within(screen.getByTestId('caseTitleRow')).getByText(MESSAGES.titleRequired)).toBeInTheDocument();
    expect(within(screen.getByTestId('caseDescriptionRow')).getByText(MESSAGES.descriptionRequired)).toBeInTheDocument();
    expect(titleInput()).toHaveAttribute('aria-invalid', 'true');
    expect(posted).toHaveLength(0);

    await user.type(titleInput(), 'A title');
    expect(screen.queryByText(MESSAGES.titleRequired)).not.toBeInTheDocument();
    expect(screen.getByText(MESSAGES.descriptionRequired)).toBeInTheDocument();
    await user.type(descriptionInput(), 'Now described');
    expect(screen.queryByText(MESSAGES.descriptionRequired)).not.toBeInTheDocument();
  });

  it('flags a too-long title and description as soon as they pass the limit, and refuses to submit', async () => {
    const { posted, user } = renderPage();
    fireEvent.change(titleInput(), { target: { value: 't'.repeat(MAX_TITLE_LENGTH + 1) } });
    expect(within(screen.getByTestId('caseTitleRow')).getByText(MESSAGES.titleTooLong(MAX_TITLE_LENGTH + 1))).toBeInTheDocument();
    fireEvent.change(descriptionInput(), { target: { value: 'd'.repeat(MAX_DESCRIPTION_LENGTH + 1) } });
    expect(within(screen.getByTestId('caseDescriptionRow')).getByText(MESSAGES.descriptionTooLong(MAX_DESCRIPTION_LENGTH + 1))).toBeInTheDocument();

    await user.click(screen.getByTestId('create-case-submit'));
    expect(posted).toHaveLength(0);

    fireEvent.change(titleInput(), { target: { value: 't'.repeat(MAX_TITLE_LENGTH) } });
    expect(within(screen.getByTestId('caseTitleRow')).queryByText(/too long/)).not.toBeInTheDocument();
  });

  it('refuses a tag over the length limit with a message', async () => {
    const { posted, user } = renderPage();
    const tags = within(screen.getByTestId('caseTags')).getByRole('combobox');
    fireEvent.change(tags, { target: { value: 'x'.repeat(MAX_LENGTH_PER_TAG + 1) } });
    expect(screen.getByTestId('caseTags-tooLong')).toHaveTextContent(`at most ${MAX_LENGTH_PER_TAG} characters`);
    await user.type(tags, '{Enter}');
    // Enter in the tags box adds a tag (here: refuses it); it never submits the form.
    expect(posted).toHaveLength(0);
    expect(within(screen.getByTestId('caseTags')).queryByTestId('euiComboBoxPill')).not.toBeInTheDocument();
  });

  it('keeps what was typed and shows the server message when the create fails', async () => {
    const { posted, user } = renderPage(() => ({
      status: 403,
      body: { statusCode: 403, error: 'Forbidden', message: 'Unauthorized to create case with owners: "securitySolution"' },
    }));
    await user.type(titleInput(), 'Kept title');
    await user.type(descriptionInput(), 'Kept description');
    await user.click(screen.getByTestId('create-case-submit'));

    expect(await screen.findByTestId('create-case-error')).toHaveTextContent('Unauthorized to create case with owners: "securitySolution"');
    expect(posted).toHaveLength(1);
    expect(screen.getByTestId('create-case-page')).toBeInTheDocument();
    expect(titleInput()).toHaveValue('Kept title');
    expect(descriptionInput()).toHaveValue('Kept description');
    expect(screen.getByTestId('create-case-submit')).toBeEnabled();
  });

  it('disables submit while the case is being created', async () => {
    let release: (value: { body: unknown }) => void = () => undefined;
    const { posted, user } = renderPage(() => new Promise((resolve) => (release = resolve)));
    await user.type(titleInput(), 'T');
    await user.type(descriptionInput(), 'D');
    await user.click(screen.getByTestId('create-case-submit'));
    await waitFor(() => expect(screen.getByTestId('create-case-submit')).toBeDisabled());
    await user.click(screen.getByTestId('create-case-submit'));
    expect(posted).toHaveLength(1);
    release({ body: { id: 'case-9', title: 'T' } });
    expect(await screen.findByTestId('case-view-stub')).toHaveTextContent('case-9');
  });

  it('goes back to the list on cancel', async () => {
    const { user } = renderPage();
    await user.click(screen.getByTestId('create-case-cancel'));
    expect(screen.getByTestId('all-cases-stub')).toBeInTheDocument();
  });
});

describe('create case: no lost work', () => {
  it('asks before Cancel throws a typed case away, and stays on Stay', async () => {
    const { user } = renderPage();
    await user.type(titleInput(), 'Beaconing to 203.0.113.7');
    await user.click(screen.getByTestId('create-case-cancel'));
    expect(screen.getByTestId('navigationGuardConfirmModal')).toHaveTextContent('has not been created');
    await user.click(screen.getByTestId('confirmModalCancelButton'));
    expect(titleInput()).toHaveValue('Beaconing to 203.0.113.7');
    expect(screen.queryByTestId('all-cases-stub')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('create-case-cancel'));
    await user.click(screen.getByTestId('confirmModalConfirmButton'));
    expect(await screen.findByTestId('all-cases-stub')).toBeInTheDocument();
    expect(window.sessionStorage.getItem('cases.draft.default.create')).toBeNull();
  });

  it('cancels an untouched form without asking', async () => {
    const { user } = renderPage();
    await user.click(screen.getByTestId('create-case-cancel'));
    expect(await screen.findByTestId('all-cases-stub')).toBeInTheDocument();
    expect(screen.queryByTestId('navigationGuardConfirmModal')).not.toBeInTheDocument();
  });

  it('keeps the typed fields for this tab and restores them on the next visit', async () => {
    const first = renderPage();
    await first.user.type(titleInput(), 'Phishing wave');
    await first.user.type(descriptionInput(), 'Three users clicked');
    first.unmount();
    renderPage();
    expect(titleInput()).toHaveValue('Phishing wave');
    expect(descriptionInput()).toHaveValue('Three users clicked');
  });

  it('spaces the severity and category row from the fields above and below it', () => {
    renderPage();
    const group = screen.getByTestId('caseSeverityCategoryGroup');
    expect(group.previousElementSibling).toHaveClass('euiSpacer');
    expect(group.nextElementSibling).toHaveClass('euiSpacer');
  });
});

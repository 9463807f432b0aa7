import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { conflictResponse, renderCaseView } from './case_view_test_harness';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const sidebar = () => screen.getByTestId('case-view-sidebar');

// Combo boxes are slow to drive in jsdom; the first test also pays for loading EUI.

describe('case view sidebar', () => {
  it('adds a tag and saves the tags with the current version', async () => {
    const { callsTo } = renderCaseView();
    const user = setup();
    await screen.findByTestId('case-view-sidebar');
    await user.click(within(sidebar()).getByTestId('case-view-tags-edit-button'));
    const input = within(screen.getByTestId('case-view-tags-editor')).getByRole('combobox');
    await user.type(input, 'ransomware{Enter}');
    await user.click(screen.getByTestId('case-view-tags-submit'));
    await waitFor(() => expect(callsTo('PATCH', '/api/cases')).toHaveLength(1));
    expect(callsTo('PATCH', '/api/cases')[0].body).toEqual({ cases: [{ id: 'case-1', version: 'v1', tags: ['phishing', 'ransomware'] }] });
    expect(await within(sidebar()).findByTestId('tag-ransomware')).toBeInTheDocument();
  });

  it('changes the category', async () => {
    const { callsTo } = renderCaseView();
    const user = setup();
    await screen.findByTestId('case-view-sidebar');
    await user.click(within(sidebar()).getByTestId('case-view-category-edit-button'));
    const editor = screen.getByTestId('case-view-category-editor');
    await user.click(within(editor).getByRole('combobox'));
    await user.click(await screen.findByTestId('categoryPickerOption-Malware'));
    await user.click(screen.getByTestId('case-view-category-submit'));
    await waitFor(() => expect(callsTo('PATCH', '/api/cases')).toHaveLength(1));
    expect(callsTo('PATCH', '/api/cases')[0].body).toEqual({ cases: [{ id: 'case-1', version: 'v1', category: 'Malware' }] });
    await waitFor(() => expect(within(sidebar()).getByTestId('case-category')).toHaveTextContent('Malware'));
  });

  it('assigns someone from the suggestions', async () => {
    const { callsTo } = renderCaseView();
    const user = setup();
    await screen.findByTestId('case-view-sidebar');
    await user.click(within(sidebar()).getByTestId('case-view-assignees-edit-button'));
    await user.click(within(screen.getByTestId('case-view-assignees-editor')).getByRole('combobox'));
    await user.click(await screen.findByTestId('comboBoxAssigneesOption-u-ana', {}, { timeout: 3000 }));
    await user.click(screen.getByTestId('case-view-assignees-submit'));
    await waitFor(() => expect(callsTo('PATCH', '/api/cases')).toHaveLength(1));
    expect(callsTo('PATCH', '/api/cases')[0].body).toEqual({ cases: [{ id: 'case-1', version: 'v1', assignees: [{ uid: 'u-bob' }, { uid: 'u-ana' }] }] });
    expect(await within(sidebar()).findByTestId('caseAssigneeAvatar-u-ana')).toBeInTheDocument();
  });

  it('shows the severity once, as the picker in the header, and saves a change from it', async () => {
    const { callsTo } = renderCaseView();
    const user = setup();
    await screen.findByTestId('case-view-sidebar');
    expect(screen.getAllByTestId('case-severity-picker')).toHaveLength(1);
    expect(within(sidebar()).queryByTestId('case-view-severity')).not.toBeInTheDocument();
    await user.click(within(screen.getByTestId('case-view-header-severity')).getByTestId('case-severity-picker'));
    await user.click(await screen.findByTestId('case-severity-option-critical'));
    await waitFor(() => expect(callsTo('PATCH', '/api/cases')).toHaveLength(1));
    expect(callsTo('PATCH', '/api/cases')[0].body).toEqual({ cases: [{ id: 'case-1', version: 'v1', severity: 'critical' }] });
    await waitFor(() => expect(screen.getByTestId('case-severity-picker')).toHaveTextContent('Critical'));
  });

  it('keeps the chosen tags in the open editor through a 409 and re-applies them', async () => {
    let attempts = 0;
    const { callsTo, state } = renderCaseView({
      routes: {
        'PATCH /api/cases': (request) => {
          attempts += 1;
          if (attempts === 1) {
            state.theCase = { ...state.theCase, version: 'v2', tags: ['phishing', 'their-tag'] };
            return conflictResponse;
          }
          const [patch] = (request.body as { cases: Array<Record<string, unknown>> }).cases;
          state.theCase = { ...state.theCase, ...patch, version: 'v3' };
          return { body: [{ ...state.theCase, comments: [] }] };
        },
      },
    });
    const user = setup();
    await screen.findByTestId('case-view-sidebar');
    await user.click(within(sidebar()).getByTestId('case-view-tags-edit-button'));
    await user.type(within(screen.getByTestId('case-view-tags-editor')).getByRole('combobox'), 'mine{Enter}');
    await user.click(screen.getByTestId('case-view-tags-submit'));
    const callout = await screen.findByTestId('case-conflict-callout');
    expect(within(screen.getByTestId('case-view-tags-editor')).getByText('mine')).toBeInTheDocument();
    await user.click(within(callout).getByTestId('case-conflict-reapply'));
    await waitFor(() => expect(callsTo('PATCH', '/api/cases')).toHaveLength(2));
    expect(callsTo('PATCH', '/api/cases')[1].body).toEqual({ cases: [{ id: 'case-1', version: 'v2', tags: ['phishing', 'mine'] }] });
    expect(await within(sidebar()).findByTestId('tag-mine')).toBeInTheDocument();
  });
});

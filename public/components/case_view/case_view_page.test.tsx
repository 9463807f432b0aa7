import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { captureDownloads, installExchangeFetch } from '../../core/mocks';
import { conflictResponse, renderCaseView } from './case_view_test_harness';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });

describe('CaseViewPage', () => {
  it('shows the case: title, number, status, severity, summary, description and sidebar', async () => {
    renderCaseView();
    expect(await screen.findByTestId('case-view-page')).toBeInTheDocument();
    expect(screen.getByTestId('editable-title-header-value')).toHaveTextContent('Suspicious login from TOR exit node');
    expect(screen.getByTestId('case-view-number')).toHaveTextContent('#42');
    expect(within(screen.getByTestId('case-view-status')).getByTestId('case-status-picker')).toHaveTextContent('Open');
    expect(screen.getByTestId('case-metrics-lifespan-item-creation-date')).toHaveTextContent('Ana Analyst');
    expect(screen.getByTestId('case-metrics-lifespan-item-open-duration')).toBeInTheDocument();
    expect(screen.getByTestId('description')).toHaveTextContent('Initial triage needed');
    const sidebar = screen.getByTestId('case-view-sidebar');
    expect(within(sidebar).getByTestId('tag-phishing')).toBeInTheDocument();
    expect(within(sidebar).getByTestId('case-category')).toHaveTextContent('Intrusion');
    expect(await within(sidebar).findByTestId('caseAssigneeAvatar-u-bob')).toBeInTheDocument();
    expect(screen.getByTestId('case-view-tab-title-activity')).toHaveAttribute('aria-selected', 'true');
  });

  it('loads the activity oldest first, 100 at a time, and shows an entry for each kind of action', async () => {
    const { callsTo } = renderCaseView();
    const list = await screen.findByTestId('user-actions-list');
    expect(callsTo('GET', '/api/cases/case-1/user_actions/_find')[0].url).toContain('sortOrder=asc');
    expect(callsTo('GET', '/api/cases/case-1/user_actions/_find')[0].url).toContain('perPage=100');
    expect(within(list).getByTestId('user-action-create_case-create')).toHaveTextContent('created case');
    expect(within(list).getByTestId('user-action-title-update')).toHaveTextContent('changed the title to “Suspicious login from TOR exit node”');
    expect(within(list).getByTestId('user-action-description-update')).toHaveTextContent('edited the description');
    expect(within(list).getByTestId('user-action-status-update')).toHaveTextContent('marked case as In progress');
    expect(within(list).getByTestId('user-action-severity-update')).toHaveTextContent('changed the severity to High');
    expect(within(list).getByTestId('user-action-tags-add')).toHaveTextContent('added tags');
    expect(within(within(list).getByTestId('user-action-tags-add')).getByTestId('user-action-tag-tor')).toBeInTheDocument();
    expect(within(list).getByTestId('user-action-tags-delete')).toHaveTextContent('removed tags');
    await waitFor(() => expect(within(list).getByTestId('user-action-assignees-add')).toHaveTextContent('assigned Bob Responder'));
    expect(within(list).getByTestId('user-action-assignees-delete')).toHaveTextContent('unassigned themselves');
    expect(within(list).getByTestId('user-action-category-update')).toHaveTextContent('set the category to Intrusion');
    expect(within(list).getByTestId('user-action-comment-delete')).toHaveTextContent('removed a comment');
    const comment = within(list).getByTestId('comment-comment-1');
    expect(comment).toHaveTextContent('Bob Responder');
    expect(within(comment).getByTestId('user-action-markdown')).toHaveTextContent('Checked the firewall logs');
    // A deleted comment's creation has nothing to show.
    expect(within(list).queryByTestId('comment-comment-gone')).not.toBeInTheDocument();
    // Time order: the comment sits between the description edit and the status change.
    const entries = Array.from(list.querySelectorAll('[data-test-subj^="user-action-"][data-test-subj$="-update"], [data-test-subj^="comment-"]'));
    const subjects = entries.map((entry) => entry.getAttribute('data-test-subj'));
    expect(subjects.indexOf('comment-comment-1')).toBe(subjects.indexOf('user-action-description-update') + 1);
  });

  it('edits the title in place and sends the version it was read at', async () => {
    const { callsTo } = renderCaseView();
    const user = setup();
    await user.click(await screen.findByTestId('editable-title-edit-icon'));
    const input = screen.getByTestId('editable-title-input-field');
    await user.clear(input);
    await user.click(screen.getByTestId('editable-title-submit-btn'));
    expect(screen.getByText('A title is required.')).toBeInTheDocument();
    expect(callsTo('PATCH', '/api/cases')).toHaveLength(0);
    await user.type(input, 'Credential stuffing against VPN');
    await user.click(screen.getByTestId('editable-title-submit-btn'));
    await waitFor(() => expect(callsTo('PATCH', '/api/cases')).toHaveLength(1));
    expect(callsTo('PATCH', '/api/cases')[0].body).toEqual({ cases: [{ id: 'case-1', version: 'v1', title: 'Credential stuffing against VPN' }] });
    expect(await screen.findByTestId('editable-title-header-value')).toHaveTextContent('Credential stuffing against VPN');
  });

  it('cancels a title edit with Escape without saving', async () => {
    const { callsTo } = renderCaseView();
    const user = setup();
    await user.click(await screen.findByTestId('editable-title-edit-icon'));
    await user.type(screen.getByTestId('editable-title-input-field'), ' changed{Escape}');
    expect(screen.getByTestId('editable-title-header-value')).toHaveTextContent('Suspicious login from TOR exit node');
    expect(callsTo('PATCH', '/api/cases')).toHaveLength(0);
  });

  it('changes the status from the header', async () => {
    const { callsTo } = renderCaseView();
    const user = setup();
    await user.click(await screen.findByTestId('case-status-picker'));
    await user.click(await screen.findByTestId('case-status-option-in-progress'));
    await waitFor(() => expect(callsTo('PATCH', '/api/cases')).toHaveLength(1));
    expect(callsTo('PATCH', '/api/cases')[0].body).toEqual({ cases: [{ id: 'case-1', version: 'v1', status: 'in-progress' }] });
    await waitFor(() => expect(within(screen.getByTestId('case-view-status')).getByTestId('case-status-picker')).toHaveTextContent('In progress'));
  });

  it('edits the description with the markdown editor', async () => {
    const { callsTo } = renderCaseView();
    const user = setup();
    await user.click(await screen.findByTestId('description-edit-icon'));
    const form = screen.getByTestId('description-markdown-form');
    const textarea = within(form).getByTestId('euiMarkdownEditorTextArea');
    await user.clear(textarea);
    await user.type(textarea, 'Confirmed *malicious*');
    await user.click(within(form).getByTestId('user-action-save-markdown'));
    await waitFor(() => expect(callsTo('PATCH', '/api/cases')).toHaveLength(1));
    expect(callsTo('PATCH', '/api/cases')[0].body).toEqual({ cases: [{ id: 'case-1', version: 'v1', description: 'Confirmed *malicious*' }] });
    await waitFor(() => expect(screen.queryByTestId('description-markdown-form')).not.toBeInTheDocument());
    expect(screen.getByTestId('description')).toHaveTextContent('Confirmed malicious');
  });

  it('keeps a typed title through a 409, shows the conflict and re-applies with the fresh version', async () => {
    let attempts = 0;
    const { callsTo, state } = renderCaseView({
      routes: {
        'PATCH /api/cases': (request) => {
          attempts += 1;
          if (attempts === 1) {
            // Someone else saved first: the case moved on to v2 with their description.
            state.theCase = { ...state.theCase, version: 'v2', description: 'Their edit' };
            return conflictResponse;
          }
          const [patch] = (request.body as { cases: Array<Record<string, unknown>> }).cases;
          state.theCase = { ...state.theCase, ...patch, version: 'v3' };
          return { body: [{ ...state.theCase, comments: [] }] };
        },
      },
    });
    const user = setup();
    await user.click(await screen.findByTestId('editable-title-edit-icon'));
    const input = screen.getByTestId('editable-title-input-field');
    await user.clear(input);
    await user.type(input, 'My careful title');
    await user.click(screen.getByTestId('editable-title-submit-btn'));

    const callout = await screen.findByTestId('case-conflict-callout');
    expect(callout).toHaveTextContent('Someone else changed this case');
    // The other person's change is shown, and what the user typed is still in the editor.
    await waitFor(() => expect(screen.getByTestId('description')).toHaveTextContent('Their edit'));
    expect(screen.getByTestId('editable-title-input-field')).toHaveValue('My careful title');

    await user.click(within(callout).getByTestId('case-conflict-reapply'));
    await waitFor(() => expect(callsTo('PATCH', '/api/cases')).toHaveLength(2));
    expect(callsTo('PATCH', '/api/cases')[1].body).toEqual({ cases: [{ id: 'case-1', version: 'v2', title: 'My careful title' }] });
    await waitFor(() => expect(screen.queryByTestId('case-conflict-callout')).not.toBeInTheDocument());
    expect(await screen.findByTestId('editable-title-header-value')).toHaveTextContent('My careful title');
  });

  it('keeps a status chosen during a conflict in the picker until it is applied or discarded', async () => {
    let attempts = 0;
    const { callsTo, state } = renderCaseView({
      routes: {
        'PATCH /api/cases': () => {
          attempts += 1;
          state.theCase = { ...state.theCase, version: 'v2' };
          return conflictResponse;
        },
      },
    });
    const user = setup();
    await user.click(await screen.findByTestId('case-status-picker'));
    await user.click(await screen.findByTestId('case-status-option-closed'));
    const callout = await screen.findByTestId('case-conflict-callout');
    expect(within(screen.getByTestId('case-view-status')).getByTestId('case-status-picker')).toHaveTextContent('Closed');
    await user.click(within(callout).getByTestId('case-conflict-reapply'));
    await waitFor(() => expect(callsTo('PATCH', '/api/cases')).toHaveLength(2));
    expect(callsTo('PATCH', '/api/cases')[1].body).toEqual({ cases: [{ id: 'case-1', version: 'v2', status: 'closed' }] });
    expect(attempts).toBe(2);
    await user.click(await screen.findByTestId('case-conflict-dismiss'));
    expect(within(screen.getByTestId('case-view-status')).getByTestId('case-status-picker')).toHaveTextContent('Open');
  });

  it('shows an error toast and keeps the editor open when a save fails for another reason', async () => {
    renderCaseView({ routes: { 'PATCH /api/cases': { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'title is too long' } } } });
    const user = setup();
    await user.click(await screen.findByTestId('editable-title-edit-icon'));
    await user.type(screen.getByTestId('editable-title-input-field'), '!');
    await user.click(screen.getByTestId('editable-title-submit-btn'));
    expect(await screen.findByTestId('errorToast')).toHaveTextContent('title is too long');
    expect(screen.getByTestId('editable-title-input-field')).toHaveValue('Suspicious login from TOR exit node!');
  });

  it('copies the case id and deletes the case after confirmation, returning to the list', async () => {
    const { callsTo } = renderCaseView({ routes: { 'DELETE /api/cases': { status: 204 } } });
    const user = setup();
    await user.click(await screen.findByTestId('property-actions-case-ellipses'));
    expect(await screen.findByTestId('property-actions-case-copyClipboard')).toBeInTheDocument();
    await user.click(screen.getByTestId('property-actions-case-trash'));
    const modal = await screen.findByTestId('delete-case-confirm-modal');
    await user.click(within(modal).getByTestId('confirmModalConfirmButton'));
    expect(await screen.findByTestId('all-cases-page')).toBeInTheDocument();
    expect(callsTo('DELETE', '/api/cases')[0].url).toContain(encodeURIComponent(JSON.stringify(['case-1'])));
    expect(await screen.findByTestId('case-deleted-toast')).toBeInTheDocument();
  });

  it('exports the case with its related objects as export.ndjson', async () => {
    const downloads = captureDownloads();
    try {
      const { fetchMock } = renderCaseView();
      const exports = installExchangeFetch(fetchMock, {});
      const user = setup();
      await user.click(await screen.findByTestId('property-actions-case-ellipses'));
      await user.click(await screen.findByTestId('property-actions-case-download'));
      await waitFor(() => expect(downloads.saved).toHaveLength(1));
      expect(downloads.saved[0].filename).toBe('export.ndjson');
      expect(exports[0].body).toEqual({ objects: [{ type: 'cases', id: 'case-1' }], includeReferencesDeep: true });
      expect(await screen.findByTestId('export-success-toast')).toBeInTheDocument();
    } finally {
      downloads.restore();
    }
  });

  it('says when the case does not exist, with a way back to the list', async () => {
    renderCaseView({ routes: { 'GET /api/cases/case-1': { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Saved object [cases/case-1] not found' } } } });
    expect(await screen.findByTestId('case-view-not-found')).toHaveTextContent('Case not found');
    await setup().click(screen.getByTestId('case-view-back-to-list'));
    expect(await screen.findByTestId('all-cases-page')).toBeInTheDocument();
  });

  it('offers a retry when the case cannot be loaded', async () => {
    renderCaseView({ routes: { 'GET /api/cases/case-1': { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'boom' } } } });
    expect(await screen.findByTestId('case-view-error')).toHaveTextContent('boom');
    expect(screen.getByTestId('case-view-retry')).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderCaseView } from '../case_view/case_view_test_harness';
import { makeCase } from '../case_view/test_fixtures';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const newCommentBox = () => within(screen.getByTestId('add-comment')).getByTestId('euiMarkdownEditorTextArea');
const statusButton = () => screen.getByTestId('case-view-status-action-button');

describe('the status button beside Add comment', () => {
  it('closes an open case through the conflict-safe update', async () => {
    const { callsTo } = renderCaseView();
    const user = setup();
    await screen.findByTestId('add-comment');
    expect(statusButton()).toHaveTextContent('Close case');
    await user.click(statusButton());
    await waitFor(() => expect(callsTo('PATCH', '/api/cases')).toHaveLength(1));
    expect(callsTo('PATCH', '/api/cases')[0].body).toEqual({ cases: [{ id: 'case-1', version: 'v1', status: 'closed' }] });
  });

  it('offers to reopen a closed case', async () => {
    const { callsTo } = renderCaseView({ state: { theCase: makeCase({ status: 'closed' }) } });
    const user = setup();
    await screen.findByTestId('add-comment');
    expect(statusButton()).toHaveTextContent('Reopen case');
    await user.click(statusButton());
    await waitFor(() => expect(callsTo('PATCH', '/api/cases')).toHaveLength(1));
    expect(callsTo('PATCH', '/api/cases')[0].body).toMatchObject({ cases: [{ status: 'open' }] });
  });

  it('with text typed, adds the comment first and then closes against the version the comment left', async () => {
    const { callsTo, state } = renderCaseView({
      routes: {
        'POST /api/cases/case-1/comments': () => {
          state.theCase = { ...state.theCase, version: 'v2' };
          return { body: state.theCase };
        },
      },
    });
    const user = setup();
    await screen.findByTestId('add-comment');
    await user.type(newCommentBox(), 'False positive: scanner');
    expect(statusButton()).toHaveTextContent('Close case with comment');
    await user.click(statusButton());
    await waitFor(() => expect(callsTo('PATCH', '/api/cases')).toHaveLength(1));
    expect(callsTo('POST', '/api/cases/case-1/comments')).toHaveLength(1);
    expect(callsTo('PATCH', '/api/cases')[0].body).toEqual({ cases: [{ id: 'case-1', version: 'v2', status: 'closed' }] });
    await waitFor(() => expect(newCommentBox()).toHaveValue(''));
  });

  it('does not close the case when the comment fails to post', async () => {
    const { callsTo } = renderCaseView({
      routes: { 'POST /api/cases/case-1/comments': { status: 500, body: { statusCode: 500, error: 'Server Error', message: 'disk full' } } },
    });
    const user = setup();
    await screen.findByTestId('add-comment');
    await user.type(newCommentBox(), 'Closing note');
    await user.click(statusButton());
    expect(await screen.findByTestId('errorToast')).toHaveTextContent('disk full');
    expect(callsTo('PATCH', '/api/cases')).toHaveLength(0);
  });
});

describe('comment drafts', () => {
  it('keeps a half-written comment when the case is left and restores it on return', async () => {
    const first = renderCaseView();
    const user = setup();
    await screen.findByTestId('add-comment');
    await user.type(newCommentBox(), 'Half-written triage note');
    first.unmount();
    renderCaseView();
    await screen.findByTestId('add-comment');
    expect(newCommentBox()).toHaveValue('Half-written triage note');
  });

  it('guards the page while a comment is unsent, and not once the box is empty', async () => {
    // Links, back/forward and the tab are held by core's guards (public/core/navigation tests).
    const { guards } = renderCaseView();
    const user = setup();
    await screen.findByTestId('add-comment');
    expect(guards.check()).toBeUndefined();
    await user.type(newCommentBox(), 'Unsent');
    expect(guards.check()).toContain('has not been added');
    await user.clear(newCommentBox());
    expect(guards.check()).toBeUndefined();
  });
});

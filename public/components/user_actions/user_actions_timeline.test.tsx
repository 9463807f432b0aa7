import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Case } from '../../../common/types/domain/case';
import { conflictResponse, renderCaseView } from '../case_view/case_view_test_harness';
import { action, BOB, findResponse, makeCase, makeUserActions } from '../case_view/test_fixtures';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const newCommentBox = () => within(screen.getByTestId('add-comment')).getByTestId('euiMarkdownEditorTextArea');

async function openCommentMenu(user: ReturnType<typeof setup>, commentId = 'comment-1') {
  const comment = await screen.findByTestId(`comment-${commentId}`);
  await user.click(within(comment).getByTestId('property-actions-user-action-ellipses'));
  return comment;
}

describe('activity: comments', () => {
  it('adds a comment and clears the box only once the server has it', async () => {
    let answer: (value: { body: unknown }) => void = () => undefined;
    const { callsTo, state } = renderCaseView({
      routes: { 'POST /api/cases/case-1/comments': () => new Promise((resolve) => (answer = resolve)) },
    });
    const user = setup();
    await screen.findByTestId('add-comment');
    expect(screen.getByTestId('submit-comment')).toBeDisabled();
    await user.type(newCommentBox(), 'Blocked the IP at the edge');
    expect(screen.getByTestId('submit-comment')).toBeEnabled();
    await user.click(screen.getByTestId('submit-comment'));
    await waitFor(() => expect(callsTo('POST', '/api/cases/case-1/comments')).toHaveLength(1));
    expect(callsTo('POST', '/api/cases/case-1/comments')[0].body).toEqual({ type: 'user', comment: 'Blocked the IP at the edge', owner: 'securitySolution' });
    // Still there while the server has not answered.
    expect(newCommentBox()).toHaveValue('Blocked the IP at the edge');
    answer({ body: state.theCase });
    await waitFor(() => expect(newCommentBox()).toHaveValue(''));
  });

  it('keeps the new comment when the server refuses it', async () => {
    renderCaseView({ routes: { 'POST /api/cases/case-1/comments': { status: 500, body: { statusCode: 500, error: 'Server Error', message: 'disk full' } } } });
    const user = setup();
    await screen.findByTestId('add-comment');
    await user.type(newCommentBox(), 'Important finding');
    await user.click(screen.getByTestId('submit-comment'));
    expect(await screen.findByTestId('errorToast')).toHaveTextContent('disk full');
    expect(newCommentBox()).toHaveValue('Important finding');
  });

  it('does not submit a comment over the length limit', async () => {
    renderCaseView();
    const user = setup();
    await screen.findByTestId('add-comment');
    await user.click(newCommentBox());
    await user.paste('x'.repeat(30_001));
    expect(screen.getByTestId('submit-comment')).toBeDisabled();
  });

  it('edits a comment in place with its version', async () => {
    const { callsTo, state } = renderCaseView({
      routes: {
        'PATCH /api/cases/case-1/comments': (request) => {
          const body = request.body as { comment: string };
          state.theCase = {
            ...state.theCase,
            comments: [{ ...state.theCase.comments[0], comment: body.comment, version: 'cv2', updated_at: '2024-05-02T00:00:00.000Z' }],
          } as Case;
          return { body: state.theCase };
        },
      },
    });
    const user = setup();
    const comment = await openCommentMenu(user);
    await user.click(await screen.findByTestId('property-actions-user-action-pencil'));
    const textarea = within(comment).getByTestId('euiMarkdownEditorTextArea');
    expect(textarea).toHaveValue('Checked the **firewall** logs\nsecond line');
    await user.clear(textarea);
    await user.type(textarea, 'Checked the proxy logs too');
    await user.click(within(comment).getByTestId('user-action-save-markdown'));
    await waitFor(() => expect(callsTo('PATCH', '/api/cases/case-1/comments')).toHaveLength(1));
    expect(callsTo('PATCH', '/api/cases/case-1/comments')[0].body).toEqual({
      id: 'comment-1',
      version: 'cv1',
      type: 'user',
      comment: 'Checked the proxy logs too',
      owner: 'securitySolution',
    });
    await waitFor(() => expect(within(screen.getByTestId('comment-comment-1')).getByTestId('user-action-markdown')).toHaveTextContent('Checked the proxy logs too'));
    expect(screen.getByTestId('comment-comment-1')).toHaveTextContent('(edited)');
  });

  it('keeps the edited comment through a 409 and re-applies it with the fresh comment version', async () => {
    let attempts = 0;
    const { callsTo, state } = renderCaseView({
      routes: {
        'PATCH /api/cases/case-1/comments': () => {
          attempts += 1;
          if (attempts === 1) {
            state.theCase = { ...state.theCase, version: 'v2', comments: [{ ...state.theCase.comments[0], comment: 'Their wording', version: 'cv2' }] } as Case;
            return conflictResponse;
          }
          return { body: state.theCase };
        },
      },
    });
    const user = setup();
    const comment = await openCommentMenu(user);
    await user.click(await screen.findByTestId('property-actions-user-action-pencil'));
    const textarea = within(comment).getByTestId('euiMarkdownEditorTextArea');
    await user.clear(textarea);
    await user.type(textarea, 'My wording');
    await user.click(within(comment).getByTestId('user-action-save-markdown'));

    const callout = await screen.findByTestId('case-conflict-callout');
    expect(callout).toHaveTextContent('Someone else changed this comment');
    expect(within(screen.getByTestId('comment-comment-1')).getByTestId('euiMarkdownEditorTextArea')).toHaveValue('My wording');
    // What is typed after the conflict is what gets applied.
    await user.type(within(screen.getByTestId('comment-comment-1')).getByTestId('euiMarkdownEditorTextArea'), '!');
    await user.click(within(callout).getByTestId('case-conflict-reapply'));
    await waitFor(() => expect(callsTo('PATCH', '/api/cases/case-1/comments')).toHaveLength(2));
    expect(callsTo('PATCH', '/api/cases/case-1/comments')[1].body).toMatchObject({ id: 'comment-1', version: 'cv2', comment: 'My wording!' });
    await waitFor(() => expect(screen.queryByTestId('case-conflict-callout')).not.toBeInTheDocument());
  });

  it('deletes a comment only after confirmation', async () => {
    const { callsTo } = renderCaseView({ routes: { 'DELETE /api/cases/case-1/comments/comment-1': { status: 204 } } });
    const user = setup();
    await openCommentMenu(user);
    await user.click(await screen.findByTestId('property-actions-user-action-trash'));
    const modal = await screen.findByTestId('property-actions-confirm-modal');
    await user.click(within(modal).getByTestId('confirmModalCancelButton'));
    expect(callsTo('DELETE', '/api/cases/case-1/comments/comment-1')).toHaveLength(0);

    await openCommentMenu(user);
    await user.click(await screen.findByTestId('property-actions-user-action-trash'));
    await user.click(within(await screen.findByTestId('property-actions-confirm-modal')).getByTestId('confirmModalConfirmButton'));
    await waitFor(() => expect(callsTo('DELETE', '/api/cases/case-1/comments/comment-1')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId('property-actions-confirm-modal')).not.toBeInTheDocument());
  });

  it('quotes a comment into the new-comment box and focuses it', async () => {
    renderCaseView();
    const user = setup();
    await screen.findByTestId('add-comment');
    await user.type(newCommentBox(), 'Agreed.');
    await openCommentMenu(user);
    await user.click(await screen.findByTestId('property-actions-user-action-quote'));
    expect(newCommentBox()).toHaveValue('Agreed.\n\n> Checked the **firewall** logs\n> second line\n\n');
    await waitFor(() => expect(newCommentBox()).toHaveFocus());
  });
});

describe('activity: paging', () => {
  it('loads more activity when there are more than 100 entries, keeping newer comments in sight', async () => {
    const first = makeUserActions();
    const later = action({ action: 'update', type: 'title', payload: { title: 'Later title' }, created_at: '2024-06-01T00:00:00.000Z' });
    const base = makeCase();
    const theCase = {
      ...base,
      comments: [...base.comments, { ...base.comments[0], id: 'comment-new', comment: 'Newest note', created_at: '2024-06-02T00:00:00.000Z', created_by: BOB }],
    } as Case;
    const { callsTo } = renderCaseView({
      state: { theCase },
      routes: {
        'GET /api/cases/case-1/user_actions/_find': (request) =>
          request.url.includes('page=2') ? { body: findResponse([later], 2, first.length + 1) } : { body: findResponse(first, 1, first.length + 1) },
      },
    });
    const user = setup();
    expect(await screen.findByTestId('user-actions-count')).toHaveTextContent(`Showing ${first.length} of ${first.length + 1}`);
    expect(within(screen.getByTestId('user-actions-latest-comments')).getByTestId('comment-comment-new')).toHaveTextContent('Newest note');
    await user.click(screen.getByTestId('user-actions-load-more'));
    await waitFor(() => expect(screen.getByText('changed the title to “Later title”', { exact: false })).toBeInTheDocument());
    expect(callsTo('GET', '/api/cases/case-1/user_actions/_find').some((call) => call.url.includes('page=2'))).toBe(true);
    expect(screen.queryByTestId('user-actions-load-more')).not.toBeInTheDocument();
    // All pages are in: the comment with no logged creation takes its place in time order.
    expect(within(screen.getByTestId('user-actions-list')).getByTestId('comment-comment-new')).toBeInTheDocument();
  });
});

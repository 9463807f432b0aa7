import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Case } from '../../../common/types/domain/case';
import { ACTIVITY_FILTER_STORAGE_KEY, ACTIVITY_SORT_STORAGE_KEY } from '../user_actions/use_activity_preferences';
import { renderCaseView } from './case_view_test_harness';
import { action, makeCase, makeUserActions } from './test_fixtures';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const feedCalls = (callsTo: ReturnType<typeof renderCaseView>['callsTo']) =>
  callsTo('GET', '/api/cases/case-1/user_actions/_find').filter((call) => !call.url.includes('perPage=0'));


beforeEach(() => window.localStorage.clear());

describe('activity filter and order', () => {
  it('shows each filter with its server count, asks the server for the chosen one and remembers it', async () => {
    const { callsTo, unmount } = renderCaseView();
    const user = setup();
    // 13 entries: 2 comment creations and a deletion (Kibana's History leaves out all three) and 10 others.
    await waitFor(() => expect(screen.getByTestId('user-actions-filter-all')).toHaveTextContent('All 13'));
    await waitFor(() => expect(screen.getByTestId('user-actions-filter-comments')).toHaveTextContent('Comments 2'));
    expect(screen.getByTestId('user-actions-filter-history')).toHaveTextContent('History 10');

    await user.click(screen.getByTestId('user-actions-filter-history'));
    await waitFor(() => expect(feedCalls(callsTo).at(-1)!.url).toContain('types=action'));
    await waitFor(() => expect(screen.queryByTestId('comment-comment-1')).not.toBeInTheDocument());
    expect(await screen.findByTestId('user-action-title-update')).toBeInTheDocument();

    await user.click(screen.getByTestId('user-actions-filter-comments'));
    await waitFor(() => expect(feedCalls(callsTo).at(-1)!.url).toContain('types=user'));
    expect(await screen.findByTestId('comment-comment-1')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('user-action-title-update')).not.toBeInTheDocument());
    expect(window.localStorage.getItem(ACTIVITY_FILTER_STORAGE_KEY)).toBe('user');

    unmount();
    const again = renderCaseView();
    await screen.findByTestId('user-actions-list');
    expect(feedCalls(again.callsTo)[0].url).toContain('types=user');
  });

  it('orders newest first on request, from the server, and opens the next case the same way', async () => {
    const { callsTo, unmount } = renderCaseView();
    const user = setup();
    await screen.findByTestId('user-actions-list');
    expect(feedCalls(callsTo)[0].url).toContain('sortOrder=asc');
    await user.selectOptions(screen.getByTestId('user-actions-sort-select'), 'desc');
    await waitFor(() => expect(feedCalls(callsTo).at(-1)!.url).toContain('sortOrder=desc'));
    const list = screen.getByTestId('user-actions-list');
    await waitFor(() => expect(within(list).getAllByTestId(/^user-action-/)[0]).toHaveAttribute('data-test-subj', 'user-action-comment-delete'));
    expect(window.localStorage.getItem(ACTIVITY_SORT_STORAGE_KEY)).toBe('desc');

    unmount();
    const again = renderCaseView();
    await screen.findByTestId('user-actions-list');
    expect(feedCalls(again.callsTo)[0].url).toContain('sortOrder=desc');
  });
});

describe('comment links', () => {
  const scrolled: Element[] = [];
  beforeAll(() => {
    HTMLElement.prototype.scrollIntoView = function scrollIntoView(this: Element) {
      scrolled.push(this);
    };
  });
  beforeEach(() => (scrolled.length = 0));

  it('opens the case at the comment, scrolls to it and highlights it until the next click', async () => {
    renderCaseView({ path: '/case-1/comment-1' });
    const comment = await screen.findByTestId('comment-comment-1');
    await waitFor(() => expect(comment).toHaveAttribute('aria-current', 'location'));
    expect(scrolled.map((element) => element.getAttribute('data-test-subj'))).toContain('comment-comment-1');
    await setup().click(screen.getByTestId('case-view-header'));
    await waitFor(() => expect(comment).not.toHaveAttribute('aria-current'));
  });

  it('loads older pages until the comment is on screen when reading newest first', async () => {
    window.localStorage.setItem(ACTIVITY_SORT_STORAGE_KEY, 'desc');
    const old = makeUserActions();
    const filler = Array.from({ length: 150 }, (_, i) =>
      action({ action: 'update', type: 'title', payload: { title: `t${i}` }, created_at: `2024-06-01T00:${String(i % 60).padStart(2, '0')}:00.000Z` }),
    );
    const { callsTo } = renderCaseView({ path: '/case-1/comment-1', state: { userActions: [...old, ...filler] } });
    const comment = await screen.findByTestId('comment-comment-1', {}, { timeout: 10_000 });
    expect(feedCalls(callsTo).some((call) => call.url.includes('page=2'))).toBe(true);
    await waitFor(() => expect(comment).toHaveAttribute('aria-current', 'location'));
  });

  it('says so when the linked comment is gone, and shows the case', async () => {
    renderCaseView({ path: '/case-1/comment-gone' });
    expect(await screen.findByTestId('user-actions-link-missing')).toBeInTheDocument();
    expect(screen.getByTestId('case-view-page')).toBeInTheDocument();
  });

  it('copies the absolute link to a comment, with the space in it, from the comment menu', async () => {
    renderCaseView({ basename: '/s/soc/app/cases' });
    // user-event puts its own clipboard on navigator; read what was written from it.
    const user = setup();
    const comment = await screen.findByTestId('comment-comment-1');
    await user.click(within(comment).getByTestId('property-actions-user-action-ellipses'));
    await user.click(await screen.findByTestId('property-actions-user-action-link'));
    expect(await screen.findByTestId('comment-link-copied-toast')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe('http://localhost/s/soc/app/cases/case-1/comment-1');
  });
});

describe('assign yourself', () => {
  it('adds the current user to the assignees in one click', async () => {
    const { callsTo } = renderCaseView();
    const user = setup();
    await user.click(await screen.findByTestId('case-view-assign-yourself-link'));
    await waitFor(() => expect(callsTo('PATCH', '/api/cases')).toHaveLength(1));
    expect(callsTo('PATCH', '/api/cases')[0].body).toEqual({ cases: [{ id: 'case-1', version: 'v1', assignees: [{ uid: 'u-bob' }, { uid: 'u1' }] }] });
    await waitFor(() => expect(screen.queryByTestId('case-view-assign-yourself-link')).not.toBeInTheDocument());
  });

  it('is not offered to someone already assigned', async () => {
    renderCaseView({ state: { theCase: makeCase({ assignees: [{ uid: 'u1' }] }) as Case } });
    await screen.findByTestId('caseAssigneeAvatar-u1');
    expect(screen.queryByTestId('case-view-assign-yourself-link')).not.toBeInTheDocument();
  });
});

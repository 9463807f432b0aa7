import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CASE_1, currentSearch, findResponse, lastFindParams, renderAllCases } from './test_helpers';

// EUI popovers and tables in jsdom take seconds per interaction on a busy machine.

const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });

describe('AllCasesPage: filters', () => {
  it.each([
    ['status', 'in-progress', 'status', 'in-progress'],
    ['severity', 'critical', 'severity', 'critical'],
    ['tags', 'ransomware', 'tags', 'ransomware'],
    ['reporters', 'carol', 'reporters', 'carol'],
    ['category', 'Insider', 'category', 'Insider'],
    ['assignees', 'none', 'assignees', 'none'],
    ['assignees', 'u2', 'assignees', 'u2'],
  ])('the %s filter sends %s', async (filter, option, param, value) => {
    const { fetchMock } = renderAllCases();
    await screen.findByTestId('cases-table-row-c1');
    const u = user();
    await u.click(screen.getByTestId(`options-filter-popover-button-${filter}`));
    await u.click(await screen.findByTestId(`options-filter-popover-item-${option}`));
    await waitFor(() => expect(lastFindParams(fetchMock.calls).getAll(param)).toEqual([value]));
    expect(currentSearch(screen.getByTestId('location-probe')).getAll(param)).toEqual([value]);
  });

  it('loads the tag, reporter and category lists only once the first page is shown, and users only when asked', async () => {
    let showPage: () => void = () => undefined;
    const pageShown = new Promise<void>((resolve) => (showPage = resolve));
    const { fetchMock } = renderAllCases({
      routes: { 'GET /api/cases/_find': async () => (await pageShown, { body: findResponse([CASE_1]) }) },
    });
    const asked = (path: string) => fetchMock.calls.some((call) => call.url.split('?')[0].endsWith(path));
    await screen.findByTestId('options-filter-popover-button-tags');
    for (const path of ['/api/cases/tags', '/api/cases/reporters', '/internal/cases/categories']) expect(asked(path)).toBe(false);
    showPage();
    await screen.findByTestId('cases-table-row-c1');
    await waitFor(() => expect(asked('/api/cases/tags') && asked('/api/cases/reporters') && asked('/internal/cases/categories')).toBe(true));
    expect(asked('/internal/cases/_suggest_user_profiles')).toBe(false);
  });

  it('shows no count on a filter until its values are known, never a 0', async () => {
    let sendTags: () => void = () => undefined;
    const tagsSent = new Promise<void>((resolve) => (sendTags = resolve));
    renderAllCases({ routes: { 'GET /api/cases/tags': async () => (await tagsSent, { body: ['phishing', 'email', 'ransomware'] }) } });
    await screen.findByTestId('cases-table-row-c1');
    const count = (filter: string) =>
      screen.getByTestId(`options-filter-popover-button-${filter}`).querySelector('.euiFilterButton__notification')?.textContent ?? null;
    expect(count('tags')).toBeNull();
    expect(count('assignees')).toBeNull();
    expect(count('status')).toBe('3');
    await waitFor(() => expect(count('category')).toBe('2'));
    expect(count('reporters')).toBe('2');
    sendTags();
    await waitFor(() => expect(count('tags')).toBe('3'));
  });

  it('combines several values of one filter and unchecks them', async () => {
    const { fetchMock } = renderAllCases();
    await screen.findByTestId('cases-table-row-c1');
    const u = user();
    await u.click(screen.getByTestId('options-filter-popover-button-status'));
    await u.click(await screen.findByTestId('options-filter-popover-item-open'));
    await u.click(screen.getByTestId('options-filter-popover-item-closed'));
    await waitFor(() => expect(lastFindParams(fetchMock.calls).getAll('status')).toEqual(['open', 'closed']));
    await u.click(screen.getByTestId('options-filter-popover-item-open'));
    await waitFor(() => expect(lastFindParams(fetchMock.calls).getAll('status')).toEqual(['closed']));
  });

  it('names assignees from their profiles and offers "No assignees"', async () => {
    renderAllCases({ url: '/?assignees=u1' });
    await screen.findByTestId('cases-table-row-c1');
    await user().click(screen.getByTestId('options-filter-popover-button-assignees'));
    const panel = await screen.findByTestId('options-filter-popover-panel-assignees');
    expect(within(panel).getByTestId('options-filter-popover-item-none')).toHaveTextContent('No assignees');
    await waitFor(() => expect(within(panel).getByTestId('options-filter-popover-item-u1')).toHaveTextContent('Alice Analyst'));
    expect(within(panel).getByTestId('options-filter-popover-item-u1')).toHaveAttribute('aria-checked', 'true');
  });

  it('searches users on the server as the analyst types in the assignees filter', async () => {
    const { fetchMock } = renderAllCases();
    await screen.findByTestId('cases-table-row-c1');
    const u = user();
    await u.click(screen.getByTestId('options-filter-popover-button-assignees'));
    await u.type(await screen.findByTestId('assignees-search-input'), 'bo');
    await waitFor(() =>
      expect(fetchMock.calls.some((call) => call.url.endsWith('_suggest_user_profiles') && (call.body as { name: string }).name === 'bo')).toBe(true),
    );
  });

  it('shows a message and clears the filters when nothing matches', async () => {
    const { fetchMock } = renderAllCases({
      url: '/?status=closed&search=nothing',
      routes: { 'GET /api/cases/_find': (request) => ({ body: findResponse(request.url.includes('status=closed') ? [] : [CASE_1]) }) },
    });
    expect(await screen.findByTestId('cases-table-no-matches')).toBeInTheDocument();
    await user().click(screen.getByTestId('cases-table-clear-filters'));
    expect(await screen.findByTestId('cases-table-row-c1')).toBeInTheDocument();
    expect(lastFindParams(fetchMock.calls).has('status')).toBe(false);
    expect(lastFindParams(fetchMock.calls).has('search')).toBe(false);
    expect(screen.getByTestId('cases-search')).toHaveValue('');
  });
});

describe('AllCasesPage: empty, loading and error states', () => {
  it('invites to create the first case when there are none', async () => {
    renderAllCases({ routes: { 'GET /api/cases/_find': { body: findResponse([]) } } });
    expect(await screen.findByTestId('cases-table-empty')).toHaveTextContent('No cases yet');
    await user().click(screen.getByTestId('cases-table-add-case'));
    expect(await screen.findByTestId('create-page')).toBeInTheDocument();
  });

  it('offers all cases when only the date range is empty', async () => {
    const { fetchMock } = renderAllCases({
      routes: {
        'GET /api/cases/_find': (request) => ({ body: findResponse(request.url.includes('from=') ? [] : [CASE_1]) }),
      },
    });
    expect(await screen.findByTestId('cases-table-empty-range')).toBeInTheDocument();
    expect(screen.getByTestId('cases-table-add-case')).toBeInTheDocument();
    await user().click(screen.getByTestId('cases-table-show-all'));
    expect(await screen.findByTestId('cases-table-row-c1')).toBeInTheDocument();
    expect(lastFindParams(fetchMock.calls).has('from')).toBe(false);
  });

  it('shows a loading state before the first answer', async () => {
    let release: () => void = () => undefined;
    renderAllCases({
      routes: {
        'GET /api/cases/_find': () => new Promise((resolve) => (release = () => resolve({ body: findResponse([CASE_1]) }))),
      },
    });
    expect(await screen.findByTestId('cases-table-loading')).toBeInTheDocument();
    release();
    expect(await screen.findByTestId('cases-table-row-c1')).toBeInTheDocument();
  });

  it('shows a load error and retries', async () => {
    let fail = true;
    renderAllCases({
      routes: {
        'GET /api/cases/_find': () =>
          fail ? { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'db down' } } : { body: findResponse([CASE_1]) },
      },
    });
    expect(await screen.findByTestId('cases-table-error')).toHaveTextContent('db down');
    fail = false;
    await user().click(screen.getByTestId('cases-table-retry'));
    expect(await screen.findByTestId('cases-table-row-c1')).toBeInTheDocument();
  });
});

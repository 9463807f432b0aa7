import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CASE_1, CASE_2, currentSearch, findCalls, findResponse, lastFindParams, makeCase, renderAllCases } from './test_helpers';

// EUI popovers and tables in jsdom take seconds per interaction on a busy machine.

const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });

describe('AllCasesPage: list', () => {
  it('renders the rows of the find answer', async () => {
    const { fetchMock } = renderAllCases();
    const row = await screen.findByTestId('cases-table-row-c1');
    expect(within(row).getByTestId('case-table-column-number')).toHaveTextContent('#42');
    const link = within(row).getByTestId('case-details-link');
    expect(link).toHaveTextContent('Phishing wave');
    expect(link).toHaveAttribute('href', '/c1');
    expect(within(row).getByTestId('case-table-column-tags-phishing')).toBeInTheDocument();
    expect(within(row).getByTestId('case-table-column-tags-more')).toHaveTextContent('+2');
    expect(within(row).getByTestId('case-table-column-comments')).toHaveTextContent('3');
    expect(within(row).getByTestId('case-table-column-category')).toHaveTextContent('Malware');
    expect(within(row).getByTestId('case-severity-badge-high')).toHaveTextContent('High');
    expect(within(row).getByTestId('case-status-badge-open')).toHaveTextContent('Open');
    expect(await within(row).findByLabelText('Alice Analyst')).toBeInTheDocument();
    expect(screen.getByTestId('cases-table-row-c2')).toHaveTextContent('Lateral movement');

    const params = lastFindParams(fetchMock.calls);
    expect(Object.fromEntries(params)).toEqual({ from: 'now-30d', to: 'now', sortField: 'createdAt', sortOrder: 'desc', page: '1', perPage: '10' });
  });

  it('opens a case in the app on a click of its title', async () => {
    renderAllCases();
    await user().click(await screen.findByText('Phishing wave'));
    expect(await screen.findByTestId('case-view-page')).toBeInTheDocument();
    expect(screen.getByTestId('location-probe')).toHaveAttribute('data-pathname', '/c1');
  });

  it('goes to the create page from the header', async () => {
    renderAllCases();
    await user().click(await screen.findByTestId('createNewCaseBtn'));
    expect(await screen.findByTestId('create-page')).toBeInTheDocument();
  });

  it('shows the status counts of the find answer and the mean time to close', async () => {
    const { fetchMock } = renderAllCases({
      routes: { 'GET /api/cases/_find': { body: findResponse([CASE_1], { count_open_cases: 12, count_in_progress_cases: 4, count_closed_cases: 30 }) } },
    });
    const metrics = await screen.findByTestId('cases-metrics');
    await waitFor(() => expect(within(metrics).getByTestId('cases-metrics-open')).toHaveTextContent('12'));
    expect(within(metrics).getByTestId('cases-metrics-in-progress')).toHaveTextContent('4');
    expect(within(metrics).getByTestId('cases-metrics-closed')).toHaveTextContent('30');
    await waitFor(() => expect(within(metrics).getByTestId('cases-metrics-mttr')).toHaveTextContent('2h 5m'));
    const metricsCall = fetchMock.calls.find((call) => call.url.startsWith('/internal/cases/metrics'));
    expect(metricsCall?.url).toContain('from=now-30d');
    expect(metricsCall?.url).toContain('to=now');
  });

  it('shows a dash when no case was closed', async () => {
    renderAllCases({ routes: { 'GET /internal/cases/metrics': { body: { mttr: null } } } });
    const metrics = await screen.findByTestId('cases-metrics');
    await waitFor(() => expect(within(metrics).getByTestId('cases-metrics-mttr')).toHaveTextContent('—'));
  });

  it('shows "Closed on" only when closed cases can be listed', async () => {
    renderAllCases();
    await screen.findByTestId('cases-table-row-c1');
    expect(screen.queryByText('Closed on')).not.toBeInTheDocument();
  });

  it('shows "Closed on" when a row is closed', async () => {
    const closed = makeCase({ id: 'c3', status: 'closed', closed_at: '2024-05-02T10:00:00.000Z' });
    renderAllCases({ routes: { 'GET /api/cases/_find': { body: findResponse([CASE_1, closed]) } } });
    await screen.findByTestId('cases-table-row-c3');
    expect(screen.getAllByText('Closed on').length).toBeGreaterThan(0);
    expect(within(screen.getByTestId('cases-table-row-c3')).getByTestId('case-table-column-closedAt')).toBeInTheDocument();
  });
});

describe('AllCasesPage: URL state', () => {
  it('reads the view from the URL on load', async () => {
    const { fetchMock } = renderAllCases({
      url: '/?search=%2342&status=closed&severity=high&tags=phishing&assignees=none&reporters=elastic&category=Malware&range=all&sortField=title&sortOrder=asc&page=2&perPage=25',
    });
    await screen.findByTestId('cases-table');
    const params = lastFindParams(fetchMock.calls);
    expect(params.get('search')).toBe('#42');
    expect(params.getAll('status')).toEqual(['closed']);
    expect(params.getAll('severity')).toEqual(['high']);
    expect(params.getAll('tags')).toEqual(['phishing']);
    expect(params.getAll('assignees')).toEqual(['none']);
    expect(params.getAll('reporters')).toEqual(['elastic']);
    expect(params.getAll('category')).toEqual(['Malware']);
    expect(params.has('from')).toBe(false);
    expect(params.has('to')).toBe(false);
    expect(params.get('sortField')).toBe('title');
    expect(params.get('sortOrder')).toBe('asc');
    expect(params.get('page')).toBe('2');
    expect(params.get('perPage')).toBe('25');
    expect(screen.getByTestId('cases-search')).toHaveValue('#42');
    expect(screen.getByTestId('cases-date-range-set')).toBeInTheDocument();
  });

  it('falls back to defaults on a malformed URL', async () => {
    const { fetchMock } = renderAllCases({ url: '/?page=-1&perPage=13&sortField=%00&sortOrder=sideways&status=bogus&from=' });
    await screen.findByTestId('cases-table-row-c1');
    expect(Object.fromEntries(lastFindParams(fetchMock.calls))).toEqual({
      from: 'now-30d',
      to: 'now',
      sortField: 'createdAt',
      sortOrder: 'desc',
      page: '1',
      perPage: '10',
    });
  });
});

describe('AllCasesPage: search, sort and paging', () => {
  it('searches as typed and keeps the search in the URL', async () => {
    const { fetchMock } = renderAllCases();
    await screen.findByTestId('cases-table-row-c1');
    await user().type(screen.getByTestId('cases-search'), '#42');
    await waitFor(() => expect(lastFindParams(fetchMock.calls).get('search')).toBe('#42'));
    expect(currentSearch(screen.getByTestId('location-probe')).get('search')).toBe('#42');
    // A search text goes to `_search`, which also finds the cases holding it as an observable value.
    const lists = findCalls(fetchMock.calls);
    expect(lists[lists.length - 1]).toMatchObject({ method: 'POST', url: '/internal/cases/_search', body: { search: '#42' } });
  });

  it('does not send a search past the server bounds, and says why', async () => {
    const { fetchMock } = renderAllCases();
    await screen.findByTestId('cases-table-row-c1');
    await user().type(screen.getByTestId('cases-search'), 'a*{Enter}');
    expect(await screen.findByText(/A prefix term needs at least 2 letters or digits before the \*/)).toBeInTheDocument();
    expect(findCalls(fetchMock.calls).some((call) => lastFindParams([call]).get('search') === 'a*')).toBe(false);
    await user().clear(screen.getByTestId('cases-search'));
    await user().type(screen.getByTestId('cases-search'), 'ad*{Enter}');
    expect(lastFindParams(fetchMock.calls).get('search')).toBe('ad*');
    expect(screen.queryByText(/A prefix term needs/)).not.toBeInTheDocument();
  });

  it('searches at once on Enter', async () => {
    const { fetchMock } = renderAllCases();
    await screen.findByTestId('cases-table-row-c1');
    await user().type(screen.getByTestId('cases-search'), 'phish{Enter}');
    expect(lastFindParams(fetchMock.calls).get('search')).toBe('phish');
  });

  it('sorts by a column header', async () => {
    const { fetchMock } = renderAllCases();
    const table = await screen.findByTestId('cases-table');
    await screen.findByTestId('cases-table-row-c1');
    await user().click(within(table).getByRole('button', { name: /Name/ }));
    await waitFor(() => expect(lastFindParams(fetchMock.calls).get('sortField')).toBe('title'));
    expect(lastFindParams(fetchMock.calls).get('sortOrder')).toBe('asc');
    expect(currentSearch(screen.getByTestId('location-probe')).get('sortField')).toBe('title');
  });

  it('pages on the server and changes the page size', async () => {
    const { fetchMock } = renderAllCases({
      routes: { 'GET /api/cases/_find': { body: findResponse([CASE_1, CASE_2], { total: 57 }) } },
    });
    await screen.findByTestId('cases-table-row-c1');
    const u = user();
    await u.click(screen.getByTestId('pagination-button-next'));
    await waitFor(() => expect(lastFindParams(fetchMock.calls).get('page')).toBe('2'));
    expect(currentSearch(screen.getByTestId('location-probe')).get('page')).toBe('2');

    await u.click(screen.getByTestId('tablePaginationPopoverButton'));
    await u.click(await screen.findByTestId('tablePagination-50-rows'));
    await waitFor(() => expect(lastFindParams(fetchMock.calls).get('perPage')).toBe('50'));
    // A new page size starts from the first page.
    expect(lastFindParams(fetchMock.calls).get('page')).toBe('1');
  });

  it('goes back to page 1 when a filter changes', async () => {
    const { fetchMock } = renderAllCases({ url: '/?page=3', routes: { 'GET /api/cases/_find': { body: findResponse([CASE_1], { total: 57 }) } } });
    await screen.findByTestId('cases-table-row-c1');
    const u = user();
    await u.click(screen.getByTestId('options-filter-popover-button-status'));
    await u.click(await screen.findByTestId('options-filter-popover-item-open'));
    await waitFor(() => expect(lastFindParams(fetchMock.calls).getAll('status')).toEqual(['open']));
    expect(lastFindParams(fetchMock.calls).get('page')).toBe('1');
  });

  it('drops the date range with "Show all cases" and can set it again', async () => {
    const { fetchMock } = renderAllCases();
    await screen.findByTestId('cases-table-row-c1');
    const u = user();
    await u.click(screen.getByTestId('cases-show-all-button'));
    await waitFor(() => expect(lastFindParams(fetchMock.calls).has('from')).toBe(false));
    expect(currentSearch(screen.getByTestId('location-probe')).get('range')).toBe('all');
    const metricsCalls = fetchMock.calls.filter((call) => call.url.startsWith('/internal/cases/metrics'));
    expect(metricsCalls[metricsCalls.length - 1].url).not.toContain('from=');

    await u.click(screen.getByTestId('cases-date-range-set'));
    await waitFor(() => expect(lastFindParams(fetchMock.calls).get('from')).toBe('now-30d'));
    expect(findCalls(fetchMock.calls).length).toBeGreaterThanOrEqual(3);
  });
});

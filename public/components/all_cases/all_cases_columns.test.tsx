import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TABLE_COLUMNS_STORAGE_KEY, readStoredColumns } from './use_table_columns';
import { CASE_1, CASE_2, findResponse, makeCase, renderAllCases, setWindowWidth } from './test_helpers';

// EUI popovers and tables in jsdom take seconds per interaction on a busy machine.

const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });
const headers = () => within(screen.getByTestId('cases-table')).getAllByRole('columnheader').map((th) => th.textContent ?? '');
const hasHeader = (name: string) => headers().some((text) => text.includes(name));

beforeEach(() => window.localStorage.clear());

describe('AllCasesPage: column picker', () => {
  it('hides a switched-off column and keeps the choice in local storage', async () => {
    renderAllCases();
    await screen.findByTestId('cases-table-row-c1');
    expect(hasHeader('Category')).toBe(true);
    const u = user();
    await u.click(screen.getByTestId('column-selection-popover-button'));
    await u.click(await screen.findByTestId('column-selection-switch-category'));
    await waitFor(() => expect(hasHeader('Category')).toBe(false));
    expect(screen.queryByTestId('case-table-column-category')).not.toBeInTheDocument();
    const stored = JSON.parse(window.localStorage.getItem(TABLE_COLUMNS_STORAGE_KEY) ?? '[]');
    expect(stored).toContainEqual({ field: 'category', name: 'Category', isChecked: false });
    expect(stored).toContainEqual({ field: 'title', name: 'Name', isChecked: true });
  });

  it('restores the stored choice on the next visit', async () => {
    window.localStorage.setItem(
      TABLE_COLUMNS_STORAGE_KEY,
      JSON.stringify([
        { field: 'tags', name: 'Tags', isChecked: false },
        { field: 'severity', name: 'Severity', isChecked: false },
      ]),
    );
    renderAllCases();
    const row = await screen.findByTestId('cases-table-row-c1');
    expect(within(row).queryByTestId('case-table-column-tags')).not.toBeInTheDocument();
    expect(hasHeader('Severity')).toBe(false);
    expect(hasHeader('Status')).toBe(true);
  });

  it('never hides the Name column', async () => {
    window.localStorage.setItem(TABLE_COLUMNS_STORAGE_KEY, JSON.stringify([{ field: 'title', name: 'Name', isChecked: false }]));
    renderAllCases();
    const row = await screen.findByTestId('cases-table-row-c1');
    expect(within(row).getByTestId('case-details-link')).toHaveTextContent('Phishing wave');
    await user().click(screen.getByTestId('column-selection-popover-button'));
    expect(await screen.findByTestId('column-selection-switch-title')).toBeDisabled();
  });

  it('reads a stored value it cannot parse as the defaults', () => {
    expect(readStoredColumns('not json').every((c) => c.isChecked)).toBe(true);
    expect(readStoredColumns('[{"field":"gone","isChecked":false}]').map((c) => c.field)).not.toContain('gone');
  });
});

describe('AllCasesPage: width', () => {
  afterEach(() => setWindowWidth(1600));

  it('shows every column on a wide screen', async () => {
    renderAllCases({ width: 1600 });
    await screen.findByTestId('cases-table-row-c1');
    for (const name of ['Name', 'Assignees', 'Tags', 'Comments', 'Category', 'Created on', 'Updated on', 'Severity', 'Status']) {
      expect(hasHeader(name)).toBe(true);
    }
    expect(screen.getByTestId('cases-table').querySelector('table')?.className).not.toMatch(/-mobile\b/);
    expect(screen.getByTestId('column-selection-popover-button')).toHaveTextContent('Columns (11/11)');
  });

  it('drops the low-priority columns at 1024 px instead of crushing the title, and counts only what is shown', async () => {
    renderAllCases({ width: 1024 });
    await screen.findByTestId('cases-table-row-c1');
    for (const name of ['Tags', 'Comments', 'Category', 'Updated on']) expect(hasHeader(name)).toBe(false);
    for (const name of ['Name', 'Assignees', 'Created on', 'Severity', 'Status']) expect(hasHeader(name)).toBe(true);
    // #, Name, Assignees, Created on, Severity, Status; "Closed on" is switched on but narrow-hidden too.
    expect(screen.getByTestId('column-selection-popover-button')).toHaveTextContent('Columns (6/11)');
    await user().click(screen.getByTestId('column-selection-popover-button'));
    expect(await screen.findByTestId('column-selection-narrow-category')).toHaveTextContent('Shown on wider screens');
    expect(screen.getByTestId('column-selection-narrow-tags')).toHaveTextContent('Shown on wider screens');
  });

  it('counts a switched-off column once, whether or not the width would hide it', async () => {
    window.localStorage.setItem(
      TABLE_COLUMNS_STORAGE_KEY,
      JSON.stringify([
        { field: 'category', name: 'Category', isChecked: false },
        { field: 'severity', name: 'Severity', isChecked: false },
      ]),
    );
    renderAllCases({ width: 1024 });
    await screen.findByTestId('cases-table-row-c1');
    expect(screen.getByTestId('column-selection-popover-button')).toHaveTextContent('Columns (5/11)');
  });

  it('brings them back when the window widens', async () => {
    renderAllCases({ width: 1024 });
    await screen.findByTestId('cases-table-row-c1');
    expect(hasHeader('Category')).toBe(false);
    setWindowWidth(1600);
    await waitFor(() => expect(hasHeader('Category')).toBe(true));
  });

  it('turns the rows into cards at 768 px, with the tags a table row of that width has no room for', async () => {
    renderAllCases({ width: 768 });
    const row = await screen.findByTestId('cases-table-row-c1');
    // EUI's mobile layout: each cell carries its column name, as a card does.
    expect(within(row).getAllByText('Severity').length).toBeGreaterThan(0);
    expect(screen.getByTestId('cases-table').querySelector('table')?.className).toMatch(/-mobile\b/);
    expect(within(row).getByTestId('case-details-link')).toHaveTextContent('Phishing wave');
    expect(within(row).getByTestId('case-table-column-tags-phishing')).toBeInTheDocument();
    expect(within(row).queryByTestId('case-table-column-category')).not.toBeInTheDocument();
    // "#42" needs no "#" label above it.
    const number = within(row).getByTestId('case-table-column-number');
    expect(number).toHaveTextContent('#42');
    expect(within(row).queryByText('#')).not.toBeInTheDocument();
  });
});

describe('AllCasesPage: cells', () => {
  it('holds the full title in a tooltip on a one-line, truncating name', async () => {
    const long = 'Credential stuffing against the VPN gateway from a rotating residential proxy pool';
    renderAllCases({ routes: { 'GET /api/cases/_find': { body: findResponse([makeCase({ id: 'c9', title: long })]) } } });
    const link = within(await screen.findByTestId('cases-table-row-c9')).getByTestId('case-details-link');
    expect(link.closest('.eui-textTruncate')).not.toBeNull();
    await user().hover(link);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(long);
  });

  it('shows up to three assignees, then two and "+N" naming the rest', async () => {
    const assignees = ['u1', 'u2', 'u3', 'u4'].map((uid) => ({ uid }));
    renderAllCases({
      routes: {
        'GET /api/cases/_find': { body: findResponse([makeCase({ id: 'c5', assignees: assignees.slice(0, 3) }), makeCase({ id: 'c6', assignees })]) },
      },
    });
    const three = within(await screen.findByTestId('cases-table-row-c5'));
    expect(three.getByTestId('case-table-column-assignee-u3')).toBeInTheDocument();
    expect(three.queryByTestId('case-table-column-assignee-more')).not.toBeInTheDocument();
    const four = within(screen.getByTestId('cases-table-row-c6'));
    expect(four.getByTestId('case-table-column-assignee-u2')).toBeInTheDocument();
    expect(four.queryByTestId('case-table-column-assignee-u3')).not.toBeInTheDocument();
    expect(four.getByTestId('case-table-column-assignee-more')).toHaveTextContent('+2');
  });

  it('keeps tags on one line with "+N" opening all of them', async () => {
    renderAllCases();
    const row = await screen.findByTestId('cases-table-row-c1');
    // phishing, email, finance, urgent: the first two fit the cell.
    expect(within(row).getByTestId('case-table-column-tags-phishing')).toBeInTheDocument();
    expect(within(row).queryByTestId('case-table-column-tags-urgent')).not.toBeInTheDocument();
    const more = within(row).getByTestId('case-table-column-tags-more');
    expect(more).toHaveTextContent('+2');
    await user().click(more);
    const popover = await screen.findByTestId('case-table-column-tags-popover');
    for (const tag of CASE_1.tags) expect(within(popover).getByText(tag)).toBeInTheDocument();
  });

  it('shows short dates, with the year only before this one, and the full date in a tooltip', async () => {
    const thisYear = new Date().getFullYear();
    const recent = makeCase({ id: 'c7', created_at: `${thisYear}-03-04T09:05:00.000Z` });
    const old = makeCase({ id: 'c8', created_at: '2021-11-30T10:00:00.000Z' });
    renderAllCases({ routes: { 'GET /api/cases/_find': { body: findResponse([recent, old]) } } });
    const recentDate = within(await screen.findByTestId('cases-table-row-c7')).getByTestId('case-table-column-createdAt');
    expect(recentDate.textContent).toMatch(/^Mar [34]$/);
    const oldDate = within(screen.getByTestId('cases-table-row-c8')).getByTestId('case-table-column-createdAt');
    expect(oldDate).toHaveTextContent('Nov 30, 2021');
    await user().hover(oldDate);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/Nov 30, 2021 @ \d\d:00:00/);
  });

  it('shows "Closed on" when the status filter asks for closed cases', async () => {
    renderAllCases({ url: '/?status=closed', routes: { 'GET /api/cases/_find': { body: findResponse([CASE_2]) } } });
    await screen.findByTestId('cases-table-row-c2');
    expect(hasHeader('Closed on')).toBe(true);
  });
});

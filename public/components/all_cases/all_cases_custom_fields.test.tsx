import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RecordedRequest } from '../../core/mocks';
import { IMPACT_TOGGLE, TICKET_TEXT, makeConfiguration } from '../custom_fields/test_fixtures';
import { CASE_1, CASE_2, currentSearch, findResponse, findRouteCalls, makeCase, renderAllCases } from './test_helpers';
import { TABLE_COLUMNS_STORAGE_KEY } from './use_table_columns';
import { parseAllCasesState, serializeAllCasesState, toCustomFieldsFilter } from './url_state';

/**
 * These flows open four EUI popovers; each open and close asks jsdom for computed styles, which
 * walks every one of Emotion's ~600 style tags. About 5 s on an idle machine, several times that
 * on a busy one: the bound is generous so that only a wrong result fails.
 */
jest.setTimeout(180_000);

const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });
const headers = () => within(screen.getByTestId('cases-table')).getAllByRole('columnheader').map((th) => th.textContent ?? '');

const IMPACTED = makeCase({ id: 'c3', title: 'Customer data exposed', customFields: [{ key: 'impact', type: 'toggle', value: true }] });
const configured = {
  'GET /api/cases/configure': { body: [makeConfiguration({ customFields: [IMPACT_TOGGLE, TICKET_TEXT] })] },
  'POST /internal/cases/_search': { body: findResponse([IMPACTED]) },
};
const searchCalls = (calls: RecordedRequest[]) => calls.filter((c) => c.method === 'POST' && c.url.startsWith('/internal/cases/_search'));

beforeEach(() => window.localStorage.clear());

describe('AllCasesPage: custom field filters', () => {
  it('offers toggles under "More" and filters by one through _search', async () => {
    const { fetchMock, getByTestId } = renderAllCases({ routes: configured });
    await screen.findByTestId('cases-table-row-c1');
    const u = user();
    await u.click(await screen.findByTestId('options-filter-popover-button-more'));
    const more = await screen.findByTestId('options-filter-popover-panel-more');
    // Only toggles filter, as in Kibana: the text field is not offered.
    expect(within(more).queryByTestId('options-filter-popover-item-ticket')).not.toBeInTheDocument();
    await u.click(within(more).getByTestId('options-filter-popover-item-impact'));

    await u.click(await screen.findByTestId('options-filter-popover-button-cf_impact'));
    const panel = await screen.findByTestId('options-filter-popover-panel-cf_impact');
    await u.click(within(panel).getByTestId('options-filter-popover-item-on'));

    await waitFor(() => expect(searchCalls(fetchMock.calls)).toHaveLength(1));
    expect(searchCalls(fetchMock.calls)[0].body).toEqual({
      from: 'now-30d',
      to: 'now',
      sortField: 'createdAt',
      sortOrder: 'desc',
      page: 1,
      perPage: 10,
      owner: ['securitySolution'],
      customFields: { impact: [true] },
    });
    expect(await screen.findByTestId('cases-table-row-c3')).toBeInTheDocument();
    expect(currentSearch(getByTestId('location-probe')).getAll('cf_impact')).toEqual(['on']);
  });

  it('opens a link with a toggle filter straight on _search, with the other filters, and never unfiltered first', async () => {
    const { fetchMock } = renderAllCases({ url: '/?status=open&cf_impact=off&cf_impact=on', routes: configured });
    await screen.findByTestId('cases-table-row-c3');
    expect(findRouteCalls(fetchMock.calls)).toHaveLength(0);
    expect(searchCalls(fetchMock.calls)[0].body).toMatchObject({ status: ['open'], customFields: { impact: [false, true] } });
    expect(screen.getByTestId('options-filter-popover-button-cf_impact')).toHaveTextContent('Customer impact');
  });

  it('stays on _find when no custom field is configured', async () => {
    const { fetchMock } = renderAllCases();
    await screen.findByTestId('cases-table-row-c1');
    expect(screen.queryByTestId('options-filter-popover-button-more')).not.toBeInTheDocument();
    expect(searchCalls(fetchMock.calls)).toHaveLength(0);
  });

  it('keeps custom field filters in the URL and sends only the keys still defined as toggles', () => {
    const state = parseAllCasesState(new URLSearchParams('cf_impact=on&cf_impact=bogus&cf_BAD=on&cf_ticket=off'));
    expect(state.customFields).toEqual({ impact: ['on'], ticket: ['off'] });
    expect(serializeAllCasesState(state).toString()).toBe('cf_impact=on&cf_ticket=off');
    expect(toCustomFieldsFilter(state.customFields, new Set(['impact']))).toEqual({ impact: [true] });
    expect(toCustomFieldsFilter(state.customFields, new Set())).toBeUndefined();
  });
});

describe('AllCasesPage: custom field columns', () => {
  const routes = {
    ...configured,
    'GET /api/cases/_find': { body: findResponse([CASE_1, CASE_2, IMPACTED]) },
  };

  it('lists each custom field in the picker, hidden until switched on, and remembers the choice', async () => {
    const first = renderAllCases({ routes });
    await screen.findByTestId('cases-table-row-c3');
    expect(headers().some((h) => h.includes('Customer impact'))).toBe(false);
    const u = user();
    await u.click(screen.getByTestId('column-selection-popover-button'));
    const toggle = await screen.findByTestId('column-selection-switch-impact');
    expect(toggle).not.toBeChecked();
    await u.click(toggle);
    await waitFor(() => expect(headers().some((h) => h.includes('Customer impact'))).toBe(true));
    expect(within(screen.getByTestId('cases-table-row-c3')).getByTestId('case-table-column-custom-field-impact')).toHaveTextContent('On');
    // A case from before the field existed has no value for it.
    expect(within(screen.getByTestId('cases-table-row-c1')).getByTestId('case-table-column-custom-field-impact')).toHaveTextContent('Not defined');
    const stored = JSON.parse(window.localStorage.getItem(TABLE_COLUMNS_STORAGE_KEY) ?? '[]');
    expect(stored).toContainEqual({ field: 'impact', name: 'Customer impact', isChecked: true });
    expect(stored).toContainEqual({ field: 'ticket', name: 'Ticket reference', isChecked: false });

    first.unmount();
    renderAllCases({ routes });
    await screen.findByTestId('cases-table-row-c3');
    await waitFor(() => expect(headers().some((h) => h.includes('Customer impact'))).toBe(true));
  });

  it('leaves custom columns for wider screens at 1024 px so the title keeps its width', async () => {
    window.localStorage.setItem(TABLE_COLUMNS_STORAGE_KEY, JSON.stringify([{ field: 'impact', name: 'Customer impact', isChecked: true }]));
    renderAllCases({ routes, width: 1024 });
    await screen.findByTestId('cases-table-row-c3');
    await user().click(screen.getByTestId('column-selection-popover-button'));
    expect(await screen.findByTestId('column-selection-narrow-impact')).toHaveTextContent('Shown on wider screens');
    expect(headers().some((h) => h.includes('Customer impact'))).toBe(false);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Case } from '../../../common/types/domain/case';
import type { RecordedRequest } from '../../core/mocks';
import { makeCase } from '../case_view/test_fixtures';
import { CaseObservablesTab } from './case_observables_tab';
import { caseWith, observable, renderCaseTab } from './test_harness';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const IP = observable('o-ip', 'observable-type-ipv4', '203.0.113.7');

const holding = (id: string, title: string, typeKeys: string[], overrides: Partial<Case> = {}) => {
  const { comments: _omitted, ...rest } = makeCase({ id, title, ...overrides });
  return { ...rest, matches: { observables: typeKeys.map((typeKey, i) => observable(`${id}-o${i}`, typeKey, '203.0.113.7')) } };
};

/** The search route: counts for a `values` body, a page of cases (12 in all) for a `value` body. */
function searchRoute(request: RecordedRequest) {
  const body = request.body as { values?: string[]; value?: string; page?: number; perPage?: number };
  if (body.values) return { body: { counts: { '203.0.113.7': 11 } } };
  const all = [
    holding('case-1', 'This very case', ['observable-type-ipv4']),
    holding('case-2', 'Beaconing from the print server', ['observable-type-ipv4', 'custom-ticket'], { status: 'in-progress', severity: 'high' }),
    ...Array.from({ length: 10 }, (_, i) => holding(`case-x${i}`, `Older case ${i}`, ['observable-type-ipv4'])),
  ];
  const page = body.page ?? 1;
  const perPage = body.perPage ?? 10;
  return { body: { cases: all.slice((page - 1) * perPage, page * perPage), page, per_page: perPage, total: all.length } };
}

const renderTab = () =>
  renderCaseTab((caseData) => <CaseObservablesTab caseData={caseData} search="" />, {
    theCase: caseWith([IP]),
    routes: { 'POST /internal/cases/observables/_search': searchRoute },
  });

const valueSearches = (calls: RecordedRequest[]) => calls.filter((call) => (call.body as { value?: string }).value !== undefined);

describe('where else have we seen this value', () => {
  it('opens from "Seen in N other cases" and lists the cases holding the value, each a link to it', async () => {
    const { callsTo } = renderTab();
    const user = setup();
    await user.click(await screen.findByText('Seen in 11 other cases'));
    const flyout = await screen.findByTestId('observable-search-flyout');
    const row = await within(flyout).findByTestId('observable-search-row-case-2');
    expect(row).toHaveTextContent('Beaconing from the print server');
    expect(row).toHaveTextContent('In progress');
    expect(within(row).getAllByText(/IPv4|custom-ticket/)).toHaveLength(2);
    expect(within(row).getByTestId('case-details-link')).toHaveAttribute('href', '/case-2');
    // The case the search started from holds it too, and says so.
    expect(within(flyout).getByTestId('observable-search-row-case-1')).toHaveTextContent('This case');
    expect(within(flyout).getByTestId('observable-search-total')).toHaveTextContent('12 cases hold 203.0.113.7');
    expect(valueSearches(callsTo('POST', '/internal/cases/observables/_search'))[0].body).toEqual({ value: '203.0.113.7', page: 1, perPage: 10 });

    await user.click(within(flyout).getByTestId('pagination-button-next'));
    expect(await within(flyout).findByTestId('observable-search-row-case-x9')).toBeInTheDocument();
    expect(valueSearches(callsTo('POST', '/internal/cases/observables/_search')).at(-1)!.body).toEqual({ value: '203.0.113.7', page: 2, perPage: 10 });

    await user.click(within(flyout).getAllByTestId('case-details-link')[0]);
    await waitFor(() => expect(screen.getByTestId('test-location')).toHaveTextContent('/case-x8'));
  });

  it('opens from the "Search all cases" field with the value typed there', async () => {
    const { callsTo } = renderTab();
    const user = setup();
    await user.type(await screen.findByTestId('observables-search-all-input'), '  203.0.113.7 {enter}');
    const flyout = await screen.findByTestId('observable-search-flyout');
    expect(await within(flyout).findByTestId('observable-search-row-case-2')).toBeInTheDocument();
    expect(valueSearches(callsTo('POST', '/internal/cases/observables/_search'))[0].body).toEqual({ value: '203.0.113.7', page: 1, perPage: 10 });
  });
});

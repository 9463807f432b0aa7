import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Case } from '../../../common/types/domain/case';
import type { RecordedRequest } from '../../core/mocks';
import { makeCase } from '../case_view/test_fixtures';
import { caseWith, observable, renderCaseTab } from '../case_observables/test_harness';
import { SimilarCasesTab } from './similar_cases_tab';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const IP = observable('o-ip', 'observable-type-ipv4', '203.0.113.7');

const similar = (id: string, title: string, shared: Array<[string, string, string]>, overrides: Partial<Case> = {}) => {
  const { comments: _omitted, ...rest } = makeCase({ id, title, ...overrides });
  return { ...rest, similarities: { observables: shared.map(([typeKey, typeLabel, value]) => ({ typeKey, typeLabel, value })) } };
};

const ALL = [
  similar('case-2', 'Same C2 and domain', [
    ['observable-type-ipv4', 'IPv4', '203.0.113.7'],
    ['observable-type-domain', 'Domain', 'evil.example.com'],
  ], { status: 'closed', severity: 'critical', tags: ['apt', 'c2'] }),
  ...Array.from({ length: 11 }, (_, i) => similar(`case-s${i}`, `Sharing the IP ${i}`, [['observable-type-ipv4', 'IPv4', '203.0.113.7']])),
];

function similarRoute(request: RecordedRequest) {
  const { page = 1, perPage = 10 } = request.body as { page?: number; perPage?: number };
  return { body: { cases: ALL.slice((page - 1) * perPage, page * perPage), page, per_page: perPage, total: ALL.length } };
}

const renderTab = (theCase: Case, route: (request: RecordedRequest) => { body: unknown }) =>
  renderCaseTab((caseData) => <SimilarCasesTab caseData={caseData} />, { theCase, routes: { 'POST /internal/cases/case-1/_similar': route } });

const empty = () => ({ body: { cases: [], page: 1, per_page: 10, total: 0 } });

describe('the Similar cases tab', () => {
  it('lists the cases sharing observables, with the shared pairs as badges, ten to a page', async () => {
    const { callsTo } = renderTab(caseWith([IP]), similarRoute);
    const row = await screen.findByTestId('similar-case-row-case-2');
    expect(within(row).getByTestId('case-details-link')).toHaveTextContent('Same C2 and domain');
    expect(within(row).getByTestId('case-details-link')).toHaveAttribute('href', '/case-2');
    expect(within(row).getAllByTestId('similar-case-shared-observable').map((badge) => badge.textContent)).toEqual(['IPv4: 203.0.113.7', 'Domain: evil.example.com']);
    expect(row).toHaveTextContent('Closed');
    expect(row).toHaveTextContent('Critical');
    expect(row).toHaveTextContent('apt');
    expect(screen.getAllByTestId(/^similar-case-row-/)).toHaveLength(10);
    expect(screen.getByTestId('similar-cases-total')).toHaveTextContent('12 cases share observables with this one');
    expect(callsTo('POST', '/internal/cases/case-1/_similar')[0].body).toEqual({ page: 1, perPage: 10 });

    await setup().click(screen.getByTestId('pagination-button-next'));
    expect(await screen.findByTestId('similar-case-row-case-s10')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByTestId(/^similar-case-row-/)).toHaveLength(2));
    expect(callsTo('POST', '/internal/cases/case-1/_similar').at(-1)!.body).toEqual({ page: 2, perPage: 10 });
  });

  it('says no other case shares an observable when none does', async () => {
    renderTab(caseWith([IP]), empty);
    expect(await screen.findByTestId('similar-cases-empty')).toHaveTextContent('No other case in this space shares an observable with this one.');
  });

  it('points a case without observables to the Observables section', async () => {
    renderTab(caseWith([]), empty);
    expect(await screen.findByTestId('similar-cases-no-observables')).toHaveTextContent('This case has no observables yet');
    await setup().click(screen.getByTestId('similar-cases-go-to-observables'));
    await waitFor(() => expect(screen.getByTestId('test-location')).toHaveTextContent('/case-1?tabId=observables'));
  });

  it('says so when the server fails, and tries again', async () => {
    let fail = true;
    renderTab(caseWith([IP]), (request) => (fail ? { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'boom' } } : similarRoute(request)) as { body: unknown });
    expect(await screen.findByTestId('similar-cases-error')).toHaveTextContent('boom');
    fail = false;
    await setup().click(screen.getByTestId('similar-cases-retry'));
    expect(await screen.findByTestId('similar-case-row-case-2')).toBeInTheDocument();
  });
});

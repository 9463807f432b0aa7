import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderCaseView } from '../case_view/case_view_test_harness';
import { makeAlert, makeCase } from '../case_view/test_fixtures';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });
const query = (url: string) => new URL(url, 'http://localhost').searchParams;
const ALERTS_FIND = '/internal/cases/case-1/alerts/_find';

/** 30 alerts, a minute apart, the newest last; their rules sort in the opposite order. */
const thirtyAlerts = () =>
  Array.from({ length: 30 }, (_, i) =>
    makeAlert(`a-${String(i).padStart(2, '0')}`, {
      '@timestamp': `2024-05-01T09:${String(i).padStart(2, '0')}:00.000Z`,
      'kibana.alert.rule.name': `Rule ${99 - i}`,
    }),
  );

describe('case view Alerts tab', () => {
  it('asks the server for one page at a time, newest first, and follows paging and sorting', async () => {
    const { callsTo } = renderCaseView({ path: '/case-1?tabId=alerts', state: { theCase: makeCase({ totalAlerts: 30 }), alerts: thirtyAlerts() } });
    const user = setup();
    expect(await screen.findByTestId('case-alerts-row-a-29')).toBeInTheDocument();
    const first = query(callsTo('GET', ALERTS_FIND)[0].url);
    expect(Object.fromEntries(first)).toEqual({ page: '1', perPage: '25', sortField: '@timestamp', sortOrder: 'desc' });
    expect(screen.getByTestId('case-alerts-count')).toHaveTextContent('30 alerts');
    expect(screen.queryByTestId('case-alerts-row-a-04')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('pagination-button-next'));
    expect(await screen.findByTestId('case-alerts-row-a-04')).toBeInTheDocument();
    expect(query(callsTo('GET', ALERTS_FIND).at(-1)!.url).get('page')).toBe('2');

    await user.click(screen.getByRole('button', { name: /^Rule/ }));
    await waitFor(() => expect(query(callsTo('GET', ALERTS_FIND).at(-1)!.url).get('sortField')).toBe('kibana.alert.rule.name'));
    const sorted = query(callsTo('GET', ALERTS_FIND).at(-1)!.url);
    expect(sorted.get('sortOrder')).toBe('asc');
    expect(sorted.get('page')).toBe('1');
    // Rule 70 is the newest alert's: first when sorted by rule.
    await waitFor(() => expect(screen.getAllByTestId(/^case-alerts-row-/)[0]).toHaveAttribute('data-test-subj', 'case-alerts-row-a-29'));
  });

  it('shows each alert with its live fields and status, and filters by status on the server', async () => {
    const alerts = [makeAlert('a-1'), makeAlert('a-2', { 'kibana.alert.workflow_status': 'closed', 'host.name': 'db-07', 'kibana.alert.severity': 'critical' })];
    const { callsTo } = renderCaseView({ path: '/case-1?tabId=alerts', state: { theCase: makeCase({ totalAlerts: 2 }), alerts } });
    const row = await screen.findByTestId('case-alerts-row-a-2');
    expect(within(row).getByTestId('alert-status-closed')).toHaveTextContent('Closed');
    expect(within(row).getByTestId('alert-severity-critical')).toBeInTheDocument();
    expect(row).toHaveTextContent('db-07');
    expect(row).toHaveTextContent('Suspicious PowerShell');

    await setup().click(screen.getByTestId('case-alerts-status-filter-closed'));
    await waitFor(() => expect(query(callsTo('GET', ALERTS_FIND).at(-1)!.url).getAll('status')).toEqual(['closed']));
    await waitFor(() => expect(screen.queryByTestId('case-alerts-row-a-1')).not.toBeInTheDocument());
    expect(screen.getByTestId('case-alerts-row-a-2')).toBeInTheDocument();
  });

  it('removes an alert after confirmation, then refreshes the case, its figures and the list', async () => {
    const { callsTo, state } = renderCaseView({
      path: '/case-1?tabId=alerts',
      state: { theCase: makeCase({ totalAlerts: 2 }), alerts: [makeAlert('a-1'), makeAlert('a-2')] },
      routes: {
        'POST /internal/cases/case-1/alerts/_delete': (request) => {
          const { alertIds } = request.body as { alertIds: string[] };
          state.alerts = state.alerts.filter((alert) => !alertIds.includes(alert.id));
          state.theCase = { ...state.theCase, totalAlerts: state.alerts.length };
          return { status: 204 };
        },
      },
    });
    const user = setup();
    const row = await screen.findByTestId('case-alerts-row-a-1');
    const caseReads = callsTo('GET', '/api/cases/case-1').length;
    const metricReads = callsTo('GET', '/internal/cases/metrics/case-1').length;

    await user.click(within(row).getByTestId('case-alerts-remove'));
    const modal = await screen.findByTestId('case-alerts-remove-modal');
    expect(callsTo('POST', '/internal/cases/case-1/alerts/_delete')).toHaveLength(0);
    await user.click(within(modal).getByTestId('confirmModalConfirmButton'));

    await waitFor(() => expect(callsTo('POST', '/internal/cases/case-1/alerts/_delete')).toHaveLength(1));
    expect(callsTo('POST', '/internal/cases/case-1/alerts/_delete')[0].body).toEqual({ alertIds: ['a-1'] });
    await waitFor(() => expect(screen.queryByTestId('case-alerts-row-a-1')).not.toBeInTheDocument());
    expect(screen.getByTestId('case-alerts-row-a-2')).toBeInTheDocument();
    expect(await screen.findByTestId('case-alerts-removed-toast')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('case-view-alerts-stats-badge')).toHaveTextContent('1'));
    expect(callsTo('GET', '/api/cases/case-1').length).toBeGreaterThan(caseReads);
    expect(callsTo('GET', '/internal/cases/metrics/case-1').length).toBeGreaterThan(metricReads);
  });

  it('removes the selected alerts together, and cancelling removes nothing', async () => {
    const { callsTo } = renderCaseView({
      path: '/case-1?tabId=alerts',
      state: { theCase: makeCase({ totalAlerts: 3 }), alerts: [makeAlert('a-1'), makeAlert('a-2'), makeAlert('a-3')] },
      routes: { 'POST /internal/cases/case-1/alerts/_delete': { status: 204 } },
    });
    const user = setup();
    await user.click(within(await screen.findByTestId('case-alerts-row-a-1')).getByRole('checkbox'));
    await user.click(within(screen.getByTestId('case-alerts-row-a-3')).getByRole('checkbox'));
    await user.click(screen.getByTestId('case-alerts-remove-selected'));
    await user.click(within(await screen.findByTestId('case-alerts-remove-modal')).getByTestId('confirmModalCancelButton'));
    expect(callsTo('POST', '/internal/cases/case-1/alerts/_delete')).toHaveLength(0);

    await user.click(screen.getByTestId('case-alerts-remove-selected'));
    expect(within(await screen.findByTestId('case-alerts-remove-modal')).getByText('Remove 2 alerts from the case?')).toBeInTheDocument();
    await user.click(screen.getByTestId('confirmModalConfirmButton'));
    await waitFor(() => expect(callsTo('POST', '/internal/cases/case-1/alerts/_delete')[0]?.body).toEqual({ alertIds: ['a-1', 'a-3'] }));
  });

  it('opens an alert in the details flyout', async () => {
    renderCaseView({ path: '/case-1?tabId=alerts', state: { theCase: makeCase({ totalAlerts: 1 }), alerts: [makeAlert('a-1', { 'process.name': 'powershell.exe' })] } });
    await setup().click(within(await screen.findByTestId('case-alerts-row-a-1')).getByTestId('case-alerts-view-details'));
    const flyout = await screen.findByTestId('alert-details-flyout');
    expect(within(flyout).getByTestId('alert-field-row-process.name')).toHaveTextContent('powershell.exe');
  });

  it('says so when the case holds no alerts', async () => {
    renderCaseView({ path: '/case-1?tabId=alerts' });
    expect(await screen.findByTestId('case-alerts-empty')).toHaveTextContent('No alerts in this case');
    expect(screen.queryByTestId('case-alerts-table')).not.toBeInTheDocument();
  });

  it('reads the alerts again after the case status changes, since a synced case moves their status', async () => {
    const { callsTo, state } = renderCaseView({
      path: '/case-1?tabId=alerts',
      state: { theCase: makeCase({ totalAlerts: 1, settings: { syncAlerts: true } }), alerts: [makeAlert('a-1')] },
    });
    const user = setup();
    expect(within(await screen.findByTestId('case-alerts-row-a-1')).getByTestId('alert-status-open')).toBeInTheDocument();
    const reads = callsTo('GET', ALERTS_FIND).length;
    state.alerts = [makeAlert('a-1', { 'kibana.alert.workflow_status': 'acknowledged' })];
    await user.click(screen.getByTestId('case-status-picker'));
    await user.click(await screen.findByTestId('case-status-option-in-progress'));
    await waitFor(() => expect(callsTo('GET', ALERTS_FIND).length).toBeGreaterThan(reads));
    expect(await within(screen.getByTestId('case-alerts-row-a-1')).findByTestId('alert-status-acknowledged')).toBeInTheDocument();
  });
});

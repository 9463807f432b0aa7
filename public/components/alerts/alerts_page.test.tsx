import { screen, waitFor, within } from '@testing-library/react';
import { ALERT_A, ALERT_B, ALERT_C, findAnswer, makeAlert, renderAlertsApp } from './test_fixtures';

const FIND = 'POST /internal/alerts/_find';
const DAY = 86_400_000;

describe('AlertsPage: the table', () => {
  it('asks for one page of open and acknowledged alerts of the last 30 days, newest first, and shows them', async () => {
    const { requests } = renderAlertsApp({ [FIND]: { body: findAnswer([ALERT_A, ALERT_B], 2) } });
    expect(await screen.findByTestId('alerts-table-row-a1')).toBeInTheDocument();
    const row = within(screen.getByTestId('alerts-table-row-a2'));
    expect(row.getByTestId('alert-column-rule')).toHaveTextContent('Brute force');
    expect(row.getByTestId('alert-severity-critical')).toHaveTextContent('Critical');
    expect(row.getByTestId('alert-column-risk-score')).toHaveTextContent('73');
    expect(row.getByTestId('alert-column-host')).toHaveTextContent('host-a2');
    expect(row.getByTestId('alert-status-open')).toHaveTextContent('Open');
    expect(row.getByTestId('alert-cases-link')).toHaveAttribute('href', '/app/cases/case-9');
    expect(within(screen.getByTestId('alerts-table-row-a1')).getByTestId('alert-cases-none')).toBeInTheDocument();
    expect(screen.getByTestId('alerts-count')).toHaveTextContent('Showing 1-2 of 2 alerts');

    // One request for the first page: no count or "is the space empty" query beside it.
    expect(requests(FIND)).toHaveLength(1);
    const body = requests(FIND)[0].body as Record<string, unknown>;
    expect(body).toMatchObject({ status: ['open', 'acknowledged'], sortField: '@timestamp', sortOrder: 'desc', page: 1, perPage: 25 });
    const span = Date.parse(body.to as string) - Date.parse(body.from as string);
    expect(span).toBeGreaterThan(30 * DAY - 1000);
    expect(span).toBeLessThan(30 * DAY + 1000);
  });

  it('drops Reason and Risk score on a 1024 px window, keeping rule, host, user, status and cases', async () => {
    renderAlertsApp({ [FIND]: { body: findAnswer([ALERT_B], 1) } }, '/alerts', 1024);
    const row = within(await screen.findByTestId('alerts-table-row-a2'));
    expect(row.getByTestId('alert-column-rule')).toHaveTextContent('Brute force');
    expect(row.getByTestId('alert-column-host')).toHaveTextContent('host-a2');
    expect(row.getByTestId('alert-column-user')).toHaveTextContent('jdoe');
    expect(row.getByTestId('alert-cases-link')).toBeInTheDocument();
    expect(row.queryByTestId('alert-column-reason')).not.toBeInTheDocument();
    expect(row.queryByTestId('alert-column-risk-score')).not.toBeInTheDocument();
  });

  it('sorts and pages through the server', async () => {
    const alerts = Array.from({ length: 3 }, (_, i) => makeAlert(`p${i}`));
    const { requests, user } = renderAlertsApp({ [FIND]: { body: findAnswer(alerts, 60) } });
    await screen.findByTestId('alerts-table-row-p0');
    await user.click(within(screen.getByTestId('alerts-table')).getByRole('button', { name: /Risk score/ }));
    await waitFor(() => expect(requests(FIND).at(-1)?.body).toMatchObject({ sortField: 'kibana.alert.risk_score', sortOrder: 'asc', page: 1 }));
    await user.click(screen.getByTestId('pagination-button-next'));
    await waitFor(() => expect(requests(FIND).at(-1)?.body).toMatchObject({ sortField: 'kibana.alert.risk_score', page: 2, perPage: 25 }));
  });

  it('builds the request from the filters and the search', async () => {
    const { requests, user } = renderAlertsApp({ [FIND]: { body: findAnswer([ALERT_A, ALERT_B]) } });
    await screen.findByTestId('alerts-table-row-a1');
    await user.click(screen.getByTestId('options-filter-popover-button-severity'));
    await user.click(await screen.findByTestId('options-filter-popover-item-critical'));
    await waitFor(() => expect(requests(FIND).at(-1)?.body).toMatchObject({ severity: ['critical'] }));

    await user.click(screen.getByTestId('options-filter-popover-button-rule'));
    await user.click(await screen.findByTestId('options-filter-popover-item-Brute-force'));
    await waitFor(() => expect(requests(FIND).at(-1)?.body).toMatchObject({ severity: ['critical'], rule: ['Brute force'] }));
  });

  it('sends the chosen statuses and the search', async () => {
    const { requests, user } = renderAlertsApp({ [FIND]: { body: findAnswer([ALERT_A]) } });
    await screen.findByTestId('alerts-table-row-a1');
    await user.click(screen.getByTestId('options-filter-popover-button-status'));
    await user.click(await screen.findByTestId('options-filter-popover-item-acknowledged'));
    await waitFor(() => expect(requests(FIND).at(-1)?.body).toMatchObject({ status: ['open'] }));

    await user.type(screen.getByTestId('alerts-search'), '10.0.0.7{Enter}');
    await waitFor(() => expect(requests(FIND).at(-1)?.body).toMatchObject({ search: '10.0.0.7', status: ['open'], page: 1 }));
  });

  it('says why when the alerts cannot be loaded', async () => {
    renderAlertsApp({ [FIND]: { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Invalid value "x" supplied to "search"' } } });
    expect(await screen.findByTestId('alerts-load-error')).toHaveTextContent('Invalid value "x" supplied to "search"');
  });

  it('tells "no alert matches" apart from "no alert at all"', async () => {
    renderAlertsApp({ [FIND]: (request) => ({ body: findAnswer([], (request.body as { status?: string[] }).status ? 0 : 5) }) });
    expect(await screen.findByText('No alerts match these filters and time range.')).toBeInTheDocument();
    expect(screen.queryByTestId('alerts-empty-prompt')).not.toBeInTheDocument();
  });
});

describe('AlertsPage: an empty space', () => {
  it('offers sample data, loads it with a spinner, toasts the counts and shows the alerts', async () => {
    let loaded = false;
    let release: () => void = () => undefined;
    const { requests, user } = renderAlertsApp({
      [FIND]: () => ({ body: loaded ? findAnswer([ALERT_A]) : findAnswer([]) }),
      'POST /internal/alerts/_sample_data': () =>
        new Promise((resolve) => {
          release = () => {
            loaded = true;
            resolve({ body: { alerts: 2000, events: 1500 } });
          };
        }),
    });
    // The second find (no filters at all) is what says the space is empty.
    expect(await screen.findByTestId('alerts-empty-prompt')).toHaveTextContent('No alerts in this space yet');
    expect(requests(FIND).at(-1)?.body).toEqual({ page: 1, perPage: 1 });

    await user.click(screen.getByTestId('alerts-add-sample-data'));
    await waitFor(() => expect(screen.getByTestId('alerts-add-sample-data')).toBeDisabled());
    release();
    expect(await screen.findByTestId('sample-data-success-toast')).toHaveTextContent('2,000 alerts and 1,500 events');
    expect(await screen.findByTestId('alerts-table-row-a1')).toBeInTheDocument();
    expect(requests('POST /internal/alerts/_sample_data')).toHaveLength(1);
  });
});

describe('AlertsPage: status actions', () => {
  it('marks one alert closed from its row menu, without offering the status it has', async () => {
    const { requests, user } = renderAlertsApp({
      [FIND]: { body: findAnswer([ALERT_A, ALERT_C]) },
      'POST /api/detection_engine/signals/status': { body: { took: 3, timed_out: false, total: 1, updated: 1, deleted: 0, batches: 1, version_conflicts: 0, noops: 0, failures: [] } },
    });
    await screen.findByTestId('alerts-table-row-a3');
    await user.click(within(screen.getByTestId('alerts-table-row-a3')).getByTestId('timeline-context-menu-button'));
    expect(screen.queryByTestId('acknowledged-alert-status')).not.toBeInTheDocument();
    const findsBefore = requests(FIND).length;
    await user.click(screen.getByTestId('close-alert-status'));
    await waitFor(() => expect(requests('POST /api/detection_engine/signals/status')).toHaveLength(1));
    expect(requests('POST /api/detection_engine/signals/status')[0].body).toEqual({ signal_ids: ['a3'], status: 'closed' });
    expect(await screen.findByTestId('alerts-status-success-toast')).toHaveTextContent('1 alert marked as closed');
    // The table re-reads the page.
    await waitFor(() => expect(requests(FIND).length).toBeGreaterThan(findsBefore));
  });

  it('acknowledges the selected alerts from the bulk menu', async () => {
    const { requests, user } = renderAlertsApp({
      [FIND]: { body: findAnswer([ALERT_A, ALERT_B, ALERT_C]) },
      'POST /api/detection_engine/signals/status': { body: { took: 3, timed_out: false, total: 2, updated: 2, deleted: 0, batches: 1, version_conflicts: 0, noops: 0, failures: [] } },
    });
    await screen.findByTestId('alerts-table-row-a1');
    await user.click(within(screen.getByTestId('alerts-table-row-a1')).getByRole('checkbox'));
    await user.click(within(screen.getByTestId('alerts-table-row-a2')).getByRole('checkbox'));
    await user.click(screen.getByTestId('selectedShowBulkActionsButton'));
    expect(screen.getByTestId('selectedShowBulkActionsButton')).toHaveTextContent('Selected 2 alerts');
    await user.click(screen.getByTestId('acknowledged-alert-status'));
    await waitFor(() => expect(requests('POST /api/detection_engine/signals/status')[0]?.body).toEqual({ signal_ids: ['a1', 'a2'], status: 'acknowledged' }));
    await waitFor(() => expect(screen.queryByTestId('selectedShowBulkActionsButton')).not.toBeInTheDocument());
  });
});

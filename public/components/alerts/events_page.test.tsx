import { screen, waitFor, within } from '@testing-library/react';
import { makeCase } from '../all_cases/test_helpers';
import { makeAlert, renderAlertsApp } from './test_fixtures';

const EVENT = makeAlert('e1', { 'event.id': 'e1', 'event.category': 'network', 'event.action': 'connection_attempted', 'destination.ip': '203.0.113.7', 'dns.question.name': 'evil.example' });

describe('EventsPage', () => {
  it('pages events through the server and adds the selection to a case as one event attachment', async () => {
    const theCase = makeCase({ id: 'c1', title: 'Beaconing' });
    const { requests, user } = renderAlertsApp(
      {
        'POST /internal/events/_find': { body: { page: 1, per_page: 25, total: 1, events: [EVENT] } },
        'GET /api/cases/_find': { body: { cases: [theCase], page: 1, per_page: 10, total: 1, count_open_cases: 1, count_in_progress_cases: 0, count_closed_cases: 0 } },
        'POST /internal/cases/case/attachments/_find_containing_all': { body: { casesWithAllAttachments: [] } },
        'POST /internal/cases/c1/attachments/_bulk_create': { body: theCase },
      },
      '/events',
    );
    const row = within(await screen.findByTestId('alerts-table-row-e1'));
    expect(row.getByTestId('event-column-action')).toHaveTextContent('connection_attempted');
    expect(row.getByTestId('event-column-destination-ip')).toHaveTextContent('203.0.113.7');
    expect(requests('POST /internal/events/_find')[0].body).toMatchObject({ sortField: '@timestamp', sortOrder: 'desc', page: 1, perPage: 25 });

    await user.click(row.getByTestId('timeline-context-menu-button'));
    // Events have no workflow status to set.
    expect(screen.queryByTestId('close-alert-status')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('add-to-existing-case-action'));
    await user.click(await screen.findByTestId('cases-table-row-select-c1'));
    await waitFor(() => expect(requests('POST /internal/cases/c1/attachments/_bulk_create')).toHaveLength(1));
    expect(requests('POST /internal/cases/c1/attachments/_bulk_create')[0].body).toEqual([
      { type: 'event', eventId: ['e1'], index: [EVENT.index], owner: 'securitySolution' },
    ]);
    expect(await screen.findByTestId('add-to-case-success-toast')).toHaveTextContent('1 event added to "Beaconing"');
  });

  it('drops the network columns on a 1024 px window, keeping action, host and user', async () => {
    renderAlertsApp({ 'POST /internal/events/_find': { body: { page: 1, per_page: 25, total: 1, events: [EVENT] } } }, '/events', 1024);
    const row = within(await screen.findByTestId('alerts-table-row-e1'));
    expect(row.getByTestId('event-column-action')).toHaveTextContent('connection_attempted');
    expect(row.getByTestId('event-column-host')).toBeInTheDocument();
    expect(row.queryByTestId('event-column-destination-ip')).not.toBeInTheDocument();
    expect(row.queryByTestId('event-column-dns')).not.toBeInTheDocument();
  });
});

import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SingleCaseMetricsResponse } from '../../containers/single_case_metrics';
import { renderCaseView } from './case_view_test_harness';
import { BOB, makeCase } from './test_fixtures';
import { lifespanFigures } from './lifespan_metrics';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const metrics = (overrides: Partial<SingleCaseMetricsResponse> = {}): SingleCaseMetricsResponse => ({
  alerts: {
    count: 5,
    users: { total: 2, values: [{ name: 'jdoe', count: 3 }, { name: 'svc-backup', count: 2 }] },
    hosts: { total: 12, values: [{ name: 'ws-01', id: 'h-1', count: 4 }, { name: 'db-07', id: 'h-2', count: 1 }] },
  },
  connectors: { total: 1 },
  lifespan: { creationDate: '2024-05-01T10:00:00.000Z', closeDate: null, statusInfo: { openDuration: 2 * HOUR + 5 * 60_000, inProgressDuration: 0, reopenDates: [] } },
  ...overrides,
});

describe('case view summary panel', () => {
  it('asks for every figure in one request and shows Kibana’s tiles', async () => {
    const { callsTo } = renderCaseView({ state: { metrics: metrics(), theCase: makeCase({ totalComment: 3, updated_at: '2024-05-02T10:00:00.000Z', updated_by: BOB }) } });
    await waitFor(() => expect(screen.getByTestId('case-metrics-totals-alerts.count')).toHaveTextContent('Total alerts5'));
    const [call] = callsTo('GET', '/internal/cases/metrics/case-1');
    expect(new URL(call.url, 'http://x').searchParams.getAll('features')).toEqual(['alerts.count', 'alerts.users', 'alerts.hosts', 'connectors', 'lifespan']);
    expect(callsTo('GET', '/internal/cases/metrics/case-1')).toHaveLength(1);
    expect(screen.getByTestId('case-metrics-totals-alerts.users')).toHaveTextContent('Associated users2');
    expect(screen.getByTestId('case-metrics-totals-alerts.hosts')).toHaveTextContent('Associated hosts12');
    expect(screen.getByTestId('case-metrics-totals-connectors')).toHaveTextContent('Total connectors1');
    expect(screen.getByTestId('case-view-metrics-comments')).toHaveTextContent('Comments3');
    expect(screen.getByTestId('case-metrics-lifespan-item-creation-date-note')).toHaveTextContent('by Ana Analyst');
    expect(screen.getByTestId('case-view-metrics-updated-note')).toHaveTextContent('by Bob Responder');
    // An open case: its open time so far, never in progress, not closed.
    expect(screen.getByTestId('case-metrics-lifespan-item-open-duration')).toHaveTextContent('2h 5m');
    expect(screen.getByTestId('case-metrics-lifespan-item-inProgress-duration')).toHaveTextContent('In progress duration—');
    expect(screen.getByTestId('case-metrics-lifespan-item-open-to-close-duration')).toHaveTextContent('Duration from creation to close—');
  });

  it('lists the top hosts and users behind the counts', async () => {
    renderCaseView({ state: { metrics: metrics() } });
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    await user.click(await screen.findByTestId('case-metrics-alerts-hosts-button'));
    // The popover's panel is portalled out of the tile.
    await waitFor(() => expect(screen.getAllByTestId('case-metrics-alerts-hosts-value')).toHaveLength(2));
    expect(screen.getByText('Top 2 of 12')).toBeInTheDocument();
    expect(screen.getAllByTestId('case-metrics-alerts-hosts-value')[0]).toHaveTextContent('ws-014 alerts');
  });

  it('shows a closed case’s durations, and that it was reopened', async () => {
    renderCaseView({
      state: {
        theCase: makeCase({ status: 'closed', closed_at: '2024-05-03T12:30:00.000Z' }),
        metrics: metrics({
          lifespan: {
            creationDate: '2024-05-01T10:00:00.000Z',
            closeDate: '2024-05-03T12:30:00.000Z',
            statusInfo: { openDuration: 3 * HOUR, inProgressDuration: 2 * DAY + HOUR, reopenDates: ['2024-05-02T09:00:00.000Z'] },
          },
        }),
      },
    });
    await waitFor(() => expect(screen.getByTestId('case-metrics-lifespan-item-open-to-close-duration')).toHaveTextContent('2d 2h (reopened)'));
    expect(screen.getByTestId('case-metrics-lifespan-reopen-icon')).toBeInTheDocument();
    expect(screen.getByTestId('case-metrics-lifespan-item-inProgress-duration')).toHaveTextContent('2d 1h');
    expect(screen.getByTestId('case-metrics-lifespan-item-open-duration')).toHaveTextContent('3h');
  });

  it('shows the case before its figures arrive, and offers a retry when they fail', async () => {
    let answer: (value: { status: number; body: unknown }) => void = () => undefined;
    renderCaseView({ routes: { 'GET /internal/cases/metrics/case-1': () => new Promise((resolve) => (answer = resolve)) } });
    expect(await screen.findByTestId('case-view-tab-content-activity')).toBeInTheDocument();
    expect(screen.getByTestId('case-metrics-totals-alerts.count')).not.toHaveTextContent('5');
    await act(async () => answer({ status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'boom' } }));
    expect(await screen.findByTestId('case-view-metrics-retry')).toBeInTheDocument();
  });
});

describe('lifespanFigures', () => {
  it('keeps counting the current status after the read, in milliseconds as Kibana sends them', () => {
    const lifespan = metrics().lifespan!;
    const answered = Date.parse('2024-05-01T12:05:00.000Z');
    expect(lifespanFigures(lifespan, 'open', answered, answered + HOUR).openDuration).toBe('3h 5m');
    const inProgress = lifespanFigures({ ...lifespan, statusInfo: { ...lifespan.statusInfo, inProgressDuration: 60_000 } }, 'in-progress', answered, answered + HOUR);
    expect(inProgress).toMatchObject({ openDuration: '2h 5m', inProgressDuration: '1h 1m', creationToClose: '—' });
  });
});

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readLens } from '../../../common/visualizations/lens/read_lens';
import { captureDownloads, createTestCore, renderWithCore, type MockResponse } from '../../core/mocks';
import { ALERTS_SOURCE, alertsPerHostAttributes, alertsPerHostTable, heatmapAttributes, installIntersectionObserver, WEEK } from './test_fixtures';
import { UNSUPPORTED_TITLE } from './unsupported_visualization';
import { VisualizationView, type VisualizationViewProps } from './visualization_view';

const SOURCES_URL = '/internal/cases/visualizations/data_sources';
const QUERY_URL = '/internal/cases/visualizations/_query';

function renderView(props: Partial<VisualizationViewProps> = {}, query: MockResponse = { body: alertsPerHostTable }) {
  const test = createTestCore({ routes: { [`GET ${SOURCES_URL}`]: { body: { sources: [ALERTS_SOURCE] } }, [`POST ${QUERY_URL}`]: query } });
  renderWithCore(<VisualizationView attributes={alertsPerHostAttributes()} timeRange={WEEK} {...props} />, test.core);
  const callsTo = (method: string, path: string) => test.fetchMock.calls.filter((call) => call.method === method && call.url.split('?')[0] === path);
  return { ...test, queries: () => callsTo('POST', QUERY_URL), sourceReads: () => callsTo('GET', SOURCES_URL) };
}

/** jsdom's Blob has no `text()`; its FileReader reads one. */
const textOf = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });

describe('VisualizationView', () => {
  let viewport: ReturnType<typeof installIntersectionObserver>;
  beforeEach(() => {
    viewport = installIntersectionObserver();
  });
  afterEach(() => viewport.restore());

  it('loads and queries nothing until the panel nears the viewport, then queries once and draws the chart', async () => {
    const { queries, sourceReads } = renderView();
    expect(screen.getByTestId('visualization-title')).toHaveTextContent('Alerts per host');
    expect(screen.getByTestId('visualization-placeholder')).toBeInTheDocument();
    // Give any eager request the time to go out: none may.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(queries()).toHaveLength(0);
    expect(sourceReads()).toHaveLength(0);
    expect(viewport.observed()).toBe(1);

    act(() => viewport.scrollAll());
    expect(await screen.findByTestId('visualization-chart-container')).toBeInTheDocument();
    expect(queries()).toHaveLength(1);
    expect(queries()[0].body).toEqual(
      expect.objectContaining({
        source: 'alerts',
        timeRange: WEEK,
        buckets: [expect.objectContaining({ id: 'day', type: 'date_histogram', field: '@timestamp' }), expect.objectContaining({ id: 'host', type: 'terms', field: 'host.name' })],
        metrics: [expect.objectContaining({ id: 'count', operation: 'count' })],
      }),
    );
    expect(screen.queryByTestId('visualization-placeholder')).toBeNull();
  });

  it('shows the range in the user’s zone, and resolves a relative one when shown, saying so', async () => {
    const before = Date.now();
    const { queries } = renderView({ timeRange: { from: 'now-7d', to: 'now' } });
    expect(screen.getByTestId('visualization-relative-range')).toHaveTextContent('stored as now-7d to now, resolved when shown');
    act(() => viewport.scrollAll());
    await screen.findByTestId('visualization-chart-container');
    const { from, to } = (queries()[0].body as { timeRange: { from: string; to: string } }).timeRange;
    expect(Date.parse(to)).toBeGreaterThanOrEqual(before);
    // Seven calendar days in the machine's zone: an hour either way across a DST change.
    expect(Math.abs(Date.parse(to) - Date.parse(from) - 7 * 24 * 60 * 60 * 1000)).toBeLessThanOrEqual(60 * 60 * 1000);
  });

  it('lists what it cannot draw, offers the JSON, and queries nothing', async () => {
    const downloads = captureDownloads();
    try {
      const attributes = heatmapAttributes();
      const { queries } = renderView({ attributes });
      act(() => viewport.scrollAll());
      const panel = await screen.findByTestId('visualization-unsupported');
      expect(panel).toHaveTextContent(UNSUPPORTED_TITLE);
      const reading = readLens(attributes, [ALERTS_SOURCE]);
      if (reading.ok) throw new Error('the fixture must be unsupported');
      expect(reading.problems.length).toBeGreaterThan(0);
      const items = within(screen.getByTestId('visualization-unsupported-problems')).getAllByRole('listitem');
      expect(items.map((item) => item.textContent)).toEqual(reading.problems);
      expect(screen.queryByTestId('visualization-chart-container')).toBeNull();

      fireEvent.click(within(panel).getByTestId('visualization-unsupported-download'));
      expect(downloads.saved.map((saved) => saved.filename)).toEqual(['Latency heatmap.json']);
      expect(JSON.parse(await textOf(downloads.saved[0].blob))).toEqual({ attributes, timeRange: WEEK });
      expect(queries()).toHaveLength(0);
    } finally {
      downloads.restore();
    }
  });

  it('reports a state without a time range as unsupported rather than guess one', async () => {
    renderView({ timeRange: undefined });
    act(() => viewport.scrollAll());
    expect(await screen.findByTestId('visualization-unsupported-problems')).toHaveTextContent('It has no time range.');
  });

  it('shows the server’s message when the query fails, and Retry asks again', async () => {
    const failure = { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Field [host.name] is not aggregatable here' } };
    const { queries, fetchMock } = renderView({}, failure);
    act(() => viewport.scrollAll());
    const callout = await screen.findByTestId('visualization-query-error');
    expect(callout).toHaveTextContent('Field [host.name] is not aggregatable here');

    fetchMock.route(`POST ${QUERY_URL}`, { body: alertsPerHostTable });
    fireEvent.click(within(callout).getByTestId('visualization-retry'));
    expect(await screen.findByTestId('visualization-chart-container')).toBeInTheDocument();
    expect(queries()).toHaveLength(2);
  });

  it('shows the data table on demand, for readers who cannot see the chart', async () => {
    renderView();
    act(() => viewport.scrollAll());
    const toggle = await screen.findByTestId('visualization-show-table');
    expect(screen.queryByTestId('visualization-data-table-container')).toBeNull();
    fireEvent.click(toggle);
    const table = await screen.findByTestId('visualization-data-table-container');
    await waitFor(() => expect(table).toHaveTextContent('web-1'));
    expect(table).toHaveTextContent('db-1');
    fireEvent.click(toggle);
    expect(screen.queryByTestId('visualization-data-table-container')).toBeNull();
  });

  it('offers the caller’s actions and Download JSON in its menu', async () => {
    const downloads = captureDownloads();
    try {
      const open = jest.fn();
      renderView({ title: 'Hosts', actions: [{ id: 'open', label: 'Open visualization', iconType: 'lensApp', onClick: open }] });
      fireEvent.click(screen.getByTestId('visualization-menu'));
      fireEvent.click(await screen.findByTestId('visualization-action-open'));
      expect(open).toHaveBeenCalledTimes(1);
      fireEvent.click(screen.getByTestId('visualization-menu'));
      fireEvent.click(await screen.findByTestId('visualization-action-download'));
      expect(downloads.saved.map((saved) => saved.filename)).toEqual(['Hosts.json']);
    } finally {
      downloads.restore();
    }
  });
});

describe('VisualizationView without IntersectionObserver', () => {
  it('loads at once', async () => {
    expect('IntersectionObserver' in window).toBe(false);
    const { queries } = renderView();
    expect(await screen.findByTestId('visualization-chart-container')).toBeInTheDocument();
    expect(queries()).toHaveLength(1);
  });
});

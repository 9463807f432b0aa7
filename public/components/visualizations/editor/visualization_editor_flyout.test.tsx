import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AbsoluteTimeRange, VisualizationDefinition } from '../../../../common/visualizations/definition';
import { allSources, alertsSource } from '../../../../common/visualizations/lens/__fixtures__/sources';
import { readLens } from '../../../../common/visualizations/lens/read_lens';
import { writeLens } from '../../../../common/visualizations/lens/write_lens';
import type { VisualizationQueryResponse } from '../../../../common/visualizations/query_api';
import { createTestCore, renderWithCore } from '../../../core/mocks';
import { VisualizationEditorFlyout, type VisualizationEditorFlyoutProps } from './visualization_editor_flyout';

// @elastic/charts needs a canvas jsdom lacks: the chart module is replaced by a probe that shows what it was asked to draw.
jest.mock('../chart/visualization_chart', () => ({
  __esModule: true,
  default: ({ definition, response }: { definition: VisualizationDefinition; response: VisualizationQueryResponse }) => (
    <div data-test-subj="mockChart" data-chart-type={definition.chart.type}>
      {response.rows.length} rows
    </div>
  ),
}));

const SOURCES_URL = '/internal/cases/visualizations/data_sources';
const QUERY_URL = '/internal/cases/visualizations/_query';
const TABLE: VisualizationQueryResponse = {
  columns: [
    { id: 'breakdown', role: 'bucket', type: 'string' },
    { id: 'x', role: 'bucket', type: 'date' },
    { id: 'count', role: 'metric', type: 'number' },
  ],
  rows: [{ breakdown: 'web-1', x: Date.parse('2025-03-01T00:00:00.000Z'), count: 3 }],
  interval: 'day',
  total: 3,
};

const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });

function renderFlyout(props: Partial<VisualizationEditorFlyoutProps> = {}) {
  const onSave = jest.fn();
  const onClose = jest.fn();
  // The cases source first: choosing the alerts is then a real choice.
  const sources = [allSources[2], allSources[0], allSources[1]];
  const test = createTestCore({ routes: { [`GET ${SOURCES_URL}`]: { body: { sources } }, [`POST ${QUERY_URL}`]: { body: TABLE } } });
  renderWithCore(<VisualizationEditorFlyout saveLabel="Save and return" onSave={onSave} onClose={onClose} {...props} />, test.core);
  const queries = () => test.fetchMock.calls.filter((call) => call.method === 'POST' && call.url === QUERY_URL);
  return { ...test, onSave, onClose, queries };
}

const comboInput = (zone: string) => within(screen.getByTestId(zone)).getAllByTestId('comboBoxSearchInput')[0]!;
/** A plain-text combo box shows its choice as the input's text. */
const choiceIn = (zone: string) => (comboInput(zone) as HTMLInputElement).value;

async function chooseInCombo(u: ReturnType<typeof user>, zone: string, text: string) {
  // A plain-text combo box holds its current choice as text: select it and type over it, as a user would.
  await u.tripleClick(comboInput(zone));
  await u.paste(text);
  // Role queries over a whole case view are slow in jsdom: look for the option in the open list only.
  const list = await waitFor(() => {
    const open = document.querySelector<HTMLElement>('[data-test-subj~="comboBoxOptionsList"]');
    if (!open) throw new Error('the options list is not open');
    return open;
  });
  await u.click(within(list).getByRole('option', { name: new RegExp(`^${text.replace(/\./g, '\\.')}`) }));
}

const saveButton = () => screen.getByTestId('visualizationSaveButton');

/** The editor's state once the user has built alerts per host over time. */
async function buildAlertsPerHost(u: ReturnType<typeof user>) {
  await screen.findByTestId('visualizationTitleInput');
  await u.selectOptions(screen.getByTestId('visualizationSourceSelect'), 'alerts');
  await u.click(screen.getByTestId('visualizationTitleInput'));
  await u.paste('Alerts per host');
  await u.click(screen.getByTestId('chartType-xy-bar_stacked'));
  await chooseInCombo(u, 'dimension-x', '@timestamp');
  await chooseInCombo(u, 'dimension-breakdown', 'host.name');
}

describe('VisualizationEditorFlyout', () => {
  it('builds a stacked bar of alerts per host, previews it from the query service and saves Lens attributes with an absolute range', async () => {
    const { onSave, queries } = renderFlyout();
    const u = user();
    await buildAlertsPerHost(u);
    // A new chart counts records until told otherwise.
    expect(screen.getByTestId('dimension-metric-operation-0')).toHaveValue('count');
    expect(choiceIn('dimension-metric-0')).toBe('Records');
    expect(within(screen.getByTestId('dimension-x')).getByTestId('dimension-x-interval')).toHaveValue('auto');
    expect(within(screen.getByTestId('dimension-breakdown')).getByTestId('dimension-breakdown-size')).toHaveValue(10);

    await waitFor(() => expect(queries().at(-1)?.body).toMatchObject({ buckets: [{ field: 'host.name' }, { field: '@timestamp' }] }));
    const request = queries().at(-1)!.body as { timeRange: AbsoluteTimeRange; timeZone: string };
    expect(request).toEqual({
      source: 'alerts',
      timeRange: request.timeRange,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      buckets: [
        { id: 'breakdown', type: 'terms', field: 'host.name', size: 10, orderBy: { type: 'count' }, direction: 'desc', otherBucket: false },
        { id: 'x', type: 'date_histogram', field: '@timestamp', interval: 'auto' },
      ],
      metrics: [{ id: 'count', operation: 'count' }],
    });
    // The default range: the last 7 days, ending at the current minute.
    expect(Date.parse(request.timeRange.to) - Date.parse(request.timeRange.from)).toBe(7 * 24 * 3600_000);
    expect(Date.parse(request.timeRange.to) % 60_000).toBe(0);
    expect(await within(screen.getByTestId('visualizationPreview')).findByTestId('mockChart')).toHaveAttribute('data-chart-type', 'xy');

    // A relative range is picked, and saved as the two instants it stood for when picked.
    const before = Date.now();
    await u.click(within(screen.getByTestId('visualizationTimeRange')).getByTestId('superDatePickerToggleQuickMenuButton'));
    await u.click(await screen.findByRole('button', { name: 'Last 24 hours' }));
    await waitFor(() => expect((queries().at(-1)!.body as { timeRange: AbsoluteTimeRange }).timeRange).not.toEqual(request.timeRange));

    await u.click(saveButton());
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const { attributes, timeRange } = onSave.mock.calls[0][0];
    expect(Date.parse(timeRange.to)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(timeRange.to) - Date.parse(timeRange.from)).toBe(24 * 3600_000);
    expect(timeRange.from).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(queries().at(-1)!.body).toMatchObject({ timeRange });
    expect(attributes).toMatchObject({ title: 'Alerts per host', visualizationType: 'lnsXY', type: 'lens' });
    const reading = readLens(attributes, allSources);
    expect(reading).toEqual({
      ok: true,
      definition: {
        title: 'Alerts per host',
        source: 'alerts',
        query: { language: 'kuery', query: '' },
        filters: [],
        buckets: [
          { id: 'breakdown', type: 'terms', field: 'host.name', size: 10, orderBy: { type: 'count' }, direction: 'desc', otherBucket: false },
          { id: 'x', type: 'date_histogram', field: '@timestamp', interval: 'auto' },
        ],
        metrics: [{ id: 'count', operation: 'count' }],
        chart: { type: 'xy', seriesType: 'bar_stacked', xAccessor: 'x', splitAccessor: 'breakdown', accessors: ['count'], legend: { isVisible: true, position: 'right' } },
        labels: { breakdown: 'Top 10 values of host.name', x: '@timestamp', count: 'Count of records' },
      },
    });
  });

  it('shows where a KQL query goes wrong and holds Save until it is fixed', async () => {
    const { queries } = renderFlyout();
    const u = user();
    await buildAlertsPerHost(u);
    expect(saveButton()).toBeEnabled();
    await u.type(screen.getByTestId('visualizationQueryInput'), 'host.name:');
    expect(await screen.findByText("Expected a value after ':' at position 9")).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
    expect(await screen.findByTestId('visualizationPreviewBlocked')).toHaveTextContent('Fix the query');

    await u.clear(screen.getByTestId('visualizationQueryInput'));
    await u.paste('no.such.field:1');
    expect(await screen.findByText("Alerts have no searchable field 'no.such.field' (at position 0).")).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();

    await u.clear(screen.getByTestId('visualizationQueryInput'));
    await u.paste('host.name:web-1');
    await waitFor(() => expect(saveButton()).toBeEnabled());
    await waitFor(() => expect(queries().at(-1)?.body).toMatchObject({ query: { language: 'kuery', query: 'host.name:web-1' } }));
  });

  it('holds Save until the chart has a title', async () => {
    renderFlyout();
    const u = user();
    await screen.findByTestId('visualizationTitleInput');
    expect(saveButton()).toBeDisabled();
    await u.type(screen.getByTestId('visualizationTitleInput'), 'Alerts');
    expect(saveButton()).toBeEnabled();
  });

  it('opens a saved visualization with its choices and saves its changes', async () => {
    const definition: VisualizationDefinition = {
      title: 'Top rules',
      source: 'alerts',
      query: { language: 'kuery', query: 'kibana.alert.severity:high' },
      filters: [],
      buckets: [{ id: 'rules', type: 'terms', field: 'kibana.alert.rule.name', size: 5, orderBy: { type: 'metric', metricId: 'hosts' }, direction: 'desc', otherBucket: false }],
      metrics: [{ id: 'hosts', operation: 'unique_count', field: 'host.name' }],
      chart: { type: 'pie', shape: 'donut', groups: ['rules'], metric: 'hosts', legend: { isVisible: true, position: 'right' } },
      labels: { rules: 'Top 5 values of kibana.alert.rule.name', hosts: 'Unique count of host.name' },
    };
    const timeRange = { from: '2025-03-01T00:00:00.000Z', to: '2025-03-08T00:00:00.000Z' };
    const { onSave, queries } = renderFlyout({ initial: { attributes: writeLens(definition, alertsSource), timeRange } });
    const u = user();
    expect(await screen.findByTestId('visualizationTitleInput')).toHaveValue('Top rules');
    expect(screen.getByTestId('visualizationSourceSelect')).toHaveValue('alerts');
    expect(within(screen.getByTestId('chartType-pie-donut')).getByRole('radio')).toBeChecked();
    expect(choiceIn('dimension-x')).toBe('kibana.alert.rule.name');
    expect(screen.getByTestId('dimension-x-size')).toHaveValue(5);
    expect(screen.getByTestId('dimension-metric-operation-0')).toHaveValue('unique_count');
    expect(choiceIn('dimension-metric-0')).toBe('host.name');
    expect(screen.getByTestId('visualizationQueryInput')).toHaveValue('kibana.alert.severity:high');
    await waitFor(() => expect(queries().at(-1)?.body).toMatchObject({ timeRange }));

    await u.click(screen.getByTestId('chartType-pie-pie'));
    await u.click(saveButton());
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const saved = onSave.mock.calls[0][0];
    expect(saved.timeRange).toEqual(timeRange);
    const reading = readLens(saved.attributes, allSources);
    expect(reading.ok && reading.definition).toEqual({ ...definition, chart: { ...definition.chart, shape: 'pie' } });
  });

  it('names what it cannot edit in an opened visualization and offers a new one with its title', async () => {
    const attributes = { title: 'Latency heatmap', visualizationType: 'lnsHeatmap', type: 'lens', state: {}, references: [] };
    renderFlyout({ initial: { attributes, timeRange: { from: '2025-03-01T00:00:00.000Z', to: '2025-03-08T00:00:00.000Z' } } });
    const u = user();
    const panel = await screen.findByTestId('visualizationEditorUnsupported');
    expect(panel).toHaveTextContent('“Latency heatmap” cannot be edited here');
    expect(within(panel).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(screen.queryByTestId('visualizationSaveButton')).toBeNull();
    await u.click(screen.getByTestId('visualizationStartNew'));
    expect(await screen.findByTestId('visualizationTitleInput')).toHaveValue('Latency heatmap');
  });

  it('drops what a metric chart cannot draw when the type changes', async () => {
    renderFlyout();
    const u = user();
    await buildAlertsPerHost(u);
    await u.click(screen.getByTestId('chartType-metric-metric'));
    expect(screen.queryByTestId('dimension-x')).toBeNull();
    expect(choiceIn('dimension-breakdown')).toBe('host.name');
    await u.click(screen.getByTestId('chartType-xy-line'));
    expect(choiceIn('dimension-x')).toBe('');
    expect(choiceIn('dimension-breakdown')).toBe('host.name');
  });

  it('measures a number field with the numeric operations, which other fields are not offered', async () => {
    const { queries } = renderFlyout();
    const u = user();
    await u.selectOptions(await screen.findByTestId('visualizationSourceSelect'), 'alerts');
    await chooseInCombo(u, 'dimension-metric-0', 'kibana.alert.risk_score');
    const operation = screen.getByTestId('dimension-metric-operation-0');
    expect(operation).toHaveValue('average');
    await u.selectOptions(operation, 'max');
    await waitFor(() => expect(queries().at(-1)?.body).toMatchObject({ metrics: [{ id: 'count', operation: 'max', field: 'kibana.alert.risk_score' }] }));
    await chooseInCombo(u, 'dimension-metric-0', 'user.name');
    expect(within(screen.getByTestId('dimension-metric-operation-0')).getAllByRole('option').map((option) => option.getAttribute('value'))).toEqual(['count', 'unique_count']);
  });

  it('shows the query service’s refusal in the preview', async () => {
    const { fetchMock } = renderFlyout();
    fetchMock.route(`POST ${QUERY_URL}`, { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Field [host.name] is not aggregatable' } });
    // A new chart asks for its count at once.
    expect(await screen.findByTestId('visualizationPreviewError')).toHaveTextContent('Field [host.name] is not aggregatable');
  });
});

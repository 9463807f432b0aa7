import { EuiProvider } from '@elastic/eui';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { ChartSpec, VisualizationDefinition } from '../../../../common/visualizations/definition';
import type { VisualizationQueryResponse } from '../../../../common/visualizations/query_api';
import { installChartTestEnvironment } from './chart_test_env';
import VisualizationChartDefault, { VisualizationChart } from './visualization_chart';
import { definitionOf, emptyTable, hostSeverityBuckets, perDay, perDayPerHost, perHost, perHostPerSeverity } from './test_fixtures';

installChartTestEnvironment();

const legend = { isVisible: true, position: 'right' as const };
const provider = ({ children }: { children: ReactNode }) => <EuiProvider colorMode="light">{children}</EuiProvider>;

function draw(definition: VisualizationDefinition, response: VisualizationQueryResponse) {
  return render(<VisualizationChart definition={definition} response={response} timeZone="UTC" />, { wrapper: provider });
}

/** The legend's entries as the user reads them, once the chart has laid itself out. */
async function legendLabels(container: HTMLElement): Promise<string[]> {
  await waitFor(() => expect(container.querySelector('.echLegendItem')).not.toBeNull());
  return [...container.querySelectorAll('.echLegendItem__label')].map((label) => label.textContent ?? '');
}

const xy = (rest: Omit<Extract<ChartSpec, { type: 'xy' }>, 'type' | 'legend'>): ChartSpec => ({ type: 'xy', legend, ...rest });

describe('VisualizationChart', () => {
  it('is the module’s default export, for React.lazy', () => {
    expect(VisualizationChartDefault).toBe(VisualizationChart);
  });

  it('draws a stacked bar chart with a series per host, Other named in the legend', async () => {
    const { container } = draw(definitionOf(xy({ seriesType: 'bar_stacked', xAccessor: 'day', splitAccessor: 'host', accessors: ['count'] })), perDayPerHost());
    expect(screen.getByTestId('visualization-chart')).toHaveAttribute('data-chart-type', 'xy');
    expect(await legendLabels(container)).toEqual(['host-1', 'host-2', 'Other']);
  });

  it.each([
    ['right', true],
    ['bottom', true],
    ['left', false],
  ] as const)('places the legend on the %s, or hides it when told (shown: %s)', async (position, isVisible) => {
    const chart: ChartSpec = { type: 'xy', seriesType: 'bar', xAccessor: 'day', splitAccessor: 'host', accessors: ['count'], legend: { isVisible, position } };
    const { container } = draw(definitionOf(chart), perDayPerHost());
    await waitFor(() => expect(container.querySelector('.echChartStatus')).toHaveAttribute('data-ech-render-count', '1'));
    if (isVisible) expect(container.querySelector('.echLegend')).toHaveClass(`echLegend--${position}`);
    else expect(container.querySelector('.echLegend')).toBeNull();
  });

  it('draws a horizontal bar chart of the top hosts without a legend for its one series', async () => {
    const { container } = draw(definitionOf(xy({ seriesType: 'bar_horizontal', xAccessor: 'host', accessors: ['count'] })), perHost());
    await waitFor(() => expect(container.querySelector('.echChartStatus')).toHaveAttribute('data-ech-render-count', '1'));
    expect(container.querySelector('.echLegend')).toBeNull();
  });

  it('names a breakdown of a single value in the legend', async () => {
    const oneHost = { ...perDayPerHost(), rows: perDayPerHost().rows.filter((row) => row.host === 'host-1') };
    const { container } = draw(definitionOf(xy({ seriesType: 'bar_stacked', xAccessor: 'day', splitAccessor: 'host', accessors: ['count'] })), oneHost);
    expect(await legendLabels(container)).toEqual(['host-1']);
  });

  it('draws a line per metric', async () => {
    const { container } = draw(definitionOf(xy({ seriesType: 'line', xAccessor: 'day', accessors: ['count', 'risk'] })), perDay());
    expect(await legendLabels(container)).toEqual(['Count of records', 'Average of kibana.alert.risk_score']);
  });

  it('draws a donut with a ring per group, nested in the legend', async () => {
    const definition = definitionOf({ type: 'pie', shape: 'donut', groups: ['host', 'severity'], metric: 'count', legend }, { buckets: hostSeverityBuckets });
    const { container } = draw(definition, perHostPerSeverity());
    const labels = await legendLabels(container);
    expect(labels).toEqual(expect.arrayContaining(['host-1', 'host-2', 'Other', 'high', 'low', 'critical']));
  });

  it('draws a treemap', async () => {
    const definition = definitionOf({ type: 'pie', shape: 'treemap', groups: ['host'], metric: 'count', legend }, { buckets: hostSeverityBuckets.slice(0, 1) });
    const { container } = draw(definition, perHost());
    expect(await legendLabels(container)).toEqual(expect.arrayContaining(['host-1', 'host-2', 'Other']));
  });

  it('draws a metric tile per breakdown value', async () => {
    const definition = definitionOf({ type: 'metric', metric: 'count', breakdownBy: 'host' }, { buckets: hostSeverityBuckets.slice(0, 1) });
    const { container } = draw(definition, perHost());
    await waitFor(() => expect(container.querySelectorAll('.echMetric')).toHaveLength(3));
    const tiles = [...container.querySelectorAll('.echMetric')].map((tile) => [
      tile.querySelector('.echMetricText__title')?.textContent,
      tile.querySelector('.echMetricText__value')?.textContent,
    ]);
    expect(tiles).toEqual([
      ['host-1', '7'],
      ['host-2', '3'],
      ['Other', new Intl.NumberFormat().format(1204)],
    ]);
  });

  it('draws a sortable table of the chosen columns, labelled as Lens labels them', async () => {
    const definition = definitionOf({ type: 'datatable', columns: ['host', 'count'] }, { buckets: hostSeverityBuckets.slice(0, 1) });
    draw(definition, perHost());
    const table = within(screen.getByTestId('visualization-datatable')).getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers.join('|')).toMatch(/Top 2 values of host\.name.*\|.*Count of records/);
    const firstColumn = () => within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0]!.textContent);
    expect(firstColumn().join()).toMatch(/host-1.*host-2.*Other/);
    // The risk column exists in the table but is not one of the chart's columns.
    expect(within(table).queryByText(/Average of/)).toBeNull();
    fireEvent.click(within(table).getByRole('button', { name: /Count of records/ }));
    await waitFor(() => expect(firstColumn().join()).toMatch(/host-2.*host-1.*Other/));
  });

  it.each<[string, ChartSpec]>([
    ['xy', xy({ seriesType: 'bar_stacked', xAccessor: 'day', splitAccessor: 'host', accessors: ['count'] })],
    ['pie', { type: 'pie', shape: 'pie', groups: ['host'], metric: 'count', legend }],
    ['metric', { type: 'metric', metric: 'count', breakdownBy: 'host' }],
    ['datatable', { type: 'datatable', columns: ['day', 'host', 'count'] }],
  ])('says the time range holds nothing instead of drawing an empty %s chart', (_type, chart) => {
    const { container } = draw(definitionOf(chart), emptyTable(perDayPerHost()));
    expect(screen.getByText('No results in this time range')).toBeInTheDocument();
    expect(container.querySelector('.echChart')).toBeNull();
  });
});

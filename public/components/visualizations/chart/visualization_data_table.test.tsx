import { EuiProvider } from '@elastic/eui';
import { render, screen, within } from '@testing-library/react';
import type { ChartSpec } from '../../../../common/visualizations/definition';
import { VisualizationDataTable } from './visualization_data_table';
import { dateFormatter } from './format';
import { definitionOf, emptyTable, perDayPerHost, TOKYO_DAY_1, TOKYO_DAY_2 } from './test_fixtures';

const chart: ChartSpec = { type: 'xy', seriesType: 'bar_stacked', xAccessor: 'day', splitAccessor: 'host', accessors: ['count'], legend: { isVisible: true, position: 'right' } };

function cellsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent ?? ''));
}

describe('VisualizationDataTable', () => {
  it('lists a date histogram’s buckets in the user’s zone, numbers localised and Other named', async () => {
    render(
      <EuiProvider colorMode="light">
        <VisualizationDataTable definition={definitionOf(chart)} response={perDayPerHost(TOKYO_DAY_1, TOKYO_DAY_2)} timeZone="Asia/Tokyo" />
      </EuiProvider>,
    );
    const table = within(screen.getByTestId('visualization-data-table')).getByRole('table');
    // EUI renders the caption (screen-reader only) a moment after the table.
    expect(await within(table).findByText(/^Data of Alerts per host/)).toBeInTheDocument();
    const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent ?? '');
    expect(headers.map((header) => header.replace(/Click to sort.*$/, ''))).toEqual(
      expect.arrayContaining([expect.stringContaining('@timestamp'), expect.stringContaining('Top 2 values of host.name'), expect.stringContaining('Count of records')]),
    );
    // Midnight in Tokyo is the previous day in UTC: the table must read Tokyo's day.
    const day1 = dateFormatter({ timeZone: 'Asia/Tokyo', interval: 'day' })(TOKYO_DAY_1);
    const day2 = dateFormatter({ timeZone: 'Asia/Tokyo', interval: 'day' })(TOKYO_DAY_2);
    expect(day1).not.toBe(dateFormatter({ timeZone: 'UTC', interval: 'day' })(TOKYO_DAY_1));
    const number = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
    const rows = cellsOf(table);
    expect(rows).toHaveLength(5);
    const expected = [
      [day1, 'host-1', '5', number.format(47.5)],
      [day1, 'host-2', '3', '21'],
      [day1, 'Other', number.format(1200), number.format(73.33)],
      [day2, 'host-1', '2', '—'],
      [day2, 'Other', '4', '10'],
    ];
    rows.forEach((cells, index) => expected[index]!.forEach((text, column) => expect(cells[column]).toBe(text)));
  });

  it('says the time range holds nothing when the table is empty', () => {
    render(
      <EuiProvider colorMode="light">
        <VisualizationDataTable definition={definitionOf(chart)} response={emptyTable(perDayPerHost())} timeZone="UTC" />
      </EuiProvider>,
    );
    expect(screen.getByText('No results in this time range')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

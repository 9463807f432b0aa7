import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EuiProvider } from '@elastic/eui';
import { DateRangeFilter } from './lazy_date_range_filter';

describe('the list’s lazily loaded date range filter', () => {
  it('holds the picker’s place until its code arrives, then works as the picker', async () => {
    const onChange = jest.fn();
    render(
      <EuiProvider colorMode="light">
        <DateRangeFilter from="now-30d" to="now" onChange={onChange} />
      </EuiProvider>,
    );
    expect(screen.getByTestId('cases-date-range-loading')).toBeInTheDocument();

    await userEvent.click(await screen.findByTestId('cases-show-all-button'));
    expect(onChange).toHaveBeenCalledWith({ from: null, to: null });
    expect(screen.getByTestId('cases-date-range')).toBeInTheDocument();
    expect(screen.queryByTestId('cases-date-range-loading')).not.toBeInTheDocument();
  });
});

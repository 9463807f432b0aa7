import moment from 'moment';
import { EuiToolTip } from '@elastic/eui';

/**
 * "Nov 30" for this year, "Nov 30, 2025" before it: a column of these scans quickly and fits a
 * narrow column. The exact time is one hover away, and in the accessible name.
 */
export function shortDate(date: moment.Moment, now: moment.Moment = moment()): string {
  return date.year() === now.year() ? date.format('MMM D') : date.format('MMM D, YYYY');
}

export function FormattedDate({ value, 'data-test-subj': testSubj }: { value: string | null; 'data-test-subj'?: string }) {
  if (!value) return <span data-test-subj={testSubj}>—</span>;
  const date = moment(value);
  if (!date.isValid()) return <span data-test-subj={testSubj}>—</span>;
  const exact = date.format('MMM D, YYYY @ HH:mm:ss');
  return (
    <EuiToolTip content={exact}>
      <time dateTime={value} aria-label={exact} data-test-subj={testSubj}>
        {shortDate(date)}
      </time>
    </EuiToolTip>
  );
}

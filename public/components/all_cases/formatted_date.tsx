import moment from 'moment';
import { EuiToolTip } from '@elastic/eui';

/**
 * Relative time reads fastest when scanning a list; the exact time is one hover away, and in
 * the accessible name, so dates add no tab stops to every row.
 */
export function FormattedDate({ value, 'data-test-subj': testSubj }: { value: string | null; 'data-test-subj'?: string }) {
  if (!value) return <span data-test-subj={testSubj}>—</span>;
  const date = moment(value);
  if (!date.isValid()) return <span data-test-subj={testSubj}>—</span>;
  const exact = date.format('MMM D, YYYY @ HH:mm:ss');
  return (
    <EuiToolTip content={exact}>
      <time dateTime={value} aria-label={`${date.fromNow()}, ${exact}`} data-test-subj={testSubj}>
        {date.fromNow()}
      </time>
    </EuiToolTip>
  );
}

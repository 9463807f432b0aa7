/**
 * The list's date range filter, loaded after the list itself. EuiSuperDatePicker's absolute tab
 * shows its format through EuiCode, which imports the code highlighter with every language it
 * knows (refractor, about 180 kB compressed): loaded statically, that would be a quarter of the
 * list's first load for a control most visits never open. The table renders without waiting for it.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import { EuiSkeletonRectangle } from '@elastic/eui';

const DateRangeFilterModule = lazy(() => import('./date_range_filter').then((m) => ({ default: m.DateRangeFilter })));

export function DateRangeFilter(props: ComponentProps<typeof DateRangeFilterModule>) {
  return (
    <Suspense fallback={<EuiSkeletonRectangle width={320} height={40} borderRadius="m" data-test-subj="cases-date-range-loading" />}>
      <DateRangeFilterModule {...props} />
    </Suspense>
  );
}

/**
 * The time picker loads after the table: EuiSuperDatePicker's absolute tab pulls in the code
 * highlighter (see all_cases/lazy_date_range_filter.tsx), and the first page of alerts must not
 * wait for it. The request already carries the default range meanwhile.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import { EuiSkeletonRectangle } from '@elastic/eui';

const Picker = lazy(() => import('./alerts_time_picker').then((m) => ({ default: m.AlertsTimePicker })));

export function AlertsTimePicker(props: ComponentProps<typeof Picker>) {
  return (
    <Suspense fallback={<EuiSkeletonRectangle width={360} height={40} borderRadius="m" data-test-subj="alerts-time-picker-loading" />}>
      <Picker {...props} />
    </Suspense>
  );
}

/**
 * The summary row: when and by whom the case was opened, and how long it has been (or was)
 * open, in progress and to close. Running durations are computed here from the case's
 * timestamps; the closed duration is the server's `duration` in seconds.
 */
import { type ReactNode } from 'react';
import { EuiDescriptionList, EuiFlexGroup, EuiFlexItem, EuiPanel } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import { FormattedTime } from '../user_actions/formatted_time';
import { caseUserName } from '../user_actions/case_user';
import { formatDuration, secondsBetween } from '../formatting/format_duration';
import { useNow } from './use_now';

interface Metric {
  key: string;
  title: string;
  description: NonNullable<ReactNode>;
}

export function buildMetrics(caseData: Case, now: number): Metric[] {
  const nowIso = new Date(now).toISOString();
  const metrics: Metric[] = [
    {
      key: 'created',
      title: 'Created',
      description: (
        <>
          <FormattedTime iso={caseData.created_at} mode="absolute" /> by {caseUserName(caseData.created_by)}
        </>
      ),
    },
  ];
  if (caseData.status !== 'closed') {
    metrics.push({ key: 'open-duration', title: 'Open for', description: formatDuration(secondsBetween(caseData.created_at, nowIso) ?? 0) });
  }
  // A case reopened after being in progress keeps its in_progress_at; the figure only means
  // something while it is in progress or for how it ended.
  if (caseData.in_progress_at && caseData.status !== 'open') {
    const end = caseData.status === 'closed' ? caseData.closed_at : nowIso;
    const seconds = secondsBetween(caseData.in_progress_at, end);
    if (seconds !== undefined) metrics.push({ key: 'in-progress-duration', title: 'In progress for', description: formatDuration(seconds) });
  }
  if (caseData.status === 'closed') {
    const seconds = caseData.duration ?? secondsBetween(caseData.created_at, caseData.closed_at);
    metrics.push({ key: 'duration', title: 'Time to close', description: seconds === undefined ? '—' : formatDuration(seconds) });
    if (caseData.closed_at) {
      metrics.push({
        key: 'closed',
        title: 'Closed',
        description: (
          <>
            <FormattedTime iso={caseData.closed_at} mode="absolute" />
            {caseData.closed_by ? ` by ${caseUserName(caseData.closed_by)}` : ''}
          </>
        ),
      });
    }
  }
  return metrics;
}

export function CaseViewMetrics({ caseData }: { caseData: Case }) {
  const now = useNow();
  return (
    <EuiPanel hasBorder paddingSize="m" data-test-subj="case-view-metrics">
      <EuiFlexGroup gutterSize="xl" wrap responsive={false}>
        {buildMetrics(caseData, now).map((metric) => (
          <EuiFlexItem grow={false} key={metric.key}>
            <EuiDescriptionList
              compressed
              listItems={[{ title: metric.title, description: metric.description }]}
              data-test-subj={`case-view-metrics-${metric.key}`}
            />
          </EuiFlexItem>
        ))}
      </EuiFlexGroup>
    </EuiPanel>
  );
}

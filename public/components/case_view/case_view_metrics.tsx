/**
 * The summary row: what the case holds (alerts, comments), when and by whom it was opened, how
 * long it has been (or was) open, in progress and to close, and when it last changed. Every
 * figure comes from the case itself: running durations from its timestamps, the closed one
 * from the server's `duration` in seconds. Per-case alert metrics arrive with the alerts work.
 */
import { type ReactNode } from 'react';
import { EuiFlexGroup, EuiFlexItem, EuiPanel, EuiStat } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import { FormattedTime } from '../user_actions/formatted_time';
import { caseUserName } from '../user_actions/case_user';
import { formatDuration, secondsBetween } from '../formatting/format_duration';
import { useNow } from './use_now';

interface Metric {
  key: string;
  title: string;
  value: NonNullable<ReactNode>;
  /** A line under the value: who did it, or what the figure counts from. */
  note?: string;
  /** Numbers read large; dates and sentences need the smaller size to fit a tile. */
  size: 's' | 'xs';
}

const count = (value: number) => value.toLocaleString();

function durationMetrics(caseData: Case, nowIso: string): Metric[] {
  const metrics: Metric[] = [];
  if (caseData.status !== 'closed') {
    metrics.push({ key: 'open-duration', title: 'Open for', value: formatDuration(secondsBetween(caseData.created_at, nowIso) ?? 0), size: 's' });
  }
  // A case reopened after being in progress keeps its in_progress_at; the figure only means
  // something while it is in progress or for how it ended.
  if (caseData.in_progress_at && caseData.status !== 'open') {
    const end = caseData.status === 'closed' ? caseData.closed_at : nowIso;
    const seconds = secondsBetween(caseData.in_progress_at, end);
    if (seconds !== undefined) metrics.push({ key: 'in-progress-duration', title: 'In progress for', value: formatDuration(seconds), size: 's' });
  }
  if (caseData.status === 'closed') {
    const seconds = caseData.duration ?? secondsBetween(caseData.created_at, caseData.closed_at);
    metrics.push({ key: 'duration', title: 'Time to close', value: seconds === undefined ? '—' : formatDuration(seconds), size: 's' });
  }
  return metrics;
}

export function buildMetrics(caseData: Case, now: number): Metric[] {
  const metrics: Metric[] = [
    { key: 'alerts', title: 'Alerts', value: count(caseData.totalAlerts), size: 's' },
    { key: 'comments', title: 'Comments', value: count(caseData.totalComment), size: 's' },
    {
      key: 'created',
      title: 'Created',
      value: <FormattedTime iso={caseData.created_at} mode="absolute" />,
      note: `by ${caseUserName(caseData.created_by)}`,
      size: 'xs',
    },
    ...durationMetrics(caseData, new Date(now).toISOString()),
  ];
  if (caseData.status === 'closed' && caseData.closed_at) {
    metrics.push({
      key: 'closed',
      title: 'Closed',
      value: <FormattedTime iso={caseData.closed_at} mode="absolute" />,
      note: caseData.closed_by ? `by ${caseUserName(caseData.closed_by)}` : undefined,
      size: 'xs',
    });
  }
  if (caseData.updated_at) {
    metrics.push({
      key: 'updated',
      title: 'Last updated',
      value: <FormattedTime iso={caseData.updated_at} />,
      note: caseData.updated_by ? `by ${caseUserName(caseData.updated_by)}` : undefined,
      size: 'xs',
    });
  }
  return metrics;
}

export function CaseViewMetrics({ caseData }: { caseData: Case }) {
  const now = useNow();
  return (
    <EuiPanel hasBorder paddingSize="m" data-test-subj="case-view-metrics">
      {/* Tiles share the row at wide widths and wrap whole (never squeezed) below ~170 px each. */}
      <EuiFlexGroup gutterSize="l" wrap responsive={false} role="list" aria-label="Case summary">
        {buildMetrics(caseData, now).map((metric) => (
          <EuiFlexItem key={metric.key} role="listitem" css={{ minWidth: 150, flexBasis: 150 }}>
            <EuiStat
              title={metric.value}
              description={metric.title}
              descriptionElement="div"
              titleElement="div"
              titleSize={metric.size}
              data-test-subj={`case-view-metrics-${metric.key}`}
            >
              {metric.note && (
                <span css={{ fontSize: '0.8571rem' }} data-test-subj={`case-view-metrics-${metric.key}-note`}>
                  {metric.note}
                </span>
              )}
            </EuiStat>
          </EuiFlexItem>
        ))}
      </EuiFlexGroup>
    </EuiPanel>
  );
}

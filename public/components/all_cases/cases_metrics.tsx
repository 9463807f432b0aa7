import { EuiFlexGroup, EuiFlexItem, EuiPanel, EuiStat } from '@elastic/eui';
import type { CasesFindResponse } from '../../../common/types/api/case';
import { useGetCaseMetrics } from '../../containers/use_get_case_metrics';
import { formatDuration } from '../formatting/format_duration';

interface CasesMetricsProps {
  counts: Pick<CasesFindResponse, 'count_open_cases' | 'count_in_progress_cases' | 'count_closed_cases'> | undefined;
  isLoadingCounts: boolean;
  from: string | null;
  to: string | null;
}

/** Counts per status under the current filters, and the mean time to close in the date range. */
export function CasesMetrics({ counts, isLoadingCounts, from, to }: CasesMetricsProps) {
  const metrics = useGetCaseMetrics(from && to ? { from, to } : {});
  const count = (value: number | undefined) => (value === undefined ? '—' : value.toLocaleString());
  const mttr = metrics.isError ? '—' : formatDuration(metrics.data?.mttr);

  const tiles = [
    { id: 'open', title: count(counts?.count_open_cases), description: 'Open cases', loading: isLoadingCounts },
    { id: 'in-progress', title: count(counts?.count_in_progress_cases), description: 'In progress cases', loading: isLoadingCounts },
    { id: 'closed', title: count(counts?.count_closed_cases), description: 'Closed cases', loading: isLoadingCounts },
    { id: 'mttr', title: mttr, description: 'Average time to close', loading: metrics.isLoading },
  ];

  return (
    <EuiPanel hasBorder paddingSize="m" data-test-subj="cases-metrics">
      <EuiFlexGroup responsive={false} wrap gutterSize="l">
        {tiles.map((tile) => (
          <EuiFlexItem key={tile.id} css={{ minWidth: 140 }}>
            <EuiStat
              title={tile.title}
              description={tile.description}
              titleSize="s"
              isLoading={tile.loading}
              reverse
              data-test-subj={`cases-metrics-${tile.id}`}
            />
          </EuiFlexItem>
        ))}
      </EuiFlexGroup>
    </EuiPanel>
  );
}

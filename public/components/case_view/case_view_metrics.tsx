/**
 * The summary panel, as Kibana's case view metrics: what the case holds (total alerts, the users
 * and hosts behind them, connectors, comments) and its lifespan (created, open and in-progress
 * durations, creation to close). Alert, connector and lifespan figures come from one request
 * to the case's metrics route, loaded beside the case: the case shows at once and each tile
 * fills in when its figure arrives. Comments, creation and the last update come with the case.
 */
import { type ReactNode } from 'react';
import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiIconTip, EuiPanel, EuiStat } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import type { SingleCaseMetricsResponse } from '../../containers/single_case_metrics';
import { useSingleCaseMetrics } from '../../containers/use_single_case_metrics';
import { FormattedTime } from '../user_actions/formatted_time';
import { caseUserName } from '../user_actions/case_user';
import { lifespanFigures } from './lifespan_metrics';
import { MetricValuesPopover } from './metric_values_popover';
import { useNow } from './use_now';

interface Tile {
  /** Kibana's data-test-subj where it has one. */
  testSubj: string;
  title: string;
  value: ReactNode;
  /** A line under the value: who did it. */
  note?: string;
  /** Numbers read large; dates and durations need the smaller size to fit a tile. */
  size: 's' | 'xs';
  isLoading?: boolean;
}

const count = (value: number | undefined) => (value === undefined ? '—' : value.toLocaleString());

function totalsTiles(caseData: Case, metrics: SingleCaseMetricsResponse | undefined, isLoading: boolean): Tile[] {
  const { alerts, connectors } = metrics ?? {};
  const values = (title: string, key: 'users' | 'hosts') => {
    const found = alerts?.[key];
    return found ? <MetricValuesPopover title={title} values={found} testSubj={`case-metrics-alerts-${key}`} /> : '—';
  };
  return [
    { testSubj: 'case-metrics-totals-alerts.count', title: 'Total alerts', value: count(alerts?.count), size: 's', isLoading },
    { testSubj: 'case-metrics-totals-alerts.users', title: 'Associated users', value: values('Associated users', 'users'), size: 's', isLoading },
    { testSubj: 'case-metrics-totals-alerts.hosts', title: 'Associated hosts', value: values('Associated hosts', 'hosts'), size: 's', isLoading },
    { testSubj: 'case-metrics-totals-connectors', title: 'Total connectors', value: count(connectors?.total), size: 's', isLoading },
    { testSubj: 'case-view-metrics-comments', title: 'Comments', value: count(caseData.totalComment), size: 's' },
  ];
}

function Reopened({ dates }: { dates: string[] }) {
  return (
    <EuiIconTip
      type="info"
      aria-label="Reopened"
      content={
        <>
          Reopened{' '}
          {dates.map((date, index) => (
            <span key={date}>
              {index > 0 && ', '}
              <FormattedTime iso={date} mode="absolute" />
            </span>
          ))}
        </>
      }
      iconProps={{ 'data-test-subj': 'case-metrics-lifespan-reopen-icon' }}
    />
  );
}

function lifespanTiles(caseData: Case, metrics: SingleCaseMetricsResponse | undefined, isLoading: boolean, answeredAt: number, now: number): Tile[] {
  const figures = metrics?.lifespan && lifespanFigures(metrics.lifespan, caseData.status, answeredAt, now);
  const reopened = figures && figures.reopenDates.length > 0 && caseData.status === 'closed';
  const tiles: Tile[] = [
    {
      testSubj: 'case-metrics-lifespan-item-creation-date',
      title: 'Case created',
      value: <FormattedTime iso={caseData.created_at} mode="absolute" />,
      note: `by ${caseUserName(caseData.created_by)}`,
      size: 'xs',
    },
    { testSubj: 'case-metrics-lifespan-item-open-duration', title: 'Open duration', value: figures?.openDuration ?? '—', size: 'xs', isLoading },
    { testSubj: 'case-metrics-lifespan-item-inProgress-duration', title: 'In progress duration', value: figures?.inProgressDuration ?? '—', size: 'xs', isLoading },
    {
      testSubj: 'case-metrics-lifespan-item-open-to-close-duration',
      title: 'Duration from creation to close',
      value: reopened ? <>{figures.creationToClose} (reopened) <Reopened dates={figures.reopenDates} /></> : figures?.creationToClose ?? '—',
      size: 'xs',
      isLoading,
    },
  ];
  if (caseData.updated_at) {
    tiles.push({
      testSubj: 'case-view-metrics-updated',
      title: 'Last updated',
      value: <FormattedTime iso={caseData.updated_at} />,
      note: caseData.updated_by ? `by ${caseUserName(caseData.updated_by)}` : undefined,
      size: 'xs',
    });
  }
  return tiles;
}

function TileView({ tile }: { tile: Tile }) {
  return (
    <EuiFlexItem role="listitem" css={{ minWidth: 150, flexBasis: 150 }} data-test-subj={tile.testSubj}>
      <EuiStat title={tile.value} description={tile.title} descriptionElement="div" titleElement="div" titleSize={tile.size} isLoading={tile.isLoading}>
        {tile.note && (
          <span css={{ fontSize: '0.8571rem' }} data-test-subj={`${tile.testSubj}-note`}>
            {tile.note}
          </span>
        )}
      </EuiStat>
    </EuiFlexItem>
  );
}

export function CaseViewMetrics({ caseData }: { caseData: Case }) {
  const now = useNow();
  const metrics = useSingleCaseMetrics(caseData.id);
  const tiles = [
    ...totalsTiles(caseData, metrics.data, metrics.isPending),
    ...lifespanTiles(caseData, metrics.data, metrics.isPending, metrics.dataUpdatedAt, now),
  ];
  return (
    <EuiPanel hasBorder paddingSize="m" data-test-subj="case-view-metrics-panel">
      {/* Tiles share the row at wide widths and wrap whole (never squeezed) below ~170 px each. */}
      <EuiFlexGroup gutterSize="l" wrap responsive={false} role="list" aria-label="Case summary">
        {tiles.map((tile) => (
          <TileView key={tile.testSubj} tile={tile} />
        ))}
        {metrics.isError && (
          <EuiFlexItem grow={false} css={{ alignSelf: 'center' }}>
            <EuiButtonEmpty size="s" color="danger" iconType="refresh" onClick={() => void metrics.refetch()} data-test-subj="case-view-metrics-retry">
              Figures could not be loaded: retry
            </EuiButtonEmpty>
          </EuiFlexItem>
        )}
      </EuiFlexGroup>
    </EuiPanel>
  );
}

/**
 * One chart in a case: a Lens visualization (an attachment's state, or a `!{lens{...}}` embed in
 * a comment) read into a definition, queried over its time range and drawn. A panel costs
 * nothing until it nears the viewport: only then are the data sources read, the chart code
 * loaded and the table queried, so a case with many charts opens as fast as one without. The
 * panel keeps one height meanwhile, so the activity does not jump as charts arrive.
 *
 * A state the reader cannot turn into a chart shows why, with its JSON to download; a failed
 * query shows the server's message and a Retry. Neither ever leaves an empty or half-drawn chart.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { EuiButton, EuiCallOut, EuiFlexGroup, EuiFlexItem, EuiLoadingChart, EuiPanel, EuiSpacer, EuiSwitch, EuiText, EuiTitle } from '@elastic/eui';
import type { VisualizationDefinition } from '../../../common/visualizations/definition';
import { readLens, type LensReading } from '../../../common/visualizations/lens/read_lens';
import type { VisualizationDataSource } from '../../../common/visualizations/query_api';
import { toDataRequest } from '../../../common/visualizations/to_data_request';
import { useVisualizationDataSources, useVisualizationQuery } from '../../containers/use_visualization_data';
import { getErrorMessage } from '../../core';
import { UnsupportedVisualization } from './unsupported_visualization';
import { useNearViewport } from './use_near_viewport';
import { downloadVisualizationJson } from './visualization_download';
import { VisualizationErrorBoundary } from './visualization_error_boundary';
import { VisualizationMenu, type VisualizationAction } from './visualization_menu';
import { formatTimeRange, resolveTimeRange, storedTimeRangeOf, userTimeZone, type ResolvedTimeRange } from './visualization_time_range';
import { isRecord } from '../../../common/visualizations/lens/unknown_value';

export type { VisualizationAction } from './visualization_menu';

const VisualizationChart = lazy(() => import('./chart/visualization_chart'));
const VisualizationDataTable = lazy(() => import('./chart/visualization_chart').then((module) => ({ default: module.VisualizationDataTable })));

/** The chart's height, and the placeholder's before it loads. */
export const CHART_HEIGHT = 240;
export const UNTITLED_VISUALIZATION = 'Untitled visualization';
const NO_ACTIONS: VisualizationAction[] = [];

const textOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

export interface VisualizationViewProps {
  /** Lens' saved-object attributes, as stored: read leniently, whatever their origin. */
  attributes: unknown;
  /** The stored `{ from, to }`: absolute instants, or date math in older states. */
  timeRange: unknown;
  /** Shown instead of the attributes' title. */
  title?: string;
  /** Items before "Download JSON" in the panel's menu ("Open visualization"). */
  actions?: VisualizationAction[];
  'data-test-subj'?: string;
}

function ChartLoading() {
  return (
    <EuiFlexGroup justifyContent="center" alignItems="center" style={{ height: CHART_HEIGHT }} data-test-subj="visualization-loading">
      <EuiLoadingChart size="l" />
    </EuiFlexGroup>
  );
}

function QueryError({ title, error, onRetry }: { title: string; error: unknown; onRetry(): void }) {
  return (
    <EuiCallOut title={title} color="danger" iconType="error" size="s" data-test-subj="visualization-query-error">
      <p>{getErrorMessage(error)}</p>
      <EuiButton size="s" color="danger" onClick={onRetry} data-test-subj="visualization-retry">
        Retry
      </EuiButton>
    </EuiCallOut>
  );
}

/** The reader's verdict; an exception on a state nobody foresaw is one more reason it cannot be drawn. */
function readSafely(attributes: unknown, sources: VisualizationDataSource[]): LensReading {
  try {
    return readLens(attributes, sources);
  } catch (error) {
    const visualizationType = isRecord(attributes) ? (textOf(attributes.visualizationType) ?? 'unknown') : 'unknown';
    return { ok: false, title: '', visualizationType, problems: [`Its state could not be read: ${getErrorMessage(error)}`] };
  }
}

function DrawnChart({ definition, request, timeZone }: { definition: VisualizationDefinition; request: ReturnType<typeof toDataRequest>; timeZone: string }) {
  const query = useVisualizationQuery(request);
  const [showTable, setShowTable] = useState(false);
  if (query.isError) return <QueryError title="Could not load the chart's data" error={query.error} onRetry={() => void query.refetch()} />;
  // A placeholder table belongs to the chart before an edit: its columns may not be this one's.
  if (!query.data || query.isPlaceholderData) return <ChartLoading />;
  return (
    <VisualizationErrorBoundary>
      <Suspense fallback={<ChartLoading />}>
        <div data-test-subj="visualization-chart-container">
          <VisualizationChart definition={definition} response={query.data} timeZone={timeZone} height={CHART_HEIGHT} />
        </div>
        <EuiSpacer size="s" />
        <EuiSwitch compressed label="Show data table" checked={showTable} onChange={(event) => setShowTable(event.target.checked)} data-test-subj="visualization-show-table" />
        {showTable && (
          <div data-test-subj="visualization-data-table-container">
            <EuiSpacer size="s" />
            <VisualizationDataTable definition={definition} response={query.data} timeZone={timeZone} />
          </div>
        )}
      </Suspense>
    </VisualizationErrorBoundary>
  );
}

interface ContentProps {
  attributes: unknown;
  resolved: ResolvedTimeRange;
  timeZone: string;
  onDownload(): void;
}

/** Mounted once the panel nears the viewport: only then does anything load. */
function VisualizationContent({ attributes, resolved, timeZone, onDownload }: ContentProps) {
  const sources = useVisualizationDataSources();
  const reading = useMemo(() => (sources.data ? readSafely(attributes, sources.data.sources) : null), [attributes, sources.data]);
  const request = useMemo(
    () => (reading?.ok && resolved.ok ? toDataRequest(reading.definition, resolved.range, timeZone) : null),
    [reading, resolved, timeZone],
  );
  if (sources.isError) return <QueryError title="Could not load the data sources" error={sources.error} onRetry={() => void sources.refetch()} />;
  if (!reading) return <ChartLoading />;
  const problems = [...(reading.ok ? [] : reading.problems), ...(resolved.ok ? [] : [resolved.problem])];
  if (!reading.ok || !request || problems.length > 0) {
    const visualizationType = reading.ok ? (isRecord(attributes) ? textOf(attributes.visualizationType) : undefined) : reading.visualizationType;
    return <UnsupportedVisualization visualizationType={visualizationType} problems={problems} onDownload={onDownload} />;
  }
  return <DrawnChart definition={reading.definition} request={request} timeZone={timeZone} />;
}

function TimeRangeText({ resolved, timeZone }: { resolved: ResolvedTimeRange; timeZone: string }) {
  if (!resolved.ok) return null;
  return (
    <EuiText size="xs" color="subdued" data-test-subj="visualization-time-range">
      <span>{formatTimeRange(resolved.range, timeZone)}</span>
      {resolved.relative && (
        <span data-test-subj="visualization-relative-range">
          {' '}
          (stored as {resolved.relative.from} to {resolved.relative.to}, resolved when shown)
        </span>
      )}
    </EuiText>
  );
}

export function VisualizationView({ attributes, timeRange, title, actions = NO_ACTIONS, 'data-test-subj': dataTestSubj = 'visualization-view' }: VisualizationViewProps) {
  const [placeholderRef, isNear] = useNearViewport<HTMLDivElement>();
  const stored = storedTimeRangeOf(timeRange);
  const from = stored?.from;
  const to = stored?.to;
  // Resolved once per stored range: a relative one stays put while shown, and so does its
  // request (the query's cache key) across renders.
  const resolved = useMemo(() => resolveTimeRange(from !== undefined && to !== undefined ? { from, to } : null), [from, to]);
  const timeZone = useMemo(userTimeZone, []);
  const name = title ?? (isRecord(attributes) ? textOf(attributes.title) : undefined) ?? UNTITLED_VISUALIZATION;
  const download = () => downloadVisualizationJson(name, { attributes, timeRange });

  return (
    <EuiPanel hasBorder paddingSize="m" data-test-subj={dataTestSubj}>
      <EuiFlexGroup gutterSize="s" alignItems="flexStart" responsive={false}>
        <EuiFlexItem>
          <EuiTitle size="xxs">
            <h4 data-test-subj="visualization-title">{name}</h4>
          </EuiTitle>
          <TimeRangeText resolved={resolved} timeZone={timeZone} />
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <VisualizationMenu title={name} actions={actions} onDownload={download} />
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="s" />
      <div ref={placeholderRef} style={{ minHeight: CHART_HEIGHT }} data-test-subj={isNear ? undefined : 'visualization-placeholder'}>
        {isNear && <VisualizationContent attributes={attributes} resolved={resolved} timeZone={timeZone} onDownload={download} />}
      </div>
    </EuiPanel>
  );
}

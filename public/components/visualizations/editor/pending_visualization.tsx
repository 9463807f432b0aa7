/**
 * A visualization saved from the editor but not yet added to the case: a card in the comment box
 * naming it (title, chart type, time range), with Preview (the chart exactly as the case will
 * show it), Edit and Remove. "Add comment" then posts it.
 */
import { useState } from 'react';
import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiIcon, EuiPanel, EuiSpacer, EuiText } from '@elastic/eui';
import type { AbsoluteTimeRange } from '../../../../common/visualizations/definition';
import { readLens } from '../../../../common/visualizations/lens/read_lens';
import type { VisualizationDataSource } from '../../../../common/visualizations/query_api';
import { useVisualizationDataSources } from '../../../containers/use_visualization_data';
import { VisualizationView } from '../visualization_view';
import { formatTimeRange } from '../visualization_time_range';
import { chartChoiceOf, chartLabel } from './chart_types';

const TYPE_NAMES: Record<string, string> = { lnsXY: 'XY chart', lnsPie: 'Pie chart', lnsMetric: 'Metric', lnsDatatable: 'Table' };

export interface PendingVisualizationValue {
  attributes: { title: string; visualizationType: string };
  timeRange: AbsoluteTimeRange;
}

/** "Bar vertical stacked" when the chart reads back; its Lens type otherwise. */
export function pendingChartLabel(attributes: PendingVisualizationValue['attributes'], sources: VisualizationDataSource[] | undefined): string {
  if (sources) {
    const reading = readLens(attributes, sources);
    if (reading.ok) return chartLabel(chartChoiceOf(reading.definition.chart));
  }
  return TYPE_NAMES[attributes.visualizationType] ?? attributes.visualizationType;
}

interface PendingVisualizationProps {
  value: PendingVisualizationValue;
  isDisabled: boolean;
  onEdit: () => void;
  onRemove: () => void;
}

export function PendingVisualization({ value, isDisabled, onEdit, onRemove }: PendingVisualizationProps) {
  const [previewing, setPreviewing] = useState(false);
  const sources = useVisualizationDataSources();
  const title = value.attributes.title;
  return (
    <EuiPanel hasBorder paddingSize="s" color="subdued" data-test-subj="pendingVisualization">
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
        <EuiFlexItem grow={false}>
          <EuiIcon type="lensApp" size="l" aria-hidden />
        </EuiFlexItem>
        <EuiFlexItem css={{ minWidth: 160 }}>
          <EuiText size="s">
            <strong data-test-subj="pendingVisualizationTitle">{title}</strong>
          </EuiText>
          <EuiText size="xs" color="subdued" data-test-subj="pendingVisualizationSummary">
            {pendingChartLabel(value.attributes, sources.data?.sources)} · {formatTimeRange(value.timeRange)}
          </EuiText>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty size="s" iconType="eye" onClick={() => setPreviewing((open) => !open)} aria-expanded={previewing} data-test-subj="pendingVisualizationPreview">
            {previewing ? 'Hide preview' : 'Preview'}
          </EuiButtonEmpty>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty size="s" iconType="pencil" onClick={onEdit} isDisabled={isDisabled} data-test-subj="pendingVisualizationEdit">
            Edit
          </EuiButtonEmpty>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty size="s" iconType="trash" color="danger" onClick={onRemove} isDisabled={isDisabled} data-test-subj="pendingVisualizationRemove">
            Remove
          </EuiButtonEmpty>
        </EuiFlexItem>
      </EuiFlexGroup>
      {previewing && (
        <>
          <EuiSpacer size="s" />
          <VisualizationView attributes={value.attributes} timeRange={value.timeRange} title={title} data-test-subj="pendingVisualizationView" />
        </>
      )}
    </EuiPanel>
  );
}

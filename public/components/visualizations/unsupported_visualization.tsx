/**
 * What a chart this app cannot draw shows instead: what it is, each reason it cannot be drawn,
 * and its JSON to take to Kibana. Never an empty frame or a half-drawn chart, which would read
 * as "no data" rather than "not supported".
 */
import { EuiButton, EuiCallOut, EuiSpacer, EuiText } from '@elastic/eui';

export const UNSUPPORTED_TITLE = 'This visualization cannot be shown here';

const CHART_TYPE_NAMES: Record<string, string> = { lnsXY: 'XY chart', lnsPie: 'Pie chart', lnsMetric: 'Metric', lnsDatatable: 'Table' };

/** Lens' chart type in words; a type we have no words for shows as Lens names it. */
export const chartTypeName = (visualizationType: string): string => CHART_TYPE_NAMES[visualizationType] ?? visualizationType;

export interface UnsupportedVisualizationProps {
  visualizationType?: string;
  problems: string[];
  onDownload(): void;
}

export function UnsupportedVisualization({ visualizationType, problems, onDownload }: UnsupportedVisualizationProps) {
  return (
    <EuiCallOut title={UNSUPPORTED_TITLE} color="warning" iconType="warning" size="s" data-test-subj="visualization-unsupported">
      {visualizationType && (
        <EuiText size="s">
          <p>
            Chart type: <span data-test-subj="visualization-unsupported-type">{chartTypeName(visualizationType)}</span>
          </p>
        </EuiText>
      )}
      <EuiText size="s">
        <ul data-test-subj="visualization-unsupported-problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </EuiText>
      <EuiSpacer size="s" />
      <EuiButton size="s" iconType="download" onClick={onDownload} data-test-subj="visualization-unsupported-download">
        Download JSON
      </EuiButton>
    </EuiCallOut>
  );
}

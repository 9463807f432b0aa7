/**
 * What a chart shows when the time range holds no data: a message in the chart's place, never an
 * empty frame that reads as a broken chart.
 */
import { EuiEmptyPrompt } from '@elastic/eui';

export const NO_RESULTS_TITLE = 'No results in this time range';

export function NoResults({ height }: { height?: number }) {
  return (
    <div style={{ minHeight: height, display: 'flex', alignItems: 'center', justifyContent: 'center' }} data-test-subj="visualization-no-results">
      <EuiEmptyPrompt
        iconType="visBarVertical"
        titleSize="xs"
        title={<h3>{NO_RESULTS_TITLE}</h3>}
        body={<p>Try a longer time range or a wider query.</p>}
        paddingSize="m"
      />
    </div>
  );
}

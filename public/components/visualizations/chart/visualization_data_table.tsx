/**
 * The data behind any chart, as a table: what a screen reader (or anyone wanting exact values)
 * reads instead of the canvas. The caller shows it behind a toggle. It does not import the chart
 * library, so a page may import it without React.lazy.
 */
import type { VisualizationDefinition } from '../../../../common/visualizations/definition';
import type { VisualizationQueryResponse } from '../../../../common/visualizations/query_api';
import { ColumnsTable } from './columns_table';
import { NoResults } from './no_results';

export interface VisualizationDataTableProps {
  definition: VisualizationDefinition;
  response: VisualizationQueryResponse;
  /** IANA zone dates are shown in: the user's. */
  timeZone: string;
}

export function VisualizationDataTable({ definition, response, timeZone }: VisualizationDataTableProps) {
  if (response.rows.length === 0) return <NoResults />;
  return (
    <ColumnsTable
      definition={definition}
      response={response}
      timeZone={timeZone}
      columnIds={response.columns.map((column) => column.id)}
      caption={`Data of ${definition.title || 'the visualization'}`}
      data-test-subj="visualization-data-table"
    />
  );
}

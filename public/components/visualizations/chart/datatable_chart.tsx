/**
 * Lens' table visualization: the chosen columns in order, labelled as Lens labels them, sortable.
 */
import type { VisualizationDefinition } from '../../../../common/visualizations/definition';
import type { VisualizationQueryResponse } from '../../../../common/visualizations/query_api';
import { ColumnsTable } from './columns_table';

export interface DatatableChartProps {
  definition: VisualizationDefinition;
  response: VisualizationQueryResponse;
  timeZone: string;
  height?: number;
}

export function DatatableChart({ definition, response, timeZone, height }: DatatableChartProps) {
  const columnIds = definition.chart.type === 'datatable' ? definition.chart.columns : response.columns.map((column) => column.id);
  return (
    <div style={height ? { maxHeight: height, overflowY: 'auto' } : undefined} data-test-subj="visualization-datatable">
      <ColumnsTable definition={definition} response={response} timeZone={timeZone} columnIds={columnIds} caption={definition.title || 'Table'} />
    </div>
  );
}

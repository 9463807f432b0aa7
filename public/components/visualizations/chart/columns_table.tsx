/**
 * A visualization's table as an accessible, sortable EUI table: the datatable chart draws it, and
 * every other chart offers it as its data. Cells are formatted as the charts format them; sorting
 * follows the raw values (dates in time order, numbers numerically).
 */
import { EuiInMemoryTable, type EuiBasicTableColumn } from '@elastic/eui';
import { useMemo } from 'react';
import { OTHER_BUCKET_KEY, type VisualizationDefinition } from '../../../../common/visualizations/definition';
import type { CellValue, VisualizationQueryResponse } from '../../../../common/visualizations/query_api';
import { columnLabel, formattersFor, OTHER_LABEL } from './format';

type TableItem = Record<string, CellValue | number>;

/** Rows shown per page before the table pages. */
export const TABLE_PAGE_SIZE = 20;
const INDEX = '__row';

export interface ColumnsTableProps {
  definition: VisualizationDefinition;
  response: VisualizationQueryResponse;
  timeZone: string;
  /** Column ids to show, in order; ids the table does not hold are left out. */
  columnIds: string[];
  /** What the table is, for screen readers. */
  caption: string;
  'data-test-subj'?: string;
}

export function ColumnsTable({ definition, response, timeZone, columnIds, caption, 'data-test-subj': testSubj }: ColumnsTableProps) {
  const { items, columns } = useMemo(() => {
    const byId = new Map(response.columns.map((column) => [column.id, column]));
    const shown = columnIds.filter((id) => byId.has(id));
    const format = formattersFor(response, timeZone);
    // Items are keyed by position: column ids are free text and EUI reads dotted fields as paths.
    const fieldOf = (index: number) => `c${index}`;
    const tableItems: TableItem[] = response.rows.map((row, rowIndex) => ({
      [INDEX]: rowIndex,
      ...Object.fromEntries(shown.map((id, index) => [fieldOf(index), row[id] ?? null])),
    }));
    const tableColumns: Array<EuiBasicTableColumn<TableItem>> = shown.map((id, index) => {
      const column = byId.get(id)!;
      const field = fieldOf(index);
      const numeric = column.type === 'number' || column.type === 'date';
      return {
        field,
        name: columnLabel(definition, id),
        ...(column.role === 'metric' || column.type === 'number' ? { dataType: 'number' as const } : {}),
        sortable: (item: TableItem) => {
          const value = item[field];
          if (value === OTHER_BUCKET_KEY) return OTHER_LABEL;
          return numeric || typeof value !== 'boolean' ? value : String(value);
        },
        render: (value: CellValue) => format[id]!(value),
      };
    });
    return { items: tableItems, columns: tableColumns };
  }, [definition, response, timeZone, columnIds]);

  return (
    <EuiInMemoryTable<TableItem>
      tableCaption={caption}
      items={items}
      itemId={INDEX}
      columns={columns}
      sorting
      {...(items.length > TABLE_PAGE_SIZE ? { pagination: { initialPageSize: TABLE_PAGE_SIZE, pageSizeOptions: [10, 20, 50, 100] } } : {})}
      data-test-subj={testSubj}
    />
  );
}

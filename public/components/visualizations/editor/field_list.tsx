/**
 * The source's fields, searchable, each one draggable onto a dimension zone. Only fields a chart
 * can bucket or measure are listed. Dragging is one way in; every zone also has a combo box, so
 * nothing here is needed to build a chart with the keyboard alone.
 */
import { memo, useMemo, useState } from 'react';
import { EuiDraggable, EuiDroppable, EuiFieldSearch, EuiFlexGroup, EuiFlexItem, EuiPanel, EuiSpacer, EuiText, EuiToken } from '@elastic/eui';
import type { VisualizationField, VisualizationFieldType } from '../../../../common/visualizations/query_api';
import { FIELD_LIST_ID, RECORDS_DRAG_ID, fieldDragId } from './drag_ids';

const TOKENS: Record<VisualizationFieldType, string> = {
  date: 'tokenDate',
  string: 'tokenString',
  number: 'tokenNumber',
  boolean: 'tokenBoolean',
  ip: 'tokenIP',
};

export function FieldToken({ type }: { type: VisualizationFieldType | 'records' }) {
  return <EuiToken iconType={type === 'records' ? 'tokenMetricCounter' : TOKENS[type]} size="s" title={type === 'records' ? 'Records' : `${type} field`} />;
}

function FieldRow({ name, type }: { name: string; type: VisualizationFieldType | 'records' }) {
  return (
    <EuiPanel paddingSize="xs" hasBorder={false} hasShadow={false} color="subdued">
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
        <EuiFlexItem grow={false}>
          <FieldToken type={type} />
        </EuiFlexItem>
        <EuiFlexItem css={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          <EuiText size="s">{name}</EuiText>
        </EuiFlexItem>
      </EuiFlexGroup>
    </EuiPanel>
  );
}

export const FieldList = memo(function FieldList({ fields }: { fields: VisualizationField[] }) {
  const [search, setSearch] = useState('');
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return fields.filter((field) => field.aggregatable && (needle === '' || field.name.toLowerCase().includes(needle)));
  }, [fields, search]);
  const showRecords = search.trim() === '' || 'records'.includes(search.trim().toLowerCase());
  return (
    <div data-test-subj="visualizationFieldList">
      <EuiFieldSearch
        compressed
        fullWidth
        placeholder="Search field names"
        aria-label="Search field names"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        data-test-subj="visualizationFieldSearch"
      />
      <EuiSpacer size="s" />
      <EuiDroppable droppableId={FIELD_LIST_ID} cloneDraggables isDropDisabled spacing="none">
        {[
          ...(showRecords
            ? [
                <EuiDraggable key={RECORDS_DRAG_ID} draggableId={RECORDS_DRAG_ID} index={0} spacing="none" data-test-subj="visualizationField-records">
                  <FieldRow name="Records" type="records" />
                </EuiDraggable>,
              ]
            : []),
          ...shown.map((field, index) => (
            <EuiDraggable
              key={field.name}
              draggableId={fieldDragId(field.name)}
              // hello-pangea/dnd wants the indices of one list to run 0, 1, 2...
              index={index + (showRecords ? 1 : 0)}
              spacing="none"
              data-test-subj={`visualizationField-${field.name}`}
            >
              <FieldRow name={field.name} type={field.type} />
            </EuiDraggable>
          )),
        ]}
      </EuiDroppable>
      {shown.length === 0 && (
        <EuiText size="xs" color="subdued" data-test-subj="visualizationFieldListEmpty">
          <p>No field matches “{search}”.</p>
        </EuiText>
      )}
    </div>
  );
});

import type { VisualizationField } from '../../../../common/visualizations/query_api';
import { dropAction, draggedField, dropTarget, fieldDragId, metricDropId, NEW_METRIC, RECORDS_DRAG_ID, zoneDropId } from './drag_ids';

describe('drag and drop ids', () => {
  it('reads back the field a drag carries, dotted names included', () => {
    expect(draggedField(fieldDragId('kibana.alert.rule.name'))).toBe('kibana.alert.rule.name');
    expect(draggedField(RECORDS_DRAG_ID)).toBe(RECORDS_DRAG_ID);
    expect(draggedField('something-else')).toBeNull();
  });

  it('reads back the zone a drop lands on', () => {
    expect(dropTarget(zoneDropId('x'))).toEqual({ zone: 'x' });
    expect(dropTarget(zoneDropId('breakdown'))).toEqual({ zone: 'breakdown' });
    expect(dropTarget(metricDropId('metric-2'))).toEqual({ zone: 'metric', metricId: 'metric-2' });
    expect(dropTarget(metricDropId(NEW_METRIC))).toEqual({ zone: 'metric', metricId: null });
    // The field list itself takes no drop.
    expect(dropTarget('visualizationFieldList')).toBeNull();
  });
});

describe('what a drop does', () => {
  const fields: VisualizationField[] = [
    { name: '@timestamp', type: 'date', aggregatable: true, searchable: true },
    { name: 'host.name', type: 'string', aggregatable: true, searchable: true },
    { name: 'message', type: 'string', aggregatable: false, searchable: true, text: true },
  ];

  it('sets the field on the zone it lands on', () => {
    expect(dropAction(fieldDragId('@timestamp'), zoneDropId('x'), fields)).toEqual({ type: 'setDimensionField', zone: 'x', field: fields[0] });
    expect(dropAction(fieldDragId('host.name'), metricDropId('count'), fields)).toEqual({ type: 'setMetricField', metricId: 'count', field: fields[1] });
    expect(dropAction(RECORDS_DRAG_ID, metricDropId(NEW_METRIC), fields)).toEqual({ type: 'setMetricField', metricId: null, field: 'records' });
  });

  it('does nothing for a drop outside the zones, Records on a bucket, or a field that cannot be bucketed', () => {
    expect(dropAction(fieldDragId('host.name'), undefined, fields)).toBeNull();
    expect(dropAction(fieldDragId('host.name'), 'visualizationFieldList', fields)).toBeNull();
    expect(dropAction(RECORDS_DRAG_ID, zoneDropId('breakdown'), fields)).toBeNull();
    expect(dropAction(fieldDragId('message'), zoneDropId('breakdown'), fields)).toBeNull();
    expect(dropAction(fieldDragId('gone'), zoneDropId('x'), fields)).toBeNull();
  });
});

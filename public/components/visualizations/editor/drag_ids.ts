/**
 * The ids drag and drop speaks: a field in the list (`field:host.name`, Lens' "Records" as
 * `records`), and the zones it can land on. One place, so the list, the zones and the flyout's
 * drop handler cannot disagree.
 */
import type { VisualizationField } from '../../../../common/visualizations/query_api';
import { type DimensionZone, type EditorAction, RECORDS } from './editor_state';

export const FIELD_LIST_ID = 'visualizationFieldList';
export const RECORDS_DRAG_ID = 'records';
const FIELD_PREFIX = 'field:';
const ZONE_PREFIX = 'zone:';
const METRIC_PREFIX = 'zone:metric:';
export const NEW_METRIC = 'new';

export const fieldDragId = (name: string) => `${FIELD_PREFIX}${name}`;
export const zoneDropId = (zone: DimensionZone) => `${ZONE_PREFIX}${zone}`;
export const metricDropId = (metricId: string | typeof NEW_METRIC) => `${METRIC_PREFIX}${metricId}`;

/** The field a drag carries: a field name, or RECORDS_DRAG_ID. */
export function draggedField(draggableId: string): string | null {
  if (draggableId === RECORDS_DRAG_ID) return RECORDS_DRAG_ID;
  return draggableId.startsWith(FIELD_PREFIX) ? draggableId.slice(FIELD_PREFIX.length) : null;
}

export type DropTarget = { zone: DimensionZone } | { zone: 'metric'; metricId: string | null } | null;

export function dropTarget(droppableId: string): DropTarget {
  if (droppableId.startsWith(METRIC_PREFIX)) {
    const id = droppableId.slice(METRIC_PREFIX.length);
    return { zone: 'metric', metricId: id === NEW_METRIC ? null : id };
  }
  if (droppableId === zoneDropId('x')) return { zone: 'x' };
  if (droppableId === zoneDropId('breakdown')) return { zone: 'breakdown' };
  return null;
}

/** What a drop does: a field (or Records, on a metric) set on the zone it landed on; nothing elsewhere. */
export function dropAction(draggableId: string, droppableId: string | undefined, fields: VisualizationField[]): EditorAction | null {
  const name = draggedField(draggableId);
  const target = droppableId === undefined ? null : dropTarget(droppableId);
  if (name === null || target === null) return null;
  const field = fields.find((candidate) => candidate.name === name && candidate.aggregatable);
  if (target.zone === 'metric') {
    if (name === RECORDS_DRAG_ID) return { type: 'setMetricField', metricId: target.metricId, field: RECORDS };
    return field ? { type: 'setMetricField', metricId: target.metricId, field } : null;
  }
  // Records measure; they cannot be a bucket.
  return field ? { type: 'setDimensionField', zone: target.zone, field } : null;
}

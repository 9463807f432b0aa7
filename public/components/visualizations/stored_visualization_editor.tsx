/**
 * The editor flyout opened on a stored chart (an attachment's state, a comment's embed). The
 * editor saves absolute ranges only, so a stored date-math range opens resolved against now;
 * a state without a usable range opens on the last seven days. Loaded with the editor, on first
 * use, with the date-math code it needs.
 */
import { useMemo } from 'react';
import type { AbsoluteTimeRange } from '../../../common/visualizations/definition';
import { VisualizationEditorFlyout } from './editor/visualization_editor_flyout';
import type { StoredVisualizationEditorProps } from './lazy_editor_flyout';
import { resolveTimeRange, storedTimeRangeOf } from './visualization_time_range';

const DAY_MS = 24 * 60 * 60 * 1000;

export function editableTimeRange(stored: unknown, now: Date = new Date()): AbsoluteTimeRange {
  const resolved = resolveTimeRange(storedTimeRangeOf(stored), now);
  if (resolved.ok) return resolved.range;
  return { from: new Date(now.getTime() - 7 * DAY_MS).toISOString(), to: now.toISOString() };
}

export default function StoredVisualizationEditor({ stored, saveLabel, onSave, onClose }: StoredVisualizationEditorProps) {
  // Once per opened chart: the editor's initial state must hold still while it is open.
  const initial = useMemo(() => ({ attributes: stored.attributes, timeRange: editableTimeRange(stored.timeRange) }), [stored]);
  return <VisualizationEditorFlyout initial={initial} saveLabel={saveLabel} onSave={onSave} onClose={onClose} />;
}

/**
 * The visualization editor: a large flyout where the user picks the data, the chart type, the
 * fields of each dimension (dragged from the field list or chosen in a combo box), a KQL query and
 * an absolute time range, with a live preview. Save hands back Lens attributes and the absolute
 * range; the caller stores them (a pending visualization in the comment box, a PATCH of an
 * attachment) and reports its own errors, the flyout staying open when the save rejects.
 *
 * With `initial`, the editor opens that visualization through the Lens reader; one it cannot read
 * is named as such, with its problems, and the user may start a new one from its title.
 */
import { useCallback, useEffect, useId, useMemo, useReducer, useState } from 'react';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiDragDropContext,
  type DropResult,
  EuiFieldText,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiFormRow,
  EuiLoadingSpinner,
  EuiSelect,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import type { AbsoluteTimeRange, DateInterval, MetricOperation, VisualizationSourceId } from '../../../../common/visualizations/definition';
import { readLens } from '../../../../common/visualizations/lens/read_lens';
import { type LensAttributes, writeLens } from '../../../../common/visualizations/lens/write_lens';
import type { VisualizationDataSource, VisualizationField } from '../../../../common/visualizations/query_api';
import { toDataRequest } from '../../../../common/visualizations/to_data_request';
import { getErrorMessage } from '../../../core';
import { useVisualizationDataSources } from '../../../containers/use_visualization_data';
import { ChartTypePicker } from './chart_type_picker';
import { type ChartChoice, dimensionsOf } from './chart_types';
import { BucketZone, MetricZone } from './dimension_zone';
import { dropAction } from './drag_ids';
import { buildDefinition, editorReducer, type EditorState, type EditorTimeRange, newEditorState, type RECORDS, stateFromDefinition } from './editor_state';
import { FieldList } from './field_list';
import { FilterBadges } from './filter_badges';
import { Preview } from './preview';
import { checkQuery } from './query_check';
import { QueryBar } from './query_bar';
import { browserTimeZone, defaultTimeRange, editorTimeRangeOf } from './time_range';
import { TimeRangePicker } from './time_range_picker';
import { useDebouncedValue } from './use_debounced_value';

export interface VisualizationEditorResult {
  attributes: LensAttributes;
  timeRange: AbsoluteTimeRange;
}

export interface VisualizationEditorFlyoutProps {
  initial?: { attributes: unknown; timeRange: AbsoluteTimeRange };
  saveLabel: string;
  onSave(result: VisualizationEditorResult): void | Promise<void>;
  onClose(): void;
}

/** Typing in the query bar asks the server once per pause, not once per key. */
const PREVIEW_QUERY_DELAY_MS = 400;

type Opening = { kind: 'state'; state: EditorState } | { kind: 'unsupported'; title: string; problems: string[] };

function openInitial(initial: VisualizationEditorFlyoutProps['initial'], sources: VisualizationDataSource[]): Opening {
  if (!initial) return { kind: 'state', state: newEditorState({ source: sources[0]!.id, timeRange: defaultTimeRange() }) };
  const reading = readLens(initial.attributes, sources);
  if (!reading.ok) return { kind: 'unsupported', title: reading.title, problems: reading.problems };
  const opened = stateFromDefinition(reading.definition, initial.timeRange);
  return opened.ok ? { kind: 'state', state: opened.state } : { kind: 'unsupported', title: reading.definition.title, problems: opened.problems };
}

export function VisualizationEditorFlyout({ initial, saveLabel, onSave, onClose }: VisualizationEditorFlyoutProps) {
  const titleId = useId();
  const sources = useVisualizationDataSources();
  const [startedOver, setStartedOver] = useState<EditorState | null>(null);
  const list = sources.data?.sources;
  const opening = useMemo(() => (list && list.length > 0 ? openInitial(initial, list) : null), [initial, list]);

  let body;
  if (sources.isPending) {
    body = (
      <EuiFlexGroup justifyContent="center" data-test-subj="visualizationEditorLoading">
        <EuiFlexItem grow={false}>
          <EuiLoadingSpinner size="xl" />
        </EuiFlexItem>
      </EuiFlexGroup>
    );
  } else if (sources.isError) {
    body = (
      <EuiCallOut color="danger" iconType="warning" title="The data sources could not be loaded" data-test-subj="visualizationEditorError">
        <p>{getErrorMessage(sources.error)}</p>
      </EuiCallOut>
    );
  } else if (!list || list.length === 0 || !opening) {
    body = (
      <EuiCallOut color="warning" iconType="warning" title="No data to chart" data-test-subj="visualizationEditorNoSources">
        <p>You may not read alerts, events or cases in this space, so there is nothing a chart could show.</p>
      </EuiCallOut>
    );
  } else if (startedOver === null && opening.kind === 'unsupported') {
    body = (
      <EuiCallOut color="warning" iconType="warning" title={`“${opening.title}” cannot be edited here`} data-test-subj="visualizationEditorUnsupported">
        <ul>
          {opening.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
        <EuiButton
          size="s"
          color="warning"
          onClick={() =>
            setStartedOver(newEditorState({ source: list[0]!.id, timeRange: initial ? editorTimeRangeOf(initial.timeRange) : defaultTimeRange(), title: opening.title }))
          }
          data-test-subj="visualizationStartNew"
        >
          Start a new visualization with this title
        </EuiButton>
      </EuiCallOut>
    );
  }

  const editorState = startedOver ?? (opening?.kind === 'state' ? opening.state : null);
  return (
    <EuiFlyout size="l" onClose={onClose} ownFocus aria-labelledby={titleId} data-test-subj="visualizationEditorFlyout">
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id={titleId}>{initial ? 'Edit visualization' : 'Add visualization'}</h2>
        </EuiTitle>
      </EuiFlyoutHeader>
      {body === undefined && editorState && list ? (
        <Editor key={startedOver ? 'new' : 'opened'} initialState={editorState} sources={list} saveLabel={saveLabel} onSave={onSave} onClose={onClose} />
      ) : (
        <>
          <EuiFlyoutBody>{body}</EuiFlyoutBody>
          <EuiFlyoutFooter>
            <EuiButtonEmpty onClick={onClose} data-test-subj="visualizationCancelButton">
              Cancel
            </EuiButtonEmpty>
          </EuiFlyoutFooter>
        </>
      )}
    </EuiFlyout>
  );
}

interface EditorProps {
  initialState: EditorState;
  sources: VisualizationDataSource[];
  saveLabel: string;
  onSave: VisualizationEditorFlyoutProps['onSave'];
  onClose: () => void;
}

function Editor({ initialState, sources, saveLabel, onSave, onClose }: EditorProps) {
  const [state, dispatch] = useReducer(editorReducer, initialState);
  const [saving, setSaving] = useState(false);
  const [timeZone] = useState(browserTimeZone);
  const source = sources.find((candidate) => candidate.id === state.source) ?? sources[0]!;
  const fields = source.fields;
  const dims = dimensionsOf(state.chart);

  const queryError = useMemo(() => checkQuery(state.query, fields, source.name), [state.query, fields, source.name]);
  const previewQuery = useDebouncedValue(state.query, PREVIEW_QUERY_DELAY_MS);
  const previewQueryError = useMemo(() => checkQuery(previewQuery, fields, source.name), [previewQuery, fields, source.name]);
  const built = useMemo(() => buildDefinition(state), [state]);
  const previewBuilt = useMemo(() => buildDefinition(state, previewQuery), [state, previewQuery]);
  const previewDefinition = previewBuilt.ok ? previewBuilt.definition : null;
  const request = useMemo(
    () => (previewDefinition && previewQueryError === null ? toDataRequest(previewDefinition, state.timeRange.resolved, timeZone) : null),
    [previewDefinition, previewQueryError, state.timeRange.resolved, timeZone],
  );
  const blocked = !previewBuilt.ok ? previewBuilt.missing : previewQueryError !== null ? 'Fix the query to see the chart.' : null;

  const titleMissing = state.title.trim() === '';
  const canSave = built.ok && queryError === null && !titleMissing && !saving;

  // The source may have been edited away under an opened chart; the select must still show one.
  useEffect(() => {
    if (source.id !== state.source) dispatch({ type: 'setSource', source: source.id, fields: source.fields });
  }, [source, state.source]);

  // Stable handlers: the panels are memoized, so typing a title does not redraw the field list,
  // the date picker and every zone.
  const on = useMemo(
    () => ({
      chart: (chart: ChartChoice) => dispatch({ type: 'setChart', chart }),
      query: (query: string) => dispatch({ type: 'setQuery', query }),
      timeRange: (timeRange: EditorTimeRange) => dispatch({ type: 'setTimeRange', timeRange }),
      removeFilter: (index: number) => dispatch({ type: 'removeFilter', index }),
      xField: (field: VisualizationField | null) => dispatch({ type: 'setDimensionField', zone: 'x', field }),
      xInterval: (interval: DateInterval) => dispatch({ type: 'setInterval', interval }),
      xSize: (size: number) => dispatch({ type: 'setTermsSize', zone: 'x', size }),
      xOther: (otherBucket: boolean) => dispatch({ type: 'setOtherBucket', zone: 'x', otherBucket }),
      breakdownField: (field: VisualizationField | null) => dispatch({ type: 'setDimensionField', zone: 'breakdown', field }),
      breakdownSize: (size: number) => dispatch({ type: 'setTermsSize', zone: 'breakdown', size }),
      breakdownOther: (otherBucket: boolean) => dispatch({ type: 'setOtherBucket', zone: 'breakdown', otherBucket }),
      metricField: (metricId: string | null, field: VisualizationField | typeof RECORDS) => dispatch({ type: 'setMetricField', metricId, field }),
      removeMetric: (metricId: string) => dispatch({ type: 'removeMetric', metricId }),
    }),
    [],
  );
  const onOperation = useCallback((metricId: string, operation: MetricOperation) => dispatch({ type: 'setMetricOperation', metricId, operation, fields }), [fields]);

  const onDragEnd = ({ draggableId, destination }: DropResult) => {
    const action = dropAction(draggableId, destination?.droppableId, fields);
    if (action) dispatch(action);
  };

  const save = async () => {
    if (!built.ok || !canSave) return;
    setSaving(true);
    try {
      await onSave({ attributes: writeLens(built.definition, source), timeRange: state.timeRange.resolved });
    } catch {
      // The caller reported it (a toast); the editor stays open with the work in it.
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <EuiFlyoutBody>
        <EuiFlexGroup gutterSize="m" wrap>
          <EuiFlexItem grow={2} css={{ minWidth: 240 }}>
            <EuiFormRow label="Title" fullWidth isInvalid={titleMissing} error={titleMissing ? 'A visualization needs a title.' : undefined}>
              <EuiFieldText
                fullWidth
                value={state.title}
                isInvalid={titleMissing}
                onChange={(event) => dispatch({ type: 'setTitle', title: event.target.value })}
                placeholder="Alerts per host"
                data-test-subj="visualizationTitleInput"
              />
            </EuiFormRow>
          </EuiFlexItem>
          <EuiFlexItem grow={1} css={{ minWidth: 160 }}>
            <EuiFormRow label="Data" fullWidth>
              <EuiSelect
                fullWidth
                options={sources.map((candidate) => ({ value: candidate.id, text: candidate.name }))}
                value={state.source}
                onChange={(event) => {
                  const next = sources.find((candidate) => candidate.id === (event.target.value as VisualizationSourceId));
                  if (next) dispatch({ type: 'setSource', source: next.id, fields: next.fields });
                }}
                data-test-subj="visualizationSourceSelect"
              />
            </EuiFormRow>
          </EuiFlexItem>
        </EuiFlexGroup>
        <EuiSpacer size="m" />
        <ChartTypePicker value={state.chart} onChange={on.chart} />
        <EuiSpacer size="m" />
        <EuiFlexGroup gutterSize="m" wrap>
          <EuiFlexItem grow={3} css={{ minWidth: 280 }}>
            <QueryBar value={state.query} error={queryError} onChange={on.query} />
          </EuiFlexItem>
          <EuiFlexItem grow={2} css={{ minWidth: 280 }}>
            <TimeRangePicker value={state.timeRange} timeZone={timeZone} onChange={on.timeRange} />
          </EuiFlexItem>
        </EuiFlexGroup>
        <FilterBadges filters={state.filters} onRemove={on.removeFilter} />
        <EuiSpacer size="m" />
        <EuiDragDropContext onDragEnd={onDragEnd}>
          {/* Wraps rather than squeezes: in a narrow flyout the zones go below, and the preview keeps room to draw. */}
          <EuiFlexGroup gutterSize="m" alignItems="flexStart" wrap>
            <EuiFlexItem grow={false} css={{ width: 220 }}>
              <EuiText size="xs">
                <h4>{source.name} fields</h4>
              </EuiText>
              <EuiSpacer size="xs" />
              <FieldList fields={fields} />
            </EuiFlexItem>
            <EuiFlexItem css={{ minWidth: 360 }}>
              <Preview definition={previewDefinition} request={request} blocked={blocked} timeZone={timeZone} />
            </EuiFlexItem>
            <EuiFlexItem grow={false} css={{ width: 300 }}>
              {dims.x !== null && (
                <BucketZone
                  zone="x"
                  label={dims.x}
                  bucket={state.x}
                  fields={fields}
                  onField={on.xField}
                  onInterval={on.xInterval}
                  onSize={on.xSize}
                  onOtherBucket={on.xOther}
                />
              )}
              <MetricZone
                label={dims.metric}
                metrics={state.metrics}
                multiple={dims.multipleMetrics}
                fields={fields}
                onField={on.metricField}
                onOperation={onOperation}
                onRemove={on.removeMetric}
              />
              {dims.breakdown !== null && (
                <BucketZone
                  zone="breakdown"
                  label={dims.breakdown}
                  bucket={state.breakdown}
                  fields={fields}
                  onField={on.breakdownField}
                  onSize={on.breakdownSize}
                  onOtherBucket={on.breakdownOther}
                />
              )}
            </EuiFlexItem>
          </EuiFlexGroup>
        </EuiDragDropContext>
      </EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="spaceBetween" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty onClick={onClose} data-test-subj="visualizationCancelButton">
              Cancel
            </EuiButtonEmpty>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButton fill iconType="save" isDisabled={!canSave} isLoading={saving} onClick={() => void save()} data-test-subj="visualizationSaveButton">
              {saveLabel}
            </EuiButton>
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiFlyoutFooter>
    </>
  );
}

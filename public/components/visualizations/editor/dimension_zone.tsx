/**
 * The dimension zones: the x axis (or slices, or rows), the breakdown and the metrics. Each zone
 * takes a field two ways: dropped from the field list, or chosen in its combo box. A bucket zone
 * then offers its one setting (a date histogram's interval, top values' size); a metric its
 * operation, with the numeric ones only for number fields.
 */
import { memo, type ReactNode } from 'react';
import {
  EuiButtonIcon,
  EuiComboBox,
  type EuiComboBoxOptionOption,
  EuiDroppable,
  EuiFieldNumber,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFormRow,
  EuiSelect,
  EuiSwitch,
} from '@elastic/eui';
import { type DateInterval, MAX_METRIC_COLUMNS, MAX_TERMS_SIZE, type BucketSpec, type MetricOperation, type MetricSpec } from '../../../../common/visualizations/definition';
import type { VisualizationField } from '../../../../common/visualizations/query_api';
import { NEW_METRIC, RECORDS_DRAG_ID, metricDropId, zoneDropId } from './drag_ids';
import { type DimensionZone, OPERATION_LABELS, RECORDS, operationsFor } from './editor_state';
import { FieldToken } from './field_list';

const INTERVALS: Array<{ value: DateInterval; text: string }> = [
  { value: 'auto', text: 'Auto' },
  { value: 'minute', text: 'Minute' },
  { value: 'hour', text: 'Hour' },
  { value: '3h', text: '3 hours' },
  { value: '12h', text: '12 hours' },
  { value: 'day', text: 'Day' },
  { value: 'week', text: 'Week' },
  { value: 'month', text: 'Month' },
  { value: 'year', text: 'Year' },
];

type FieldOption = EuiComboBoxOptionOption<string>;

const fieldOption = (field: VisualizationField): FieldOption => ({ label: field.name, value: field.name, prepend: <FieldToken type={field.type} /> });
const RECORDS_OPTION: FieldOption = { label: 'Records', value: RECORDS_DRAG_ID, prepend: <FieldToken type="records" /> };

function ZoneFrame({ droppableId, children }: { droppableId: string; children: ReactNode }) {
  return (
    <EuiDroppable droppableId={droppableId} spacing="s" withPanel>
      <div>{children}</div>
    </EuiDroppable>
  );
}

interface BucketZoneProps {
  zone: DimensionZone;
  label: string;
  bucket: BucketSpec | undefined;
  fields: VisualizationField[];
  onField: (field: VisualizationField | null) => void;
  /** Only the x zone holds dates. */
  onInterval?: (interval: DateInterval) => void;
  onSize: (size: number) => void;
  onOtherBucket: (otherBucket: boolean) => void;
}

export const BucketZone = memo(function BucketZone({ zone, label, bucket, fields, onField, onInterval, onSize, onOtherBucket }: BucketZoneProps) {
  const options = fields.filter((field) => field.aggregatable).map(fieldOption);
  const selected = bucket ? options.filter((option) => option.value === bucket.field) : [];
  const intervals = bucket?.type === 'date_histogram' && !INTERVALS.some((option) => option.value === bucket.interval) ? [...INTERVALS, { value: bucket.interval, text: bucket.interval }] : INTERVALS;
  return (
    <div data-test-subj={`dimension-${zone}`}>
      <ZoneFrame droppableId={zoneDropId(zone)}>
        <EuiFormRow label={label} fullWidth display="rowCompressed" helpText={bucket ? undefined : 'Drop a field here or choose one'}>
          <EuiComboBox<string>
            aria-label={`${label} field`}
            placeholder="Choose a field"
            compressed
            fullWidth
            singleSelection={{ asPlainText: true }}
            options={options}
            selectedOptions={selected}
            onChange={(chosen) => onField(fields.find((field) => field.name === chosen[0]?.value) ?? null)}
            isClearable
            data-test-subj={`dimension-${zone}-field`}
          />
        </EuiFormRow>
        {bucket?.type === 'date_histogram' && (
          <EuiFormRow label="Interval" fullWidth display="rowCompressed">
            <EuiSelect
              compressed
              fullWidth
              options={intervals}
              value={bucket.interval}
              onChange={(event) => onInterval?.(event.target.value as DateInterval)}
              data-test-subj={`dimension-${zone}-interval`}
            />
          </EuiFormRow>
        )}
        {bucket?.type === 'terms' && (
          <EuiFormRow label="Number of values" fullWidth display="rowCompressed">
            <EuiFieldNumber
              compressed
              fullWidth
              min={1}
              max={MAX_TERMS_SIZE}
              step={1}
              value={bucket.size}
              onChange={(event) => {
                const size = Number(event.target.value);
                if (event.target.value !== '' && Number.isInteger(size)) onSize(size);
              }}
              data-test-subj={`dimension-${zone}-size`}
            />
          </EuiFormRow>
        )}
        {bucket?.type === 'terms' && (
          <EuiFormRow fullWidth display="rowCompressed">
            <EuiSwitch
              compressed
              label="Group remaining values as Other"
              checked={bucket.otherBucket === true}
              onChange={(event) => onOtherBucket(event.target.checked)}
              data-test-subj={`dimension-${zone}-other`}
            />
          </EuiFormRow>
        )}
      </ZoneFrame>
    </div>
  );
});

interface MetricZoneProps {
  label: string;
  metrics: MetricSpec[];
  multiple: boolean;
  fields: VisualizationField[];
  onField: (metricId: string | null, field: VisualizationField | typeof RECORDS) => void;
  onOperation: (metricId: string, operation: MetricOperation) => void;
  onRemove: (metricId: string) => void;
}

export const MetricZone = memo(function MetricZone({ label, metrics, multiple, fields, onField, onOperation, onRemove }: MetricZoneProps) {
  const options = [RECORDS_OPTION, ...fields.filter((field) => field.aggregatable).map(fieldOption)];
  const choose = (metricId: string | null, chosen: FieldOption[]) => {
    const value = chosen[0]?.value;
    if (value === RECORDS_DRAG_ID) onField(metricId, RECORDS);
    const field = fields.find((candidate) => candidate.name === value);
    if (field) onField(metricId, field);
  };
  const canAdd = metrics.length === 0 || (multiple && metrics.length < MAX_METRIC_COLUMNS);
  return (
    <div data-test-subj="dimension-metric">
      <EuiFormRow label={label} fullWidth display="rowCompressed">
        <div>
          {metrics.map((metric, index) => {
            const field = fields.find((candidate) => candidate.name === metric.field);
            const selected = metric.operation === 'count' ? [RECORDS_OPTION] : options.filter((option) => option.value === metric.field);
            const allowed = operationsFor(field);
            return (
              <ZoneFrame key={metric.id} droppableId={metricDropId(metric.id)}>
                <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false} data-test-subj={`dimension-metric-${index}`}>
                  <EuiFlexItem grow={2}>
                    <EuiSelect
                      compressed
                      aria-label={`Operation of metric ${index + 1}`}
                      options={allowed.map((operation) => ({ value: operation, text: OPERATION_LABELS[operation] }))}
                      value={metric.operation}
                      onChange={(event) => onOperation(metric.id, event.target.value as MetricOperation)}
                      data-test-subj={`dimension-metric-operation-${index}`}
                    />
                  </EuiFlexItem>
                  <EuiFlexItem grow={3}>
                    <EuiComboBox<string>
                      aria-label={`Field of metric ${index + 1}`}
                      placeholder="Choose a field"
                      compressed
                      singleSelection={{ asPlainText: true }}
                      options={metric.operation === 'count' ? options : options.filter((option) => option.value !== RECORDS_DRAG_ID)}
                      selectedOptions={selected}
                      onChange={(chosen) => choose(metric.id, chosen)}
                      isClearable={false}
                      isInvalid={metric.operation !== 'count' && metric.field === undefined}
                      data-test-subj={`dimension-metric-field-${index}`}
                    />
                  </EuiFlexItem>
                  <EuiFlexItem grow={false}>
                    <EuiButtonIcon
                      iconType="trash"
                      color="danger"
                      aria-label={`Remove metric ${index + 1}`}
                      onClick={() => onRemove(metric.id)}
                      data-test-subj={`dimension-metric-remove-${index}`}
                    />
                  </EuiFlexItem>
                </EuiFlexGroup>
              </ZoneFrame>
            );
          })}
          {canAdd && (
            <ZoneFrame droppableId={metricDropId(NEW_METRIC)}>
              <EuiComboBox<string>
                aria-label="Add a metric"
                placeholder={metrics.length === 0 ? 'Drop a field here or choose one' : 'Add a metric: drop a field or choose one'}
                compressed
                fullWidth
                singleSelection={{ asPlainText: true }}
                options={options}
                selectedOptions={[]}
                onChange={(chosen) => choose(null, chosen)}
                data-test-subj="dimension-metric-add"
              />
            </ZoneFrame>
          )}
        </div>
      </EuiFormRow>
    </div>
  );
});

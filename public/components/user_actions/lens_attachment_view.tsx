/**
 * How Kibana's `persistableState` attachments read in the activity. A `.lens` one (a Lens
 * visualization) reads "added a visualization", with a panel naming it, its chart type and its
 * time range, and a button to download its state as JSON. The chart itself is not drawn yet: the
 * panel says so rather than show an empty frame. Other sub-types read as an attachment.
 */
import { EuiButton, EuiDescriptionList, EuiFlexGroup, EuiIcon, EuiPanel, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import { LENS_ATTACHMENT_TYPE } from '../../../common/constants';
import { downloadTextFile } from '../../core';
import type { AnyAttachmentPayload, Attachment } from '../../../common/types/domain/attachment';
import type { AttachmentView } from '../../attachment_framework/types';
import { ADDED_VISUALIZATION } from './attachment_wording';

export const NOT_RENDERED_NOTICE = 'Charts are not rendered in cases yet; download the visualization to open it in Kibana.';
const UNTITLED = 'Untitled visualization';

export interface LensSummary {
  title: string;
  visualizationType: string;
  timeRange: { from: string; to: string } | null;
  state: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** What the panel shows of a `.lens` attachment, or null for anything else. Read leniently: what the server stored was checked there. */
export function lensSummaryOf(attachment: Attachment | AnyAttachmentPayload): LensSummary | null {
  const payload = attachment as { type?: unknown; persistableStateAttachmentTypeId?: unknown; persistableStateAttachmentState?: unknown };
  if (payload.type !== 'persistableState' || payload.persistableStateAttachmentTypeId !== LENS_ATTACHMENT_TYPE) return null;
  const state = isRecord(payload.persistableStateAttachmentState) ? payload.persistableStateAttachmentState : {};
  const attributes = isRecord(state.attributes) ? state.attributes : {};
  const range = isRecord(state.timeRange) ? state.timeRange : {};
  const from = text(range.from);
  const to = text(range.to);
  return {
    title: text(attributes.title) ?? UNTITLED,
    visualizationType: text(attributes.visualizationType) ?? 'unknown',
    timeRange: from && to ? { from, to } : null,
    state,
  };
}

const CHART_TYPES: Record<string, string> = { lnsXY: 'XY chart', lnsPie: 'Pie chart', lnsMetric: 'Metric', lnsDatatable: 'Table' };

/** Lens' chart type in words; a type we have no words for shows as Lens names it. */
export const chartTypeName = (visualizationType: string): string => CHART_TYPES[visualizationType] ?? visualizationType;

/**
 * The time range in the user's time zone (the browser's, unless `timeZone` says otherwise), the
 * zone named. Kibana's "Add to case" stores absolute dates; an older attachment may hold date
 * math (`now-24h`), which is shown as written.
 */
export function formatTimeRange(range: { from: string; to: string }, timeZone?: string): string {
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  if (Number.isNaN(from) || Number.isNaN(to)) return `${range.from} to ${range.to} (relative)`;
  const format = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone });
  return `${format.format(from)} to ${format.format(to)}`;
}

/** A file name from the title: no path separators or characters a file system refuses. */
export function jsonFileName(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim().slice(0, 100);
  return `${safe || 'visualization'}.json`;
}

export function LensAttachmentPanel({ attachment }: { attachment: Attachment }) {
  const lens = lensSummaryOf(attachment);
  if (!lens) return null;
  const download = () => downloadTextFile(`${JSON.stringify(lens.state, null, 2)}\n`, jsonFileName(lens.title), 'application/json');
  return (
    <EuiPanel hasBorder paddingSize="m" data-test-subj={`lens-attachment-${attachment.id}`}>
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
        <EuiIcon type="lensApp" aria-hidden />
        <EuiTitle size="xs">
          <h4 data-test-subj="lens-attachment-title">{lens.title}</h4>
        </EuiTitle>
      </EuiFlexGroup>
      <EuiSpacer size="s" />
      <EuiDescriptionList
        type="column"
        compressed
        listItems={[
          { title: 'Chart type', description: <span data-test-subj="lens-attachment-chart-type">{chartTypeName(lens.visualizationType)}</span> },
          {
            title: 'Time range',
            description: <span data-test-subj="lens-attachment-time-range">{lens.timeRange ? formatTimeRange(lens.timeRange) : 'None'}</span>,
          },
        ]}
      />
      <EuiSpacer size="s" />
      <EuiText size="s" color="subdued">
        <p>{NOT_RENDERED_NOTICE}</p>
      </EuiText>
      <EuiSpacer size="s" />
      <EuiButton size="s" iconType="download" onClick={download} data-test-subj="lens-attachment-download">
        Download JSON
      </EuiButton>
    </EuiPanel>
  );
}

export const persistableStateView: AttachmentView = {
  event: (attachment) => (lensSummaryOf(attachment) ? ADDED_VISUALIZATION : 'added an attachment'),
  Body: LensAttachmentPanel,
  noun: 'an attachment',
  nounOf: (attachment) => {
    const lens = lensSummaryOf(attachment);
    return lens ? `visualization ${lens.title}` : null;
  },
  editable: false,
  tab: 'activity',
};

import { fireEvent, screen, within } from '@testing-library/react';
import type { Attachment } from '../../../common/types/domain/attachment';
import { renderCaseView } from '../case_view/case_view_test_harness';
import { action, BOB, makeCase, makeUserActions } from '../case_view/test_fixtures';
import { captureDownloads } from '../../core/mocks';
import { chartTypeName, formatTimeRange, jsonFileName, NOT_RENDERED_NOTICE } from './lens_attachment_view';
import { describeUserAction } from './user_action_event';

const lensState = {
  attributes: {
    title: 'Failed logins per host',
    visualizationType: 'lnsXY',
    type: 'lens',
    references: [{ type: 'index-pattern', id: 'logs', name: 'indexpattern-datasource-layer-l1' }],
    state: { datasourceStates: { formBased: { layers: {} } }, visualization: { layers: [] }, query: { query: '', language: 'kuery' }, filters: [] },
  },
  timeRange: { from: '2025-04-24T00:00:00.000Z', to: '2025-05-01T00:00:00.000Z' },
};

/** Kibana's Lens attachment, as its "Add to case" posts it. */
function lensAttachment(id: string, state: Record<string, unknown> = lensState): Attachment {
  return {
    id,
    version: `v-${id}`,
    type: 'persistableState',
    persistableStateAttachmentTypeId: '.lens',
    persistableStateAttachmentState: state,
    owner: 'securitySolution',
    created_at: '2024-05-01T10:10:00.000Z',
    created_by: BOB,
    pushed_at: null,
    pushed_by: null,
    updated_at: null,
    updated_by: null,
  };
}

/** jsdom's Blob has no `text()`; its FileReader reads one. */
const textOf = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });

/** The case view settles once its new-comment editor has mounted (it measures itself once). */
const settled = () => screen.findByTestId('add-comment-editor');

const payloadOf = (attachment: Attachment) => {
  const { id: _id, version: _v, created_at: _c, created_by: _cb, pushed_at: _p, pushed_by: _pb, updated_at: _u, updated_by: _ub, ...payload } = attachment;
  return payload;
};

describe('Lens attachments in the activity', () => {
  it('reads "added a visualization" with a panel naming it, its chart type and range, and no chart', async () => {
    const lens = lensAttachment('att-1');
    const userActions = [...makeUserActions(), action({ action: 'create', type: 'comment', comment_id: 'att-1', payload: { comment: payloadOf(lens) } })];
    renderCaseView({ state: { theCase: makeCase({ comments: [lens], totalComment: 0 }), userActions } });

    const entry = await screen.findByTestId('comment-att-1');
    expect(entry).toHaveTextContent('added a visualization');
    const panel = await within(entry).findByTestId('lens-attachment-att-1');
    expect(within(panel).getByTestId('lens-attachment-title')).toHaveTextContent('Failed logins per host');
    expect(within(panel).getByTestId('lens-attachment-chart-type')).toHaveTextContent('XY chart');
    expect(within(panel).getByTestId('lens-attachment-time-range')).toHaveTextContent(formatTimeRange(lensState.timeRange));
    expect(panel).toHaveTextContent(NOT_RENDERED_NOTICE);
    expect(panel.querySelector('canvas, svg[role="img"]')).toBeNull();
    expect(entry).not.toHaveTextContent('persistableState');
    await settled();
  });

  it('downloads the attachment state as <title>.json', async () => {
    const downloads = captureDownloads();
    try {
      const lens = lensAttachment('att-1');
      renderCaseView({ state: { theCase: makeCase({ comments: [lens] }), userActions: makeUserActions() } });
      fireEvent.click(await screen.findByTestId('lens-attachment-download'));
      await settled();
      expect(downloads.saved.map((s) => s.filename)).toEqual(['Failed logins per host.json']);
      const { blob } = downloads.saved[0];
      expect(blob.type).toBe('application/json');
      expect(JSON.parse(await textOf(blob))).toEqual(lensState);
    } finally {
      downloads.restore();
    }
  });

  it('names a deleted visualization, and reads other persistable states as an attachment', () => {
    const ctx = { profiles: new Map() };
    const removed = payloadOf(lensAttachment('att-2'));
    expect(describeUserAction(action({ action: 'delete', type: 'comment', payload: { comment: removed } }), ctx)?.event).toBe('removed visualization Failed logins per host');
    const other = { type: 'persistableState', persistableStateAttachmentTypeId: '.ml', persistableStateAttachmentState: {}, owner: 'securitySolution' };
    expect(describeUserAction(action({ action: 'delete', type: 'comment', payload: { comment: other } }), ctx)?.event).toBe('removed an attachment');
  });

  it('shows a state missing its title and range as such, rather than break', async () => {
    const bare = lensAttachment('att-3', { attributes: { visualizationType: 'lnsHeatmap', state: {} } });
    renderCaseView({ state: { theCase: makeCase({ comments: [bare] }), userActions: makeUserActions() } });
    const panel = await screen.findByTestId('lens-attachment-att-3');
    expect(within(panel).getByTestId('lens-attachment-title')).toHaveTextContent('Untitled visualization');
    expect(within(panel).getByTestId('lens-attachment-chart-type')).toHaveTextContent('lnsHeatmap');
    expect(within(panel).getByTestId('lens-attachment-time-range')).toHaveTextContent('None');
    await settled();
  });
});

describe('the panel words', () => {
  it('names the chart types we know and passes the others through', () => {
    expect(['lnsXY', 'lnsPie', 'lnsMetric', 'lnsDatatable', 'lnsGauge'].map(chartTypeName)).toEqual(['XY chart', 'Pie chart', 'Metric', 'Table', 'lnsGauge']);
  });

  it('formats an absolute range in the given time zone, naming it, and shows date math as written', () => {
    const utc = formatTimeRange(lensState.timeRange, 'UTC');
    expect(utc).toMatch(/Apr 24, 2025.*12:00.*UTC to May 1, 2025.*12:00.*UTC/);
    const tokyo = formatTimeRange(lensState.timeRange, 'Asia/Tokyo');
    expect(tokyo).toMatch(/Apr 24, 2025.*09:00/);
    expect(formatTimeRange({ from: 'now-24h', to: 'now' })).toBe('now-24h to now (relative)');
  });

  it('makes a safe file name of any title', () => {
    expect(jsonFileName('Hosts / users: top 10?')).toBe('Hosts _ users_ top 10_.json');
    expect(jsonFileName('   ')).toBe('visualization.json');
  });
});

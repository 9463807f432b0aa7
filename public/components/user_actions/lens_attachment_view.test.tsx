import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Attachment } from '../../../common/types/domain/attachment';
import type { Case } from '../../../common/types/domain/case';
import { CASES_FEATURE_IDS } from '../../../common/capabilities';
import { readLens } from '../../../common/visualizations/lens/read_lens';
import type { CapabilitiesResponse } from '../../core';
import { captureDownloads, noCapabilities } from '../../core/mocks';
import { renderCaseView } from '../case_view/case_view_test_harness';
import { action, BOB, makeCase, makeUserActions } from '../case_view/test_fixtures';
import type { VisualizationEditorResult } from '../visualizations/editor/visualization_editor_flyout';
import { editorDouble } from '../visualizations/editor_flyout_test_double';
import { ALERTS_SOURCE, alertsPerHostAttributes, alertsPerHostTable, heatmapAttributes, installIntersectionObserver, patchCommentOn, WEEK } from '../visualizations/test_fixtures';
import { describeUserAction } from './user_action_event';

jest.mock('../visualizations/editor/visualization_editor_flyout', () => jest.requireActual('../visualizations/editor_flyout_test_double'));

const LATER_WEEK = { from: '2025-05-01T00:00:00.000Z', to: '2025-05-08T00:00:00.000Z' };
const EDITED = { attributes: alertsPerHostAttributes('Alerts per host, donut'), timeRange: LATER_WEEK } as unknown as VisualizationEditorResult;

const lensState = { attributes: alertsPerHostAttributes(), timeRange: WEEK };

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

const payloadOf = (attachment: Attachment) => {
  const { id: _id, version: _v, created_at: _c, created_by: _cb, pushed_at: _p, pushed_by: _pb, updated_at: _u, updated_by: _ub, ...payload } = attachment;
  return payload;
};

/** jsdom's Blob has no `text()`; its FileReader reads one. */
const textOf = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });

const QUERY_URL = '/internal/cases/visualizations/_query';
const visualizationRoutes = {
  'GET /internal/cases/visualizations/data_sources': { body: { sources: [ALERTS_SOURCE] } },
  [`POST ${QUERY_URL}`]: { body: alertsPerHostTable },
};

function renderWithLens(attachments: Attachment[], capabilities?: CapabilitiesResponse) {
  const holder: { state?: { theCase: Case } } = {};
  const view = renderCaseView({
    state: { theCase: makeCase({ comments: attachments }), userActions: makeUserActions() },
    routes: { ...visualizationRoutes, 'PATCH /api/cases/case-1/comments': (request) => patchCommentOn(holder.state!)(request) },
    capabilities,
  });
  holder.state = view.state;
  return view;
}

/** The case view settles once its new-comment editor has mounted (it measures itself once). */
const settled = () => screen.findByTestId('add-comment-editor');

describe('Lens attachments in the activity', () => {
  let viewport: ReturnType<typeof installIntersectionObserver>;
  beforeEach(() => {
    viewport = installIntersectionObserver();
    editorDouble.props = null;
    editorDouble.result = EDITED;
  });
  afterEach(() => viewport.restore());

  it('reads "added a visualization" and draws its chart once it scrolls into view, querying once', async () => {
    const lens = lensAttachment('att-1');
    const userActions = [...makeUserActions(), action({ action: 'create', type: 'comment', comment_id: 'att-1', payload: { comment: payloadOf(lens) } })];
    const { callsTo } = renderCaseView({ state: { theCase: makeCase({ comments: [lens] }), userActions }, routes: visualizationRoutes });

    const entry = await screen.findByTestId('comment-att-1');
    expect(entry).toHaveTextContent('added a visualization');
    const panel = await within(entry).findByTestId('lens-attachment-att-1');
    expect(within(panel).getByTestId('visualization-title')).toHaveTextContent('Alerts per host');
    await settled();
    expect(callsTo('POST', QUERY_URL)).toHaveLength(0);

    act(() => viewport.scrollAll());
    expect(await within(panel).findByTestId('visualization-chart-container')).toBeInTheDocument();
    expect(callsTo('POST', QUERY_URL)).toHaveLength(1);
    expect(entry).not.toHaveTextContent('persistableState');
  });

  it('lists what it cannot draw in a Kibana state, with its JSON to download', async () => {
    const downloads = captureDownloads();
    try {
      const state = { attributes: heatmapAttributes(), timeRange: WEEK };
      renderWithLens([lensAttachment('att-2', state)]);
      await screen.findByTestId('lens-attachment-att-2');
      await settled();
      act(() => viewport.scrollAll());
      const panel = await screen.findByTestId('visualization-unsupported');
      const reading = readLens(state.attributes, [ALERTS_SOURCE]);
      if (reading.ok) throw new Error('the fixture must be unsupported');
      expect(within(panel).getAllByRole('listitem').map((item) => item.textContent)).toEqual(reading.problems);
      fireEvent.click(within(panel).getByTestId('visualization-unsupported-download'));
      expect(downloads.saved.map((saved) => saved.filename)).toEqual(['Latency heatmap.json']);
      expect(JSON.parse(await textOf(downloads.saved[0].blob))).toEqual(state);
    } finally {
      downloads.restore();
    }
  });

  it('opens the visualization from the entry’s menu and saves it as a PATCH of the attachment', async () => {
    const metadata = { kibanaVersion: '8.15.0' };
    const view = renderWithLens([lensAttachment('att-1', { ...lensState, metadata })]);
    const entry = await screen.findByTestId('comment-att-1');
    await settled();

    fireEvent.click(within(entry).getByTestId('property-actions-user-action-ellipses'));
    fireEvent.click(await screen.findByTestId('property-actions-user-action-lensApp'));
    await screen.findByTestId('mock-editor');
    expect(editorDouble.props?.initial).toEqual({ attributes: lensState.attributes, timeRange: WEEK });

    fireEvent.click(screen.getByTestId('mock-editor-save'));
    await waitFor(() => expect(view.callsTo('PATCH', '/api/cases/case-1/comments')).toHaveLength(1));
    expect(view.callsTo('PATCH', '/api/cases/case-1/comments')[0].body).toEqual({
      id: 'att-1',
      version: 'v-att-1',
      type: 'persistableState',
      persistableStateAttachmentTypeId: '.lens',
      persistableStateAttachmentState: { attributes: EDITED.attributes, timeRange: LATER_WEEK, metadata },
      owner: 'securitySolution',
    });
    await waitFor(() => expect(screen.queryByTestId('mock-editor')).toBeNull());
    // The case is read again: the activity shows the edited chart, marked as edited.
    await waitFor(() => expect(within(entry).getByTestId('visualization-title')).toHaveTextContent('Alerts per host, donut'));
    expect(entry).toHaveTextContent('added a visualization (edited)');
  });

  it('opens it from the panel’s own menu too, and closing the editor saves nothing', async () => {
    const view = renderWithLens([lensAttachment('att-1')]);
    const panel = await screen.findByTestId('lens-attachment-att-1');
    await settled();
    fireEvent.click(within(panel).getByTestId('visualization-menu'));
    fireEvent.click(await screen.findByTestId('visualization-action-openVisualization'));
    await screen.findByTestId('mock-editor');
    fireEvent.click(screen.getByTestId('mock-editor-close'));
    await waitFor(() => expect(screen.queryByTestId('mock-editor')).toBeNull());
    expect(view.callsTo('PATCH', '/api/cases/case-1/comments')).toHaveLength(0);
  });

  it('offers no Open visualization to a user who may not update the case', async () => {
    const capabilities = { ...noCapabilities(), [CASES_FEATURE_IDS.securitySolution]: { read_cases: true, update_cases: false } };
    renderWithLens([lensAttachment('att-1')], capabilities);
    const entry = await screen.findByTestId('comment-att-1');
    const panel = await within(entry).findByTestId('lens-attachment-att-1');
    expect(within(entry).queryByTestId('property-actions-user-action-ellipses')).toBeNull();
    fireEvent.click(within(panel).getByTestId('visualization-menu'));
    expect(await screen.findByTestId('visualization-action-download')).toBeInTheDocument();
    expect(screen.queryByTestId('visualization-action-openVisualization')).toBeNull();
  });

  it('names a deleted visualization, and reads other persistable states as an attachment', () => {
    const ctx = { profiles: new Map() };
    const removed = payloadOf(lensAttachment('att-2'));
    expect(describeUserAction(action({ action: 'delete', type: 'comment', payload: { comment: removed } }), ctx)?.event).toBe('removed visualization Alerts per host');
    const other = { type: 'persistableState', persistableStateAttachmentTypeId: '.ml', persistableStateAttachmentState: {}, owner: 'securitySolution' };
    expect(describeUserAction(action({ action: 'delete', type: 'comment', payload: { comment: other } }), ctx)?.event).toBe('removed an attachment');
  });
});

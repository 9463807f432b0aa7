import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Case } from '../../../common/types/domain/case';
import { lensEmbedMarkdown } from '../../../common/visualizations/lens/markdown_embeds';
import { renderCaseView } from '../case_view/case_view_test_harness';
import { makeCase } from '../case_view/test_fixtures';
import type { VisualizationEditorResult } from '../visualizations/editor/visualization_editor_flyout';
import { editorDouble } from '../visualizations/editor_flyout_test_double';
import { ALERTS_SOURCE, alertsPerHostAttributes, alertsPerHostTable, patchCommentOn, WEEK } from '../visualizations/test_fixtures';

jest.mock('../visualizations/editor/visualization_editor_flyout', () => jest.requireActual('../visualizations/editor_flyout_test_double'));

const QUERY_URL = '/internal/cases/visualizations/_query';
const LATER_WEEK = { from: '2025-05-01T00:00:00.000Z', to: '2025-05-08T00:00:00.000Z' };
const EDITED = { attributes: alertsPerHostAttributes('Hosts, as a donut'), timeRange: LATER_WEEK } as unknown as VisualizationEditorResult;

const embed = (title: string) => lensEmbedMarkdown({ timeRange: WEEK, attributes: alertsPerHostAttributes(title) });

function renderComment(text: string) {
  const base = makeCase();
  const comment = { ...base.comments[0], comment: text };
  const holder: { state?: { theCase: Case } } = {};
  const view = renderCaseView({
    state: { theCase: makeCase({ comments: [comment] }) },
    routes: {
      'GET /internal/cases/visualizations/data_sources': { body: { sources: [ALERTS_SOURCE] } },
      [`POST ${QUERY_URL}`]: { body: alertsPerHostTable },
      'PATCH /api/cases/case-1/comments': (request) => patchCommentOn(holder.state!)(request),
    },
  });
  holder.state = view.state;
  return view;
}

const settled = () => screen.findByTestId('add-comment-editor');

async function openMenu() {
  const entry = await screen.findByTestId('comment-comment-1');
  await settled();
  fireEvent.click(within(entry).getByTestId('property-actions-user-action-ellipses'));
  return entry;
}

describe('charts embedded in a comment', () => {
  beforeEach(() => {
    editorDouble.props = null;
    editorDouble.result = EDITED;
  });

  it('draws the chart inside the comment, between its words', async () => {
    renderComment(`Spike on web-1:\n\n${embed('Alerts per host')}\n\nLooks like a scan.`);
    const entry = await screen.findByTestId('comment-comment-1');
    const panel = await within(entry).findByTestId('lens-embed-visualization');
    expect(within(panel).getByTestId('visualization-title')).toHaveTextContent('Alerts per host');
    expect(await within(panel).findByTestId('visualization-chart-container')).toBeInTheDocument();
    expect(entry).toHaveTextContent('Spike on web-1:');
    expect(entry).toHaveTextContent('Looks like a scan.');
    expect(entry).not.toHaveTextContent('!{lens');
    await settled();
  });

  it('shows a malformed embed as a notice and offers nothing to open', async () => {
    renderComment('Broken: !{lens{"attributes": nope}}');
    const entry = await screen.findByTestId('comment-comment-1');
    expect(await within(entry).findByTestId('lens-embed-malformed')).toBeInTheDocument();
    expect(entry).not.toHaveTextContent('!{lens');
    await openMenu();
    expect(await screen.findByTestId('property-actions-user-action-pencil')).toBeInTheDocument();
    expect(screen.queryByTestId('property-actions-user-action-lensApp')).toBeNull();
  });

  it('offers no Open visualization on a comment without a chart', async () => {
    renderComment('Just words');
    await openMenu();
    expect(await screen.findByTestId('property-actions-user-action-pencil')).toBeInTheDocument();
    expect(screen.queryByTestId('property-actions-user-action-lensApp')).toBeNull();
  });

  it('opens the first chart in the editor and saves the comment with that embed replaced', async () => {
    const second = embed('Second chart');
    const text = `First:\n\n${embed('First chart')}\n\nThen:\n\n${second}\n`;
    const view = renderComment(text);
    await openMenu();
    fireEvent.click(await screen.findByTestId('property-actions-user-action-lensApp'));
    await screen.findByTestId('mock-editor');
    expect(editorDouble.props?.initial).toEqual({ attributes: alertsPerHostAttributes('First chart'), timeRange: WEEK });

    fireEvent.click(screen.getByTestId('mock-editor-save'));
    await waitFor(() => expect(view.callsTo('PATCH', '/api/cases/case-1/comments')).toHaveLength(1));
    expect(view.callsTo('PATCH', '/api/cases/case-1/comments')[0].body).toEqual({
      id: 'comment-1',
      version: 'cv1',
      type: 'user',
      comment: `First:\n\n${lensEmbedMarkdown(EDITED)}\n\nThen:\n\n${second}\n`,
      owner: 'securitySolution',
    });
    await waitFor(() => expect(screen.queryByTestId('mock-editor')).toBeNull());
    const entry = screen.getByTestId('comment-comment-1');
    await waitFor(() => expect(within(entry).getAllByTestId('visualization-title').map((title) => title.textContent)).toEqual(['Hosts, as a donut', 'Second chart']));
    expect(entry).toHaveTextContent('commented (edited)');
  });
});

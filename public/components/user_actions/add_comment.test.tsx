import { useState } from 'react';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { VisualizationDefinition } from '../../../common/visualizations/definition';
import { allSources } from '../../../common/visualizations/lens/__fixtures__/sources';
import { readLens } from '../../../common/visualizations/lens/read_lens';
import type { VisualizationQueryResponse } from '../../../common/visualizations/query_api';
import type { Case } from '../../../common/types/domain/case';
import { renderCaseTab } from '../case_observables/test_harness';
import { makeCase } from '../case_view/test_fixtures';
import { installIntersectionObserver } from '../visualizations/test_fixtures';
import { AddComment } from './add_comment';

// @elastic/charts needs a canvas jsdom lacks: the chart module is replaced by a probe.
jest.mock('../visualizations/chart/visualization_chart', () => ({
  __esModule: true,
  default: ({ definition }: { definition: VisualizationDefinition }) => <div data-test-subj="mockChart" data-chart-type={definition.chart.type} />,
  VisualizationDataTable: () => <div data-test-subj="mockDataTable" />,
}));

const SOURCES_URL = '/internal/cases/visualizations/data_sources';
const QUERY_URL = '/internal/cases/visualizations/_query';
const BULK_CREATE_URL = '/internal/cases/case-1/attachments/_bulk_create';
const TABLE: VisualizationQueryResponse = {
  columns: [
    { id: 'breakdown', role: 'bucket', type: 'string' },
    { id: 'x', role: 'bucket', type: 'date' },
    { id: 'count', role: 'metric', type: 'number' },
  ],
  rows: [{ breakdown: 'web-1', x: Date.parse('2025-03-01T00:00:00.000Z'), count: 3 }],
  interval: 'day',
  total: 3,
};

const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });
const newCommentBox = () => within(screen.getByTestId('add-comment')).getByTestId('euiMarkdownEditorTextArea');

/** The box alone, holding its text as the timeline does: a whole case view makes every popover's layout in jsdom slow. */
function Box({ caseData }: { caseData: Case }) {
  const [value, setValue] = useState('');
  return <AddComment caseData={caseData} value={value} onChange={setValue} focusRequest={0} />;
}

function renderBox() {
  const view = renderCaseTab((caseData) => <Box caseData={caseData} />, {
    theCase: makeCase(),
    routes: {
      [`GET ${SOURCES_URL}`]: { body: { sources: allSources } },
      [`POST ${QUERY_URL}`]: { body: TABLE },
      [`POST ${BULK_CREATE_URL}`]: () => {
        view.state.theCase = { ...view.state.theCase, version: 'v2' };
        return { body: view.state.theCase };
      },
    },
  });
  return view;
}

async function chooseInCombo(u: ReturnType<typeof user>, zone: string, text: string) {
  await u.tripleClick(within(screen.getByTestId(zone)).getAllByTestId('comboBoxSearchInput')[0]!);
  await u.paste(text);
  // Role queries over a whole case view are slow in jsdom: look for the option in the open list only.
  const list = await waitFor(() => {
    const open = document.querySelector<HTMLElement>('[data-test-subj~="comboBoxOptionsList"]');
    if (!open) throw new Error('the options list is not open');
    return open;
  });
  await u.click(within(list).getByRole('option', { name: new RegExp(`^${text.replace(/\./g, '\\.')}`) }));
}

/** Visualization → build alerts per host → Save and return. */
async function addPendingVisualization(u: ReturnType<typeof user>) {
  await u.click(screen.getByTestId('visualizationButton'));
  await u.click(await screen.findByTestId('visualizationTitleInput'));
  await u.paste('Alerts per host');
  await chooseInCombo(u, 'dimension-x', '@timestamp');
  await chooseInCombo(u, 'dimension-breakdown', 'host.name');
  expect(screen.getByTestId('visualizationSaveButton')).toHaveTextContent('Save and return');
  await u.click(screen.getByTestId('visualizationSaveButton'));
  await waitFor(() => expect(screen.queryByTestId('visualizationEditorFlyout')).toBeNull());
  return screen.getByTestId('pendingVisualization');
}

describe('the comment box’s Visualization button', () => {
  let viewport: ReturnType<typeof installIntersectionObserver>;
  beforeEach(() => {
    viewport = installIntersectionObserver();
  });
  afterEach(() => viewport.restore());

  it('builds a chart, previews it as the case will show it, and posts it with the text in one request', async () => {
    const { callsTo, guards } = renderBox();
    const u = user();
    await screen.findByTestId('add-comment');
    await u.click(newCommentBox());
    await u.paste('Spike on web-1');
    const card = await addPendingVisualization(u);
    expect(within(card).getByTestId('pendingVisualizationTitle')).toHaveTextContent('Alerts per host');
    await waitFor(() => expect(within(card).getByTestId('pendingVisualizationSummary')).toHaveTextContent(/^Bar vertical stacked · /));
    expect(guards.check()).toContain('visualization has not been added');
    // One chart per comment: the pending one is edited from its card.
    expect(screen.getByTestId('visualizationButton')).toBeDisabled();

    await u.click(within(card).getByTestId('pendingVisualizationPreview'));
    act(() => viewport.scrollAll());
    expect(await within(card).findByTestId('mockChart')).toHaveAttribute('data-chart-type', 'xy');

    await u.click(screen.getByTestId('submit-comment'));
    await waitFor(() => expect(callsTo('POST', BULK_CREATE_URL)).toHaveLength(1));
    expect(callsTo('POST', '/api/cases/case-1/comments')).toHaveLength(0);
    const [comment, lens] = callsTo('POST', BULK_CREATE_URL)[0].body as Array<Record<string, unknown>>;
    expect(comment).toEqual({ type: 'user', comment: 'Spike on web-1', owner: 'securitySolution' });
    expect(lens).toMatchObject({ type: 'persistableState', persistableStateAttachmentTypeId: '.lens', owner: 'securitySolution' });
    const state = lens.persistableStateAttachmentState as { attributes: unknown; timeRange: { from: string; to: string } };
    expect(Date.parse(state.timeRange.to) - Date.parse(state.timeRange.from)).toBe(7 * 24 * 3600_000);
    const reading = readLens(state.attributes, allSources);
    expect(reading.ok && reading.definition).toMatchObject({
      title: 'Alerts per host',
      chart: { type: 'xy', seriesType: 'bar_stacked', xAccessor: 'x', splitAccessor: 'breakdown' },
      buckets: [{ field: 'host.name' }, { field: '@timestamp' }],
    });

    await waitFor(() => expect(screen.queryByTestId('pendingVisualization')).toBeNull());
    expect(newCommentBox()).toHaveValue('');
    expect(guards.check()).toBeUndefined();
  });

  it('adds a visualization without text, and reopens the pending one to edit it', async () => {
    const { callsTo } = renderBox();
    const u = user();
    await screen.findByTestId('add-comment');
    expect(screen.getByTestId('submit-comment')).toBeDisabled();
    const card = await addPendingVisualization(u);
    expect(screen.getByTestId('submit-comment')).toBeEnabled();

    await u.click(within(card).getByTestId('pendingVisualizationEdit'));
    expect(await screen.findByTestId('visualizationTitleInput')).toHaveValue('Alerts per host');
    await u.click(screen.getByTestId('chartType-pie-donut'));
    await u.click(screen.getByTestId('visualizationSaveButton'));
    await waitFor(() => expect(screen.getByTestId('pendingVisualizationSummary')).toHaveTextContent(/^Donut · /));

    await u.click(screen.getByTestId('submit-comment'));
    await waitFor(() => expect(callsTo('POST', BULK_CREATE_URL)).toHaveLength(1));
    const attachments = callsTo('POST', BULK_CREATE_URL)[0].body as Array<Record<string, unknown>>;
    expect(attachments).toHaveLength(1);
    expect(attachments[0]).toMatchObject({ type: 'persistableState', persistableStateAttachmentState: { attributes: { visualizationType: 'lnsPie' } } });
  });

  it('removes a pending visualization, leaving the text to post as a plain comment', async () => {
    const { callsTo } = renderBox();
    const u = user();
    await screen.findByTestId('add-comment');
    const card = await addPendingVisualization(u);
    await u.click(within(card).getByTestId('pendingVisualizationRemove'));
    expect(screen.queryByTestId('pendingVisualization')).toBeNull();
    expect(screen.getByTestId('submit-comment')).toBeDisabled();
    expect(screen.getByTestId('visualizationButton')).toBeEnabled();
    expect(callsTo('POST', BULK_CREATE_URL)).toHaveLength(0);
  });

  it('keeps the visualization and the text when the post fails', async () => {
    const { fetchMock } = renderBox();
    fetchMock.route(`POST ${BULK_CREATE_URL}`, { status: 500, body: { statusCode: 500, error: 'Server Error', message: 'disk full' } });
    const u = user();
    await screen.findByTestId('add-comment');
    await u.click(newCommentBox());
    await u.paste('Note');
    await addPendingVisualization(u);
    await u.click(screen.getByTestId('submit-comment'));
    expect(await screen.findByTestId('errorToast')).toHaveTextContent('disk full');
    expect(screen.getByTestId('pendingVisualization')).toBeInTheDocument();
    expect(newCommentBox()).toHaveValue('Note');
  });
});

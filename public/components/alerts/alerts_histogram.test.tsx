import { screen, waitFor, within } from '@testing-library/react';
import { LENS_ATTACHMENT_TYPE } from '../../../common/constants';
import { alertsSource } from '../../../common/visualizations/lens/__fixtures__/sources';
import { readLens } from '../../../common/visualizations/lens/read_lens';
import type { VisualizationQueryRequest, VisualizationQueryResponse } from '../../../common/visualizations/query_api';
import { makeCase } from '../all_cases/test_helpers';
import { alertsHistogramDefinition } from './alerts_histogram_definition';
import { HISTOGRAM_PREFERENCES_KEY } from './use_histogram_preferences';
import { ALERT_A, ALERT_B, EMPTY_HISTOGRAM, findAnswer, renderAlertsApp, VISUALIZATION_QUERY } from './test_fixtures';

const FIND = 'POST /internal/alerts/_find';
const DAY = 86_400_000;
const CASES_FIND = { page: 1, per_page: 10, total: 1, count_open_cases: 1, count_in_progress_cases: 0, count_closed_cases: 0 };
const OPEN = makeCase({ id: 'c-open', title: 'Phishing wave' });

const HISTOGRAM: VisualizationQueryResponse = {
  ...EMPTY_HISTOGRAM,
  rows: [
    { stackBy: 'Suspicious PowerShell', timestamp: Date.parse('2024-05-01T00:00:00.000Z'), count: 2 },
    { stackBy: 'Brute force', timestamp: Date.parse('2024-05-01T00:00:00.000Z'), count: 1 },
  ],
  total: 3,
};

const queryBody = (call: { body?: unknown }) => call.body as VisualizationQueryRequest;

beforeEach(() => window.sessionStorage.clear());

describe('AlertsPage: the trend chart', () => {
  it("asks after the table's first page for alerts over the page's range, stacked by rule name, with the page's filters", async () => {
    const { requests, fetchMock } = renderAlertsApp({ [FIND]: { body: findAnswer([ALERT_A, ALERT_B]) }, [VISUALIZATION_QUERY]: { body: HISTOGRAM } });
    const panel = await screen.findByTestId('alertsHistogramPanel');
    expect(await within(panel).findByTestId('mockChart')).toHaveTextContent('2 rows');
    expect(within(panel).getByTestId('mockChart')).toHaveAttribute('data-split', 'stackBy');

    expect(requests(VISUALIZATION_QUERY)).toHaveLength(1);
    const urls = fetchMock.calls.map((call) => `${call.method} ${call.url.split('?')[0]}`);
    expect(urls.indexOf(FIND)).toBeLessThan(urls.indexOf(VISUALIZATION_QUERY));

    const body = queryBody(requests(VISUALIZATION_QUERY)[0]);
    const find = requests(FIND)[0].body as { from: string; to: string };
    expect(body).toMatchObject({
      source: 'alerts',
      timeRange: { from: find.from, to: find.to },
      buckets: [
        { type: 'terms', field: 'kibana.alert.rule.name', size: 10, orderBy: { type: 'count' }, direction: 'desc', otherBucket: false },
        { type: 'date_histogram', field: '@timestamp', interval: 'auto' },
      ],
      metrics: [{ operation: 'count' }],
      filters: [{ field: 'kibana.alert.workflow_status', operator: 'is_one_of', values: ['open', 'acknowledged'] }],
    });
    expect(body.query).toBeUndefined();
  });

  it('asks again when the stack-by field, a filter or the search changes', async () => {
    const { requests, user } = renderAlertsApp({ [FIND]: { body: findAnswer([ALERT_A, ALERT_B]) }, [VISUALIZATION_QUERY]: { body: HISTOGRAM } });
    await screen.findByTestId('mockChart');

    await user.selectOptions(screen.getByTestId('alertsHistogramStackBy'), 'host.name');
    await waitFor(() => expect(requests(VISUALIZATION_QUERY)).toHaveLength(2));
    expect(queryBody(requests(VISUALIZATION_QUERY)[1]).buckets[0]).toMatchObject({ type: 'terms', field: 'host.name' });

    await user.click(screen.getByTestId('options-filter-popover-button-severity'));
    await user.click(await screen.findByTestId('options-filter-popover-item-critical'));
    await waitFor(() => expect(requests(VISUALIZATION_QUERY)).toHaveLength(3));
    expect(queryBody(requests(VISUALIZATION_QUERY)[2]).filters).toEqual([
      { field: 'kibana.alert.workflow_status', operator: 'is_one_of', values: ['open', 'acknowledged'] },
      { field: 'kibana.alert.severity', operator: 'is', value: 'critical' },
    ]);

    await user.type(screen.getByTestId('alerts-search'), 'powershell{Enter}');
    await waitFor(() => expect(requests(VISUALIZATION_QUERY)).toHaveLength(4));
    expect(queryBody(requests(VISUALIZATION_QUERY)[3]).query).toEqual({ language: 'kuery', query: 'kibana.alert.reason:powershell' });
    expect(queryBody(requests(VISUALIZATION_QUERY)[3]).buckets[0]).toMatchObject({ field: 'host.name' });
  });

  it('collapses, asks nothing more while collapsed, and stays collapsed in this tab', async () => {
    const { requests, user, unmount } = renderAlertsApp({ [FIND]: { body: findAnswer([ALERT_A]) }, [VISUALIZATION_QUERY]: { body: HISTOGRAM } });
    await screen.findByTestId('mockChart');
    await user.click(screen.getByTestId('alertsHistogramToggle'));
    expect(screen.queryByTestId('alertsHistogramBody')).not.toBeInTheDocument();
    expect(screen.queryByTestId('alertsHistogramStackBy')).not.toBeInTheDocument();
    expect(screen.getByTestId('alertsHistogramToggle')).toHaveAttribute('aria-expanded', 'false');
    expect(JSON.parse(window.sessionStorage.getItem(HISTOGRAM_PREFERENCES_KEY) ?? '{}')).toMatchObject({ isOpen: false });
    unmount();

    const again = renderAlertsApp({ [FIND]: { body: findAnswer([ALERT_A]) }, [VISUALIZATION_QUERY]: { body: HISTOGRAM } });
    await screen.findByTestId('alerts-table-row-a1');
    expect(screen.getByTestId('alertsHistogramPanel')).toBeInTheDocument();
    expect(screen.queryByTestId('alertsHistogramBody')).not.toBeInTheDocument();
    expect(again.requests(VISUALIZATION_QUERY)).toHaveLength(0);
    expect(requests(VISUALIZATION_QUERY)).toHaveLength(1);

    await again.user.click(screen.getByTestId('alertsHistogramToggle'));
    expect(await screen.findByTestId('mockChart')).toBeInTheDocument();
  });

  it("says so when no alert matches, and shows the server's message when the query fails", async () => {
    const empty = renderAlertsApp({ [FIND]: { body: findAnswer([ALERT_A]) } });
    expect(await screen.findByTestId('alertsHistogramEmpty')).toHaveTextContent('No alerts match');
    empty.unmount();

    renderAlertsApp({
      [FIND]: { body: findAnswer([ALERT_A]) },
      [VISUALIZATION_QUERY]: { status: 400, body: { statusCode: 400, error: 'Bad Request', message: "Field 'kibana.alert.rule.name' cannot be queried" } },
    });
    expect(await screen.findByTestId('alertsHistogramError')).toHaveTextContent("Field 'kibana.alert.rule.name' cannot be queried");
  });
});

describe('AlertsPage: adding the trend chart to a case', () => {
  it('adds it to an existing case as a Lens attachment with the absolute range, without the "already holds" check', async () => {
    const { requests, user } = renderAlertsApp({
      [FIND]: { body: findAnswer([ALERT_A, ALERT_B]) },
      [VISUALIZATION_QUERY]: { body: HISTOGRAM },
      'GET /api/cases/_find': { body: { ...CASES_FIND, cases: [OPEN] } },
      'POST /internal/cases/c-open/attachments/_bulk_create': { body: { ...OPEN, totalComment: 1 } },
    });
    await screen.findByTestId('mockChart');
    await user.selectOptions(screen.getByTestId('alertsHistogramStackBy'), 'kibana.alert.severity');
    const before = Date.now();
    await user.click(screen.getByTestId('alertsHistogramAddToCase'));
    await user.click(await screen.findByTestId('alertsHistogramAddToExistingCase'));
    expect(await screen.findByTestId('all-cases-modal')).toHaveTextContent('Visualization "Alerts by severity"');
    await user.click(await screen.findByTestId('cases-table-row-select-c-open'));

    await waitFor(() => expect(requests('POST /internal/cases/c-open/attachments/_bulk_create')).toHaveLength(1));
    expect(requests('POST /internal/cases/case/attachments/_find_containing_all')).toHaveLength(0);
    const [attachment] = requests('POST /internal/cases/c-open/attachments/_bulk_create')[0].body as Array<Record<string, unknown>>;
    expect(attachment).toMatchObject({ type: 'persistableState', persistableStateAttachmentTypeId: LENS_ATTACHMENT_TYPE, owner: 'securitySolution' });
    const state = attachment!.persistableStateAttachmentState as { attributes: unknown; timeRange: { from: string; to: string } };
    // Absolute instants: the last 30 days as they were when the chart was added.
    expect(new Date(state.timeRange.from).toISOString()).toBe(state.timeRange.from);
    expect(new Date(state.timeRange.to).toISOString()).toBe(state.timeRange.to);
    expect(Date.parse(state.timeRange.to)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(state.timeRange.to) - Date.parse(state.timeRange.from)).toBeGreaterThan(30 * DAY - 1000);
    expect(Date.parse(state.timeRange.to) - Date.parse(state.timeRange.from)).toBeLessThan(30 * DAY + 1000);

    const expected = alertsHistogramDefinition('kibana.alert.severity', { status: ['open', 'acknowledged'], rule: [], severity: [], search: '' });
    expect(readLens(state.attributes, [alertsSource])).toEqual({ ok: true, definition: expected });

    expect(await screen.findByTestId('add-to-case-success-toast')).toHaveTextContent('Visualization "Alerts by severity" added to "Phishing wave"');
    expect(screen.queryByTestId('all-cases-modal')).not.toBeInTheDocument();
  });

  it('creates a new case, then attaches the chart to it', async () => {
    const created = makeCase({ id: 'c-new', title: 'Rule storm' });
    const { requests, user } = renderAlertsApp({
      [FIND]: { body: findAnswer([ALERT_A, ALERT_B]) },
      [VISUALIZATION_QUERY]: { body: HISTOGRAM },
      'GET /api/cases/tags': { body: [] },
      'GET /internal/cases/categories': { body: [] },
      'POST /api/cases': { body: created },
      'POST /internal/cases/c-new/attachments/_bulk_create': { body: { ...created, totalComment: 1 } },
    });
    await screen.findByTestId('mockChart');
    await user.type(screen.getByTestId('alerts-search'), 'powershell{Enter}');
    await waitFor(() => expect(requests(VISUALIZATION_QUERY)).toHaveLength(2));
    await user.click(screen.getByTestId('alertsHistogramAddToCase'));
    await user.click(await screen.findByTestId('alertsHistogramAddToNewCase'));
    const flyout = await screen.findByTestId('create-case-flyout');
    expect(within(flyout).getByTestId('create-case-flyout-selection')).toHaveTextContent('Visualization "Alerts by rule name" will be added to the new case.');
    await user.click(within(flyout).getByTestId('caseTitle'));
    await user.paste('Rule storm');
    await user.click(within(within(flyout).getByTestId('caseDescription')).getByRole('textbox'));
    await user.paste('Too many alerts from one rule.');
    await user.click(screen.getByTestId('create-case-submit'));

    await waitFor(() => expect(requests('POST /internal/cases/c-new/attachments/_bulk_create')).toHaveLength(1));
    expect(requests('POST /api/cases')[0].body).toMatchObject({ title: 'Rule storm', owner: 'securitySolution' });
    const [attachment] = requests('POST /internal/cases/c-new/attachments/_bulk_create')[0].body as Array<Record<string, unknown>>;
    expect(attachment).toMatchObject({ type: 'persistableState', persistableStateAttachmentTypeId: LENS_ATTACHMENT_TYPE, owner: 'securitySolution' });
    const { attributes } = attachment!.persistableStateAttachmentState as { attributes: unknown };
    const reading = readLens(attributes, [alertsSource]);
    expect(reading).toMatchObject({ ok: true, definition: { query: { language: 'kuery', query: 'kibana.alert.reason:powershell' } } });
    expect(await screen.findByTestId('add-to-case-success-toast')).toHaveTextContent('Visualization "Alerts by rule name" added to "Rule storm"');
    await waitFor(() => expect(screen.queryByTestId('create-case-flyout')).not.toBeInTheDocument());
  });
});

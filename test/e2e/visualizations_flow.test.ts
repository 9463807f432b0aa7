/**
 * Charts in a case, in a real browser (issue 19): a week of alerts whose count per host per day is
 * known is ingested; in the case the analyst builds a stacked bar chart of alerts per host per day
 * over that absolute week, previews it and adds it; after a reload the chart is drawn and its data
 * table holds exactly the ingested counts; "Open visualization" turns it into a donut of alerts per
 * host and the activity shows the edit (the server records an update user action); the Alerts
 * page's Trend chart is added to the same case as a second chart. Then the case with its charts
 * and the editor flyout are photographed at two widths in both colour modes. No console or page
 * error may happen anywhere along the way.
 */
import type { Locator, Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../helpers/server_process';
import { browserForSuite, testSubj } from './helpers/browser';
import { api, createCaseThroughApi, eventually, login, screenshot, type SeededCase } from './helpers/cases_app';
import { expectLayout, pageOverflow } from './helpers/layout_probes';
import { dismissToasts } from './helpers/roles_app';
import { viewportScreenshot } from './helpers/settings_app';

jest.setTimeout(300_000);

const CASE_TITLE = 'Logon failures across finance hosts, first week of March';
const CHART_TITLE = 'Alerts per host per day';
const TREND_TITLE = 'Alerts by host name';

/** Monday March 2nd to Sunday March 8th 2026: the chart's absolute week. */
const DAYS = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'];
/** Alerts per host on each day of DAYS; a zero is a quiet day (a bar of 0 in the table). */
const COUNTS: Record<string, number[]> = {
  'fin-ws-01': [3, 5, 2, 4, 1, 6, 2],
  'fin-ws-02': [1, 0, 2, 1, 3, 0, 1],
  'dc-01': [2, 1, 0, 1, 1, 2, 4],
};
const HOSTS = Object.keys(COUNTS);
const total = (host: string) => COUNTS[host]!.reduce((sum, n) => sum + n, 0);
const TOTAL = HOSTS.reduce((sum, host) => sum + total(host), 0);
/** The week as the analyst types it in the date picker: local midnight to the last instant of Sunday. */
const WEEK_START = `${DAYS[0]}T00:00:00.000`;
const WEEK_END = `${DAYS[DAYS.length - 1]}T23:59:59.999`;

/**
 * The alerts: each one at midday UTC plus a minute per alert, so it falls on its day in any zone
 * within eleven hours of UTC (the chart splits days at the browser's midnight).
 */
function weekAlerts(): Array<Record<string, unknown>> {
  const alerts: Array<Record<string, unknown>> = [];
  for (const host of HOSTS) {
    COUNTS[host]!.forEach((count, day) => {
      for (let i = 0; i < count; i++) {
        const rule = i % 2 === 0 ? 'Multiple logon failures' : 'Logon from a new country';
        alerts.push({
          '@timestamp': `${DAYS[day]}T12:${String(i).padStart(2, '0')}:00.000Z`,
          kibana: {
            alert: {
              uuid: `vis-flow-${host}-${DAYS[day]}-${i}`,
              rule: { name: rule, uuid: `vis-flow-${rule.toLowerCase().replace(/\s+/g, '-')}` },
              severity: i % 3 === 0 ? 'high' : 'medium',
              risk_score: 47,
              reason: `${rule} on ${host}`,
            },
          },
          host: { name: host },
          user: { name: i % 2 === 0 ? 'j.doe' : 'a.smith' },
          event: { category: ['authentication'] },
        });
      }
    });
  }
  return alerts;
}

type Row = string[];
const byText = (a: Row, b: Row) => a.join('\u0000').localeCompare(b.join('\u0000'));

/** "Mar 2, 2026" for each day, as the browser formats a day bucket in its own zone. */
function dayLabels(page: Page): Promise<string[]> {
  return page.evaluate((days) => {
    const format = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
    return days.map((day) => {
      const [y, m, d] = day.split('-').map(Number);
      return format.format(new Date(y!, m! - 1, d!));
    });
  }, DAYS);
}

/** Lens' XY column order: the breakdown (host), then the x axis (day), then the count. */
async function expectedBarRows(page: Page): Promise<Row[]> {
  const labels = await dayLabels(page);
  return HOSTS.flatMap((host) => COUNTS[host]!.map((count, day) => [host, labels[day]!, String(count)])).sort(byText);
}

const expectedDonutRows = (): Row[] => HOSTS.map((host) => [host, String(total(host))]).sort(byText);

/** Picks `label` in a single-selection EUI combo box by clicking the option itself. */
async function chooseField(page: Page, combo: Locator, label: string): Promise<void> {
  const input = combo.locator(testSubj('comboBoxSearchInput'));
  await input.click();
  await input.fill(label);
  const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  // The option's text also holds its field-type token's title ("date field"): match the label alone.
  await page.locator('[role="listbox"] [role="option"]').filter({ has: page.locator(testSubj('fullText'), { hasText: exact }) }).first().click();
  await eventually(() => input.inputValue(), (value) => value === label, `the combo box to hold ${label}`);
}

/**
 * Types an absolute instant into one end of an EuiSuperDatePicker (its popover's Absolute tab),
 * as an analyst pastes a date; `Enter` parses it. The picker shows a pretty range ("Last 30
 * days") until its dates are asked for, and asking opens the start date's popover.
 */
async function typeAbsoluteDate(page: Page, picker: Locator, end: 'start' | 'end', value: string): Promise<void> {
  const showDates = picker.locator(testSubj('superDatePickerShowDatesButton'));
  const tab = page.locator(testSubj('superDatePickerAbsoluteTab'));
  if (await showDates.isVisible()) await showDates.click();
  if (!(await tab.isVisible())) await picker.locator(testSubj(`superDatePicker${end}DatePopoverButton`)).click();
  await tab.click();
  const input = page.locator(testSubj('superDatePickerAbsoluteDateInput'));
  await input.fill(value);
  await input.press('Enter');
  await page.locator(`${testSubj('superDatePickerAbsoluteDateInput')}[aria-invalid="true"]`).waitFor({ state: 'detached' });
  // Closes the popover (the button toggles it).
  await picker.locator(testSubj(`superDatePicker${end}DatePopoverButton`)).click();
  await page.locator(testSubj('superDatePickerAbsoluteDateInput')).waitFor({ state: 'detached' });
}

/** Every row of a visualization's data table, cell texts in column order; all pages of it. */
async function dataTableRows(panel: Locator): Promise<{ headers: string[]; rows: Row[] }> {
  const toggle = panel.locator(`${testSubj('visualization-show-table')}`);
  if ((await toggle.getAttribute('aria-checked')) !== 'true') await toggle.click();
  const table = panel.locator(testSubj('visualization-data-table'));
  await table.waitFor();
  // EUI hides tab and newline markers in table cells for copying to a spreadsheet; the eye sees none.
  const seen = (text: string) => text.replace(/[\u21a6\u21b5]/g, '').trim();
  const headers = (await table.locator('thead th').evaluateAll((cells) => cells.map((cell) => cell.textContent ?? ''))).map(seen);
  const pageRows = async () =>
    (
      await table
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td .euiTableCellContent')].map((cell) => cell.textContent ?? '')))
    ).map((row) => row.map(seen));
  // A long table pages: the largest page, then every page in turn.
  const sizeButton = table.locator(testSubj('tablePaginationPopoverButton'));
  if ((await sizeButton.count()) === 0) return { headers, rows: await pageRows() };
  await sizeButton.click();
  await panel.page().locator(testSubj('tablePagination-100-rows')).click();
  await sizeButton.filter({ hasText: '100' }).waitFor();
  const rows: Row[] = [];
  const next = table.locator(testSubj('pagination-button-next'));
  for (let pageNumber = 1; ; pageNumber++) {
    rows.push(...(await pageRows()));
    if ((await next.count()) === 0 || (await next.isDisabled())) break;
    const first = await table.locator('tbody tr').first().textContent();
    await next.click();
    await eventually(() => table.locator('tbody tr').first().textContent(), (text) => text !== first, `page ${pageNumber + 1} of the data table`);
  }
  return { headers, rows };
}

interface CommentSummary {
  id: string;
  type: string;
  persistableStateAttachmentState?: { attributes?: { title?: string; visualizationType?: string } };
}

/** The case's Lens attachments, as the case read returns them (comments/_find lists user comments only, as Kibana's). */
async function lensComments(server: ServerProcess, caseId: string): Promise<CommentSummary[]> {
  const found = await api<{ comments?: CommentSummary[] }>(server, 'GET', `/api/cases/${encodeURIComponent(caseId)}`);
  return (found.comments ?? []).filter((comment) => comment.type === 'persistableState');
}

describe('visualizations: a chart of alerts in a case, in Chromium', () => {
  let server: ServerProcess;
  let theCase: SeededCase;
  /** The bar chart's attachment, once added; the trend chart's, once added. */
  let chartId = '';
  let trendId = '';

  beforeAll(async () => {
    server = await startServerProcess();
    const ingested = await api<{ errors: boolean }>(server, 'POST', '/api/alerts/_ingest', weekAlerts());
    expect(ingested.errors).toBe(false);
    theCase = await createCaseThroughApi(server, { title: CASE_TITLE, description: 'Failed logons on three finance hosts over one week.', tags: ['authentication'] });
  });

  afterAll(async () => {
    await server?.stop();
  });

  const lensPanel = (page: Page, id: string) => page.locator(testSubj(`lens-attachment-${id}`));

  /** Scrolls a chart panel into view (charts load only near the viewport) and waits for its drawing. */
  async function drawnChart(page: Page, id: string, type?: 'xy' | 'pie'): Promise<Locator> {
    const panel = lensPanel(page, id);
    await panel.scrollIntoViewIfNeeded();
    const chart = panel.locator(`${testSubj('visualization-chart')}${type ? `[data-chart-type="${type}"]` : ''}`);
    await chart.waitFor();
    // The canvas the chart library paints, with a size: not an empty or collapsed chart.
    const canvas = chart.locator('canvas').first();
    await canvas.waitFor();
    const box = await canvas.boundingBox();
    expectLayout(box !== null && box.width > 200 && box.height > 100, `the chart of ${id} is drawn with a size`, box);
    return panel;
  }

  describe('the flow', () => {
    const browser = browserForSuite({ viewport: { width: 1600, height: 1000 } });
    let page: Page;

    beforeAll(() => {
      page = browser.page;
    });

    it('builds a stacked bar chart of alerts per host per day over the week and adds it to the case', async () => {
      await login(page, server, `/app/cases/${encodeURIComponent(theCase.id)}`);
      await page.locator(testSubj('case-view-page')).waitFor();
      await page.click(testSubj('visualizationButton'));
      const flyout = page.locator(testSubj('visualizationEditorFlyout'));
      await flyout.locator(testSubj('visualizationTitleInput')).fill(CHART_TITLE);
      await flyout.locator(testSubj('visualizationSourceSelect')).selectOption('alerts');
      await flyout.locator(testSubj('chartType-xy-bar_stacked')).click();
      await expect(flyout.locator('#visualizationChartType-xy-bar_stacked').isChecked()).resolves.toBe(true);

      await chooseField(page, flyout.locator(testSubj('dimension-x-field')), '@timestamp');
      await flyout.locator(testSubj('dimension-x-interval')).selectOption('day');
      await chooseField(page, flyout.locator(testSubj('dimension-breakdown-field')), 'host.name');
      // The metric is Lens' default: a count of records.
      await expect(flyout.locator(testSubj('dimension-metric-operation-0')).inputValue()).resolves.toBe('count');
      await expect(flyout.locator(`${testSubj('dimension-metric-field-0')} ${testSubj('comboBoxSearchInput')}`).inputValue()).resolves.toBe('Records');

      const picker = flyout.locator(testSubj('visualizationTimeRange'));
      await typeAbsoluteDate(page, picker, 'start', WEEK_START);
      await typeAbsoluteDate(page, picker, 'end', WEEK_END);
      const [firstDay] = await dayLabels(page);
      await flyout.locator(testSubj('visualizationTimeRangeAbsolute')).filter({ hasText: firstDay!.replace(/,? 2026$/, '') }).waitFor();

      // The live preview: the chart, over exactly the ingested alerts.
      const preview = flyout.locator(testSubj('visualizationPreview'));
      await preview.locator(`${testSubj('visualization-chart')}[data-chart-type="xy"] canvas`).waitFor();
      await preview.locator(testSubj('visualizationPreviewTotal')).filter({ hasText: `${TOTAL} matching documents` }).waitFor();

      await flyout.locator(testSubj('visualizationSaveButton')).click();
      await flyout.waitFor({ state: 'detached' });
      const pending = page.locator(testSubj('pendingVisualization'));
      await pending.locator(testSubj('pendingVisualizationTitle')).filter({ hasText: CHART_TITLE }).waitFor();
      await pending.locator(testSubj('pendingVisualizationSummary')).filter({ hasText: 'Bar vertical stacked' }).waitFor();
      await pending.locator(testSubj('pendingVisualizationPreview')).click();
      await pending.locator(`${testSubj('pendingVisualizationView')} ${testSubj('visualization-chart')} canvas`).waitFor();

      await page.click(testSubj('submit-comment'));
      await pending.waitFor({ state: 'detached' });
      const [added] = await eventually(() => lensComments(server, theCase.id), (found) => found.length === 1, 'the chart to be stored on the case');
      chartId = added!.id;
      expect(added!.persistableStateAttachmentState?.attributes).toMatchObject({ title: CHART_TITLE, visualizationType: 'lnsXY' });
      await lensPanel(page, chartId).waitFor();
    });

    it('draws the same bars after a reload: its data table holds the ingested count per host per day', async () => {
      expect(chartId).not.toBe('');
      await page.reload();
      await page.locator(testSubj('case-view-page')).waitFor();
      const panel = await drawnChart(page, chartId, 'xy');
      await panel.locator(testSubj('visualization-title')).filter({ hasText: CHART_TITLE }).waitFor();
      const { headers, rows } = await dataTableRows(panel);
      expect(headers).toEqual(['Top 10 values of host.name', '@timestamp', 'Count of records']);
      expect(rows.sort(byText)).toEqual(await expectedBarRows(page));
    });

    it('opens the chart from its entry menu, turns it into a donut of alerts per host, and the activity shows the edit', async () => {
      const entry = page.locator(testSubj(`comment-${chartId}`));
      await entry.locator(testSubj('property-actions-user-action-ellipses')).click();
      await page.click(testSubj('property-actions-user-action-lensApp'));
      const flyout = page.locator(testSubj('visualizationEditorFlyout'));
      await expect(flyout.locator(testSubj('visualizationTitleInput')).inputValue()).resolves.toBe(CHART_TITLE);
      await flyout.locator(testSubj('chartType-pie-donut')).click();
      // Slices per host: the date histogram leaves the slices, host.name takes its place.
      await flyout.locator(`${testSubj('dimension-breakdown-field')} ${testSubj('comboBoxClearButton')}`).click();
      await chooseField(page, flyout.locator(testSubj('dimension-x-field')), 'host.name');
      await flyout.locator(`${testSubj('visualizationPreview')} ${testSubj('visualization-chart')}[data-chart-type="pie"] canvas`).waitFor();
      await flyout.locator(testSubj('visualizationSaveButton')).click();
      await flyout.waitFor({ state: 'detached' });

      await entry.filter({ hasText: 'added a visualization (edited)' }).waitFor();
      const panel = await drawnChart(page, chartId, 'pie');
      // One colour per host: slices that share a colour cannot be told apart.
      const legendColors = await panel.locator('.echLegendItem [data-testid="echLegendIconPath"]').evaluateAll((paths) => paths.map((path) => path.getAttribute('fill')));
      expect(legendColors).toHaveLength(HOSTS.length);
      expect(new Set(legendColors).size).toBe(HOSTS.length);
      const { headers, rows } = await dataTableRows(panel);
      expect(headers).toEqual(['Top 10 values of host.name', 'Count of records']);
      expect(rows.sort(byText)).toEqual(expectedDonutRows());

      // Kibana's record of the edit: an update user action of the comment, holding the donut.
      const actions = await api<{ userActions: Array<{ type: string; action: string; comment_id: string | null; payload: { comment?: CommentSummary } }> }>(
        server,
        'GET',
        `/api/cases/${encodeURIComponent(theCase.id)}/user_actions/_find?types=comment&perPage=100`,
      );
      const updates = actions.userActions.filter((action) => action.action === 'update' && action.comment_id === chartId);
      expect(updates).toHaveLength(1);
      expect(updates[0]!.payload.comment?.persistableStateAttachmentState?.attributes?.visualizationType).toBe('lnsPie');

      // And it stays a donut.
      await page.reload();
      await page.locator(testSubj('case-view-page')).waitFor();
      await drawnChart(page, chartId, 'pie');
      await page.locator(testSubj(`comment-${chartId}`)).filter({ hasText: 'added a visualization (edited)' }).waitFor();
    });

    it("adds the Alerts page's Trend chart of the week to the same case", async () => {
      await page.goto(`${server.url}/app/security/alerts`);
      await page.locator(testSubj('alerts-page')).waitFor();
      const picker = page.locator(testSubj('alerts-time-picker'));
      await picker.waitFor();
      await typeAbsoluteDate(page, picker, 'start', WEEK_START);
      await typeAbsoluteDate(page, picker, 'end', WEEK_END);
      await picker.locator(testSubj('superDatePickerApplyTimeButton')).click();
      await page.locator(`${testSubj('alerts-table')}:not(.euiBasicTable-loading)`).waitFor();
      await page.locator(testSubj('alerts-count')).filter({ hasText: new RegExp(`of ${TOTAL} alerts`) }).waitFor();

      const trend = page.locator(testSubj('alertsHistogramPanel'));
      await trend.locator(testSubj('alertsHistogramStackBy')).selectOption('host.name');
      await trend.locator(`${testSubj('alertsHistogramChart')} ${testSubj('visualization-chart')} canvas`).waitFor();
      await trend.locator(testSubj('alertsHistogramAddToCase')).click();
      await page.click(testSubj('alertsHistogramAddToExistingCase'));
      const modal = page.locator(testSubj('all-cases-modal'));
      await modal.waitFor();
      const search = modal.locator(testSubj('cases-search')).locator('xpath=self::input | .//input').first();
      await search.fill(CASE_TITLE);
      await search.press('Enter');
      await modal.locator(`${testSubj('all-cases-modal-table')}:not(.euiBasicTable-loading)`).waitFor();
      await modal.locator(testSubj(`cases-table-row-select-${theCase.id}`)).click();
      await modal.waitFor({ state: 'detached' });
      await page.locator(testSubj('add-to-case-success-toast')).filter({ hasText: `Visualization "${TREND_TITLE}" added to "${CASE_TITLE}"` }).waitFor();

      const stored = await eventually(() => lensComments(server, theCase.id), (found) => found.length === 2, 'the trend chart to be stored on the case');
      trendId = stored.find((comment) => comment.id !== chartId)!.id;
      await page.locator(`${testSubj('add-to-case-success-toast')} ${testSubj('toaster-content-case-view-link')}`).click();
      await page.locator(testSubj('case-view-page')).waitFor();
      await eventually(() => page.locator('[data-test-subj^="lens-attachment-"]').count(), (count) => count === 2, 'two charts in the activity');
      const panel = await drawnChart(page, trendId, 'xy');
      await panel.locator(testSubj('visualization-title')).filter({ hasText: TREND_TITLE }).waitFor();
      // Its own interval (auto), so compare what it adds up to: each host's alerts of the week.
      const { headers, rows } = await dataTableRows(panel);
      const hostColumn = headers.indexOf('Top 10 values of host.name');
      const countColumn = headers.indexOf('Count of records');
      expect(hostColumn).toBeGreaterThanOrEqual(0);
      expect(countColumn).toBeGreaterThanOrEqual(0);
      const perHost = new Map<string, number>();
      for (const row of rows) perHost.set(row[hostColumn]!, (perHost.get(row[hostColumn]!) ?? 0) + Number(row[countColumn]!.replace(/\D/g, '')));
      expect([...perHost.entries()].map(([host, count]) => [host, String(count)]).sort(byText)).toEqual(expectedDonutRows());
    });
  });

  describe.each(['light', 'dark'] as const)('screenshots, %s mode', (mode) => {
    const browser = browserForSuite({ viewport: { width: 1600, height: 1000 }, colorScheme: mode });
    let page: Page;

    beforeAll(async () => {
      page = browser.page;
      await login(page, server, `/app/cases/${encodeURIComponent(theCase.id)}`);
    });

    for (const size of [{ width: 1600, height: 1000 }, { width: 1024, height: 768 }]) {
      const tag = `${size.width}_${mode}`;

      it(`the case with its two charts, and the editor flyout, at ${size.width}`, async () => {
        expect(chartId).not.toBe('');
        expect(trendId).not.toBe('');
        await page.setViewportSize(size);
        await page.goto(`${server.url}/app/cases/${encodeURIComponent(theCase.id)}`);
        await page.locator(testSubj('case-view-page')).waitFor();
        for (const id of [chartId, trendId]) {
          const panel = await drawnChart(page, id);
          // The chart follows the shell's colour mode: never a light chart on a dark page.
          await expect(panel.locator(testSubj('visualization-chart')).getAttribute('data-color-mode')).resolves.toBe(mode === 'dark' ? 'DARK' : 'LIGHT');
        }
        const overflow = await pageOverflow(page);
        expectLayout(overflow.scrollWidth <= overflow.clientWidth + 1, `the case view scrolls sideways at ${tag}`, overflow);
        await dismissToasts(page).catch(() => undefined);
        await screenshot(page, `visualizations_case_${tag}`);
        await lensPanel(page, chartId).scrollIntoViewIfNeeded();
        await viewportScreenshot(page, `visualizations_chart_${tag}`);

        // The editor, opened from the chart panel's own menu, with its preview drawn.
        await lensPanel(page, chartId).locator(testSubj('visualization-menu')).click();
        await page.click(testSubj('visualization-action-openVisualization'));
        const flyout = page.locator(testSubj('visualizationEditorFlyout'));
        await flyout.locator(`${testSubj('visualizationPreview')} ${testSubj('visualization-chart')} canvas`).waitFor();
        // Measured where it comes to rest, not while it slides in.
        await flyout.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((animation) => animation.finished)));
        const fit = await flyout.evaluate((el) => {
          const body = el.querySelector('.euiFlyoutBody__overflow') ?? el;
          const save = el.querySelector('[data-test-subj="visualizationSaveButton"]')?.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          const preview = el.querySelector('[data-test-subj="visualizationPreview"]')?.getBoundingClientRect();
          return {
            previewWidth: preview?.width ?? 0,
            left: box.left,
            right: box.right,
            viewport: window.innerWidth,
            bodyScrollWidth: body.scrollWidth,
            bodyClientWidth: body.clientWidth,
            saveVisible: save !== undefined && save.width > 0 && save.right <= window.innerWidth && save.bottom <= window.innerHeight,
          };
        });
        expectLayout(fit.left >= 0 && fit.right <= fit.viewport + 1, `the editor flyout leaves the window at ${tag}`, fit);
        expectLayout(fit.bodyScrollWidth <= fit.bodyClientWidth + 1, `the editor flyout scrolls sideways at ${tag}`, fit);
        // Room for the chart itself beside its legend: not a preview squeezed between the field list and the zones.
        expectLayout(fit.previewWidth >= 360, `the editor's preview is squeezed at ${tag}`, fit);
        expectLayout(fit.saveVisible, `the editor's save button is out of sight at ${tag}`, fit);
        await viewportScreenshot(page, `visualizations_editor_${tag}`);
        await flyout.locator(testSubj('visualizationCancelButton')).click();
        await flyout.waitFor({ state: 'detached' });
      });
    }
  });
});

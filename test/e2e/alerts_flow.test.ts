/**
 * The analyst escalating alerts in a real browser (issue 13): sample alerts loaded from the empty
 * Alerts page, three of them put in a new case, the case closed and its alerts with it, two more
 * added to the same case through the case selector, and the case's summary counting what its
 * alerts involve. A second flow holds the reverse: with sync off, closing leaves alerts alone.
 * Then the pages an analyst reads are photographed at two widths in both colour modes.
 * No console error and no page error may happen anywhere along the way.
 */
import type { Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../helpers/server_process';
import { browserForSuite, testSubj } from './helpers/browser';
import { api, caseIdFromUrl, createCaseThroughApi, eventually, login, screenshot } from './helpers/cases_app';
import {
  alertRow,
  attachAlertThroughApi,
  bulkAction,
  caseAlertsThroughApi,
  distinctCount,
  findAlertsThroughApi,
  gotoAlertsPage,
  rowStatus,
  selectAlerts,
  shownAlertIds,
  submitNewCaseFlyout,
  toggleFilter,
  waitForAlertRows,
  type AlertSummary,
  narrowestColumn,
} from './helpers/alerts_app';
import { expectLayout, pageOverflow } from './helpers/layout_probes';

jest.setTimeout(240_000);

const CASE_TITLE = 'Credential access burst on finance workstations';
const sorted = (ids: string[]) => [...ids].sort();

describe('alerts: escalating alerts into cases in Chromium', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess();
  });

  afterAll(async () => {
    await server?.stop();
  });

  /** Shared by the flow and the screenshots: the case that ends up holding five alerts. */
  let caseId = '';
  let firstThree: string[] = [];
  let nextTwo: string[] = [];

  describe('the flow, sync on', () => {
    const browser = browserForSuite({ viewport: { width: 1600, height: 1000 } });
    let page: Page;

    beforeAll(() => {
      page = browser.page;
    });

    const casePage = () => page.locator(testSubj('case-view-page'));

    async function openCase(tab?: 'alerts') {
      await page.goto(`${server.url}/app/cases/${encodeURIComponent(caseId)}${tab ? `?tabId=${tab}` : ''}`);
      await casePage().waitFor();
    }

    async function setCaseStatus(status: 'open' | 'closed') {
      const picker = page.locator(`${testSubj('case-view-header')} ${testSubj('case-status-picker')}`);
      await picker.click();
      await page.click(testSubj(`case-status-option-${status}`));
      await picker.filter({ hasText: status === 'open' ? 'Open' : 'Closed' }).waitFor();
      await page.locator(testSubj('case-status-picker-loading')).waitFor({ state: 'detached' });
    }

    /** The case's Alerts tab, once its table has loaded `count` rows. */
    async function caseAlertRows(count: number) {
      await page.locator(`${testSubj('case-alerts-table')}:not(.euiBasicTable-loading)`).waitFor();
      const rows = page.locator(`${testSubj('case-alerts-table')} [data-test-subj^="case-alerts-row-"]`);
      await eventually(() => rows.count(), (n) => n === count, `${count} rows in the case's Alerts tab`);
      return rows;
    }

    it('loads sample alerts from the empty Alerts page', async () => {
      await login(page, server, '/app/security/alerts');
      await page.locator(testSubj('alerts-page')).waitFor();
      await page.locator(testSubj('alerts-empty-prompt')).waitFor();
      await page.click(testSubj('alerts-add-sample-data'));
      await page.locator(testSubj('sample-data-success-toast')).waitFor();
      await waitForAlertRows(page);
      await expect(page.locator(testSubj('alerts-empty-prompt')).count()).resolves.toBe(0);
      // The page opens on what needs work, newest first: every row is open or acknowledged.
      const ids = await shownAlertIds(page);
      expect(ids.length).toBe(25);
      const statuses = await Promise.all(ids.map((id) => rowStatus(alertRow(page, id))));
      expect(statuses.filter((status) => status !== 'open' && status !== 'acknowledged')).toEqual([]);
      await page.locator(testSubj('alerts-count')).filter({ hasText: /^Showing 1-25 of [\d,]+ alerts/ }).waitFor();
    });

    it('puts three selected alerts in a new case through the flyout', async () => {
      const ids = await shownAlertIds(page);
      firstThree = ids.slice(0, 3);
      nextTwo = ids.slice(3, 5);
      await selectAlerts(page, firstThree);
      await bulkAction(page, 'add-to-new-case-action');
      await page.locator(testSubj('create-case-flyout-selection')).filter({ hasText: '3 alerts' }).waitFor();
      await submitNewCaseFlyout(page, CASE_TITLE, 'Three alerts escalated from the Alerts page.');

      const toast = page.locator(testSubj('add-to-case-success-toast'));
      await toast.filter({ hasText: `3 alerts added to "${CASE_TITLE}"` }).waitFor();
      // The Cases column of each row now names the case.
      for (const id of firstThree) await alertRow(page, id).locator(testSubj('alert-cases-link')).waitFor();
      await toast.locator(testSubj('toaster-content-case-view-link')).click();
      await casePage().waitFor();
      caseId = caseIdFromUrl(page);
      await expect(page.locator(testSubj('editable-title-header-value')).innerText()).resolves.toContain(CASE_TITLE);
    });

    it("lists exactly those three in the case's Alerts tab, open", async () => {
      // Alerts are a section of the Attachments tab, whose selector counts them.
      await page.click(testSubj('case-view-tab-title-attachments'));
      await page.locator(testSubj('case-view-alerts-stats-badge')).filter({ hasText: /^3$/ }).waitFor();
      await page.click(testSubj('case-view-tab-title-alerts'));
      const rows = await caseAlertRows(3);
      const ids = await rows.evaluateAll((els) => els.map((el) => (el.getAttribute('data-test-subj') ?? '').replace('case-alerts-row-', '')));
      expect(sorted(ids)).toEqual(sorted(firstThree));
      for (const id of firstThree) {
        await page.locator(`${testSubj(`case-alerts-row-${id}`)} ${testSubj('alert-status-open')}`).waitFor();
      }
    });

    it('closes the case and its alerts with it', async () => {
      await setCaseStatus('closed');
      // The tab reads the alert documents live: after the close it shows them closed.
      await page.reload();
      await casePage().waitFor();
      await caseAlertRows(3);
      for (const id of firstThree) {
        await page.locator(`${testSubj(`case-alerts-row-${id}`)} ${testSubj('alert-status-closed')}`).waitFor();
      }
    });

    it('shows those three closed on the Alerts page once closed alerts are included', async () => {
      await gotoAlertsPage(page, server);
      await waitForAlertRows(page);
      // Open and acknowledged only, by default: the closed three have left the list.
      for (const id of firstThree) await expect(alertRow(page, id).count()).resolves.toBe(0);
      await toggleFilter(page, 'status', 'closed');
      for (const id of firstThree) {
        await alertRow(page, id).locator(testSubj('alert-status-closed')).waitFor();
        await alertRow(page, id).locator(testSubj('alert-cases-link')).waitFor();
      }
    });

    it('offers the closed case in the selector as one that cannot take alerts', async () => {
      await gotoAlertsPage(page, server);
      await waitForAlertRows(page);
      await selectAlerts(page, nextTwo);
      await bulkAction(page, 'add-to-existing-case-action');
      const modal = page.locator(testSubj('all-cases-modal'));
      await modal.waitFor();
      await searchCaseInModal(page, CASE_TITLE);
      await expect(modal.locator(testSubj(`cases-table-row-select-${caseId}`)).isDisabled()).resolves.toBe(true);
      await modal.locator(testSubj('all-cases-modal-cancel-button')).click();
      await modal.waitFor({ state: 'detached' });
    });

    it('reopens the case, which reopens its alerts', async () => {
      await openCase();
      await setCaseStatus('open');
      const reopened = await eventually(
        () => caseAlertsThroughApi(server, caseId),
        (alerts) => alerts.every((alert) => alert.fields['kibana.alert.workflow_status'] === 'open'),
        'the three alerts to be open again',
      );
      expect(sorted(reopened.map((alert) => alert.id))).toEqual(sorted(firstThree));
    });

    it('marks the case as holding every selected alert when the three are selected again', async () => {
      await gotoAlertsPage(page, server);
      await waitForAlertRows(page);
      await selectAlerts(page, firstThree);
      await bulkAction(page, 'add-to-existing-case-action');
      const modal = page.locator(testSubj('all-cases-modal'));
      await searchCaseInModal(page, CASE_TITLE);
      const select = modal.locator(testSubj(`cases-table-row-select-${caseId}`));
      // Disabled because it already holds them (the case is open now), and the tooltip says so.
      await eventually(() => select.isDisabled(), (disabled) => disabled, 'the case to be marked as holding the alerts');
      await select.locator('xpath=..').hover();
      await page.getByRole('tooltip').filter({ hasText: 'This case already holds every selected alert.' }).waitFor();
      await modal.locator(testSubj('all-cases-modal-cancel-button')).click();
      await modal.waitFor({ state: 'detached' });
    });

    it('adds two other alerts to the existing case through the selector', async () => {
      await gotoAlertsPage(page, server);
      await waitForAlertRows(page);
      await selectAlerts(page, nextTwo);
      await bulkAction(page, 'add-to-existing-case-action');
      const modal = page.locator(testSubj('all-cases-modal'));
      await searchCaseInModal(page, CASE_TITLE);
      const select = modal.locator(testSubj(`cases-table-row-select-${caseId}`));
      await eventually(() => select.isEnabled(), (enabled) => enabled, 'the case to be selectable for two new alerts');
      await select.click();
      await modal.waitFor({ state: 'detached' });
      await page.locator(testSubj('add-to-case-success-toast')).filter({ hasText: `2 alerts added to "${CASE_TITLE}"` }).waitFor();
    });

    it('counts five alerts, and the distinct users and hosts behind them, in the summary', async () => {
      // Expected values from the alert documents themselves.
      const alerts: AlertSummary[] = await caseAlertsThroughApi(server, caseId);
      expect(sorted(alerts.map((alert) => alert.id))).toEqual(sorted([...firstThree, ...nextTwo]));
      const users = distinctCount(alerts, 'user.name');
      const hosts = distinctCount(alerts, 'host.id');
      expect(users).toBeGreaterThan(0);
      expect(hosts).toBeGreaterThan(0);

      await openCase('alerts');
      const panel = page.locator(testSubj('case-view-metrics-panel'));
      await panel.waitFor();
      const figure = (subj: string) => panel.locator(`${testSubj(subj)} .euiStat__title`);
      await figure('case-metrics-totals-alerts.count').filter({ hasText: /^5$/ }).waitFor();
      await figure('case-metrics-totals-alerts.users').filter({ hasText: new RegExp(`^${users}$`) }).waitFor();
      await figure('case-metrics-totals-alerts.hosts').filter({ hasText: new RegExp(`^${hosts}$`) }).waitFor();
      await caseAlertRows(5);
      // The users tile opens the names behind the number: each user of the five alerts.
      await panel.locator(testSubj('case-metrics-alerts-users-button')).click();
      const names = new Set(alerts.map((alert) => alert.fields['user.name']).filter((name): name is string => typeof name === 'string'));
      const listed = await page.locator(testSubj('case-metrics-alerts-users-value')).allInnerTexts();
      expect(listed.map((row) => row.split(/\s/)[0]).sort()).toEqual([...names].sort());
      await page.keyboard.press('Escape');
    });
  });

  describe('the flow, sync off', () => {
    const browser = browserForSuite({ viewport: { width: 1600, height: 1000 } });
    let page: Page;

    beforeAll(() => {
      page = browser.page;
    });

    it('leaves the alerts of a case with sync turned off alone when it is closed', async () => {
      // Two open alerts no case holds yet, attached as a Kibana script would.
      const found = await findAlertsThroughApi(server, { status: ['open'], perPage: 100 });
      const free = found.alerts.filter((alert) => alert.fields['kibana.alert.case_ids'] === undefined).slice(0, 2);
      expect(free.length).toBe(2);
      const theCase = await createCaseThroughApi(server, { title: 'Sync off: triage only', settings: { syncAlerts: true } } as Parameters<typeof createCaseThroughApi>[1]);
      for (const alert of free) await attachAlertThroughApi(server, theCase.id, alert);

      await login(page, server, `/app/cases/${encodeURIComponent(theCase.id)}`);
      await page.locator(testSubj('case-view-page')).waitFor();
      // The analyst turns sync off in the sidebar, then closes the case.
      const sync = page.locator(testSubj('sync-alerts-switch'));
      await expect(sync.getAttribute('aria-checked')).resolves.toBe('true');
      await sync.click();
      await page.locator(`${testSubj('sync-alerts-switch')}[aria-checked="false"]:not([disabled])`).waitFor();
      await eventually(
        () => api<{ settings: { syncAlerts: boolean } }>(server, 'GET', `/api/cases/${encodeURIComponent(theCase.id)}`),
        (c) => c.settings.syncAlerts === false,
        'sync to be saved as off',
      );
      const picker = page.locator(`${testSubj('case-view-header')} ${testSubj('case-status-picker')}`);
      await picker.click();
      await page.click(testSubj('case-status-option-closed'));
      await picker.filter({ hasText: 'Closed' }).waitFor();
      await page.locator(testSubj('case-status-picker-loading')).waitFor({ state: 'detached' });

      await page.click(testSubj('case-view-tab-title-attachments'));
      await page.click(testSubj('case-view-tab-title-alerts'));
      await page.locator(`${testSubj('case-alerts-table')}:not(.euiBasicTable-loading)`).waitFor();
      for (const alert of free) await page.locator(`${testSubj(`case-alerts-row-${alert.id}`)} ${testSubj('alert-status-open')}`).waitFor();
      const after = await caseAlertsThroughApi(server, theCase.id);
      expect(after.map((alert) => alert.fields['kibana.alert.workflow_status'])).toEqual(['open', 'open']);
    });
  });

  describe.each(['light', 'dark'] as const)('screenshots, %s mode', (mode) => {
    const browser = browserForSuite({ viewport: { width: 1600, height: 1000 }, colorScheme: mode });
    let page: Page;

    beforeAll(async () => {
      page = browser.page;
      await login(page, server, '/app/security/alerts');
    });

    for (const size of [{ width: 1600, height: 1000 }, { width: 1024, height: 768 }]) {
      const tag = `${size.width}_${mode}`;

      it(`the Alerts page, the details flyout and the case selector at ${size.width}`, async () => {
        expect(caseId).not.toBe('');
        await page.setViewportSize(size);
        await gotoAlertsPage(page, server);
        await waitForAlertRows(page);
        await screenshot(page, `alerts_page_${tag}`);
        await expectReadableTable(page, 'alerts-table', `Alerts page ${tag}`);

        const [first] = await shownAlertIds(page);
        await alertRow(page, first).locator(testSubj('expand-event')).click();
        const flyout = page.locator(testSubj('alert-details-flyout'));
        await flyout.locator(testSubj('alert-details-table')).waitFor();
        await flyout.locator(testSubj('alert-field-row-kibana.alert.uuid')).filter({ hasText: first }).waitFor();
        await screenshot(page, `alerts_flyout_${tag}`);
        await page.keyboard.press('Escape');
        await flyout.waitFor({ state: 'detached' });

        await selectAlerts(page, firstThree);
        await bulkAction(page, 'add-to-existing-case-action');
        await searchCaseInModal(page, CASE_TITLE);
        await eventually(
          () => page.locator(testSubj(`cases-table-row-select-${caseId}`)).isDisabled(),
          (disabled) => disabled,
          'the case to be marked',
        );
        await screenshot(page, `alerts_modal_${tag}`);
        await page.click(testSubj('all-cases-modal-cancel-button'));
      });

      it(`the case's Alerts tab and its summary at ${size.width}`, async () => {
        await page.setViewportSize(size);
        await page.goto(`${server.url}/app/cases/${encodeURIComponent(caseId)}?tabId=alerts`);
        await page.locator(`${testSubj('case-alerts-table')}:not(.euiBasicTable-loading)`).waitFor();
        await page.locator(`${testSubj('case-alerts-table')} [data-test-subj^="case-alerts-row-"]`).nth(4).waitFor();
        await page.locator(`${testSubj('case-metrics-totals-alerts.count')} .euiStat__title`).filter({ hasText: /^5$/ }).waitFor();
        await screenshot(page, `alerts_case_tab_${tag}`);
        await expectReadableTable(page, 'case-alerts-table', `case Alerts tab ${tag}`);

        await page.click(testSubj('case-metrics-alerts-hosts-button'));
        await page.locator(testSubj('case-metrics-alerts-hosts-value')).first().waitFor();
        await page.locator(testSubj('case-view-metrics-panel')).scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${__dirname}/screenshots/alerts_summary_${tag}.png`, animations: 'disabled' });
        await page.keyboard.press('Escape');
      });
    }
  });
});

/** No sideways scrolling, and no column squeezed below what a short value needs. */
async function expectReadableTable(page: Page, tableSubj: string, label: string): Promise<void> {
  const overflow = await pageOverflow(page);
  expectLayout(overflow.scrollWidth <= overflow.clientWidth + 1, `${label} scrolls sideways`, overflow);
  const narrowest = await narrowestColumn(page, tableSubj);
  expectLayout(narrowest.width >= 64, `${label}: a column is squeezed`, narrowest);
}

/** Types the case's title into the selector's search and waits for the matching row. */
async function searchCaseInModal(page: Page, title: string): Promise<void> {
  const modal = page.locator(testSubj('all-cases-modal'));
  await modal.waitFor();
  const box = modal.locator(testSubj('cases-search')).locator('xpath=self::input | .//input').first();
  await box.fill(title);
  await box.press('Enter');
  await modal.locator(`${testSubj('all-cases-modal-table')}:not(.euiBasicTable-loading)`).waitFor();
  await modal.locator(testSubj('cases-table-row-title')).filter({ hasText: title }).waitFor();
}

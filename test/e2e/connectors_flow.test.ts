/**
 * Connectors and push in a real browser (issue 17), against the Jira simulator running in the
 * test process: an admin creates a Jira connector from the Connectors page's flyout; an analyst
 * sets it on a case with an issue type and a priority the live lookups offer, pushes, comments,
 * meets the "needs update" callout and pushes again (the same issue is updated, never a second
 * one); with close-by-pushing chosen on the Settings page the next push closes the case; and a
 * Jira refusal shows Jira's message and leaves the case as it was. Then the Connectors page, the
 * create flyout, the case view's connector panel and the Settings page's connector section are
 * photographed at two widths in both colour modes. No console or page error may happen, except
 * the one refused push the failure test expects.
 */
import type { Page } from 'playwright-core';
import type { ServerProcess } from '../helpers/server_process';
import { jiraConnectorFixture, startJiraSimulator, type JiraSimulator } from '../simulators/jira';
import { browserForSuite, testSubj } from './helpers/browser';
import { api, createCaseThroughApi, eventually, login, screenshot } from './helpers/cases_app';
import {
  addCommentInCaseView,
  chooseJiraConnector,
  connectorByName,
  connectorPanel,
  elementScreenshot,
  fillJiraForm,
  jiraComments,
  jiraEdits,
  jiraIssues,
  needsUpdateCallout,
  openJiraCreateForm,
  pushButton,
  pushFromCaseView,
  pushThroughApi,
  setJiraConnectorThroughApi,
  settledIconProblems,
  startConnectorsServer,
  takeExpectedErrors,
  type ActionConnectorSummary,
} from './helpers/connectors_app';
import { expectLayout, pageOverflow } from './helpers/layout_probes';
import { dismissToasts } from './helpers/roles_app';
import { configurationThroughApi, gotoSettings, patchConfigurationThroughApi, viewportScreenshot } from './helpers/settings_app';

jest.setTimeout(300_000);

const CONNECTOR_NAME = 'SOC Jira';
const CONNECTORS_PATH = '/app/management/insightsAndAlerting/triggersActionsConnectors/connectors';
const TITLE = 'Credential phishing: finance mailbox forwarding rule';
const DESCRIPTION = 'A forwarding rule to an external address was added to the finance shared mailbox after a phishing click.';
const FIRST_COMMENT = 'The forwarding rule was removed; the mailbox password was reset.';
const SECOND_COMMENT = 'No further sign-ins from the attacker address in the last 24 hours.';
const THIRD_COMMENT = 'Reopened: the user reported a second lure from the same sender.';

interface CaseSummary {
  id: string;
  version: string;
  status: string;
  external_service: { external_id: string; pushed_at: string } | null;
  comments?: unknown[];
}

describe('connectors and push in Chromium', () => {
  let server: ServerProcess;
  let publicBaseUrl = '';
  let sim: JiraSimulator;

  beforeAll(async () => {
    sim = await startJiraSimulator();
    ({ server, publicBaseUrl } = await startConnectorsServer());
  });

  afterAll(async () => {
    await server?.stop();
    await sim?.close();
  });

  /** Shared by the flow and the screenshots. */
  let connector: ActionConnectorSummary | undefined;
  const caseThroughApi = (id: string) => api<CaseSummary>(server, 'GET', `/api/cases/${encodeURIComponent(id)}`);

  describe('the flow', () => {
    const browser = browserForSuite({ viewport: { width: 1600, height: 1000 } });
    let page: Page;
    let caseId = '';
    let issueId = '';
    let issueKey = '';

    beforeAll(() => {
      page = browser.page;
    });

    const openCase = async () => {
      await page.goto(`${server.url}/app/cases/${encodeURIComponent(caseId)}`);
      await connectorPanel(page).waitFor();
    };

    it('creates a Jira connector from the Connectors page, reached through the header link', async () => {
      await login(page, server);
      await page.click(testSubj('appLink-connectors'));
      await page.waitForURL((url) => url.pathname === CONNECTORS_PATH);
      await page.locator(testSubj('connectors-table')).waitFor();

      const flyout = await openJiraCreateForm(page);
      await fillJiraForm(page, sim, CONNECTOR_NAME);
      await flyout.locator(testSubj('connector-save-button')).click();
      await flyout.waitFor({ state: 'detached' });
      await page.locator(testSubj('connector-created-toast')).waitFor();

      connector = await connectorByName(server, CONNECTOR_NAME);
      expect(connector.connector_type_id).toBe('.jira');
      await page.locator(`${testSubj('connectors-table')} ${testSubj(`connector-name-${connector.id}`)}`).filter({ hasText: CONNECTOR_NAME }).waitFor();
      // The token went to the server once and never comes back to the page.
      expect(await page.content()).not.toContain(sim.options.apiToken);
    });

    it('sets the connector on a case with fields from the live lookups and pushes it as a new Jira issue', async () => {
      expect(connector).toBeDefined();
      caseId = (await createCaseThroughApi(server, { title: TITLE, description: DESCRIPTION, tags: ['phishing', 'initial access'], severity: 'high' })).id;
      await openCase();
      await connectorPanel(page).locator(testSubj('connector-none')).waitFor();

      await chooseJiraConnector(page, connector!.id, { issueType: 'Bug', priority: 'High' });
      const saved = await caseThroughApi(caseId);
      expect((saved as unknown as { connector: unknown }).connector).toEqual({ id: connector!.id, name: CONNECTOR_NAME, type: '.jira', fields: { issueType: '10002', priority: 'High', parent: null } });
      // The issue type is an id; the panel shows its name, read from Jira.
      await connectorPanel(page).locator(testSubj('connector-fields-view-.jira')).filter({ hasText: 'Bug' }).filter({ hasText: 'High' }).waitFor();
      expect(jiraIssues(sim)).toHaveLength(0);

      await pushFromCaseView(page, `Push as ${CONNECTOR_NAME} incident`, 'success');
      const issues = jiraIssues(sim);
      expect(issues).toHaveLength(1);
      const [issue] = issues;
      ({ id: issueId, key: issueKey } = issue);
      expect(issue.fields.summary).toBe(TITLE);
      expect(issue.fields.description?.startsWith(DESCRIPTION)).toBe(true);
      // server.publicBaseUrl is set: the description links back to this very case.
      const caseUrl = `${publicBaseUrl}/app/cases/${encodeURIComponent(caseId)}`;
      expect(issue.fields.description).toContain(`Case URL: ${caseUrl}`);
      expect(issue.fields).toMatchObject({ labels: ['phishing', 'initial-access'], issuetype: { name: 'Bug' }, priority: { name: 'High' } });

      const link = connectorPanel(page).locator(testSubj('external-incident-link'));
      await link.filter({ hasText: issueKey }).waitFor();
      await expect(link.getAttribute('href')).resolves.toBe(`${sim.url}/browse/${issueKey}`);
      await page.locator(testSubj('user-action-pushed-push_to_service')).filter({ hasText: `pushed as new incident ${issueKey}` }).waitFor();
      // Up to date: the button now updates, and there is nothing to update yet.
      await pushButton(page).filter({ hasText: `Update ${CONNECTOR_NAME} incident` }).waitFor();
      await expect(pushButton(page).isDisabled()).resolves.toBe(true);
      await expect(needsUpdateCallout(page).count()).resolves.toBe(0);
      const pushed = await caseThroughApi(caseId);
      expect(pushed.external_service?.external_id).toBe(issueId);

      // The link in the issue opens the case.
      await dismissToasts(page);
      await page.goto(caseUrl);
      await page.locator(testSubj('case-view-page')).waitFor();
      await pushButton(page).filter({ hasText: `Update ${CONNECTOR_NAME} incident` }).waitFor();
    });

    it('shows "needs update" after a comment, and the next push updates the same issue with the comment', async () => {
      await addCommentInCaseView(page, FIRST_COMMENT);
      await needsUpdateCallout(page).waitFor();
      await pushButton(page).filter({ hasText: `Update ${CONNECTOR_NAME} incident` }).waitFor();
      const editsBefore = jiraEdits(sim).length;
      const updatedBefore = jiraIssues(sim)[0].fields.updated;

      await pushFromCaseView(page, `Update ${CONNECTOR_NAME} incident`, 'success');
      expect(jiraIssues(sim).map((issue) => issue.key)).toEqual([issueKey]);
      expect(jiraEdits(sim)).toHaveLength(editsBefore + 1);
      expect(jiraEdits(sim).at(-1)?.url).toBe(`/rest/api/2/issue/${issueId}`);
      expect(jiraIssues(sim)[0].fields.updated).not.toBe(updatedBefore);
      const comments = jiraComments(sim, issueId);
      expect(comments).toHaveLength(1);
      expect(comments[0].startsWith(`${FIRST_COMMENT}\n\nAdded by `)).toBe(true);

      await needsUpdateCallout(page).waitFor({ state: 'detached' });
      await page.locator(testSubj('user-action-pushed-push_to_service')).filter({ hasText: `updated incident ${issueKey}` }).waitFor();
      await expect(pushButton(page).isDisabled()).resolves.toBe(true);
    });

    it('closes the case on the next push once the Settings page says close-by-pushing', async () => {
      await dismissToasts(page);
      await gotoSettings(page, server);
      await page.locator(`${testSubj('closure-options-radio-group')} input#close-by-pushing`).check();
      await eventually(() => configurationThroughApi(server), (configuration) => configuration?.closure_type === 'close-by-pushing', 'close-by-pushing to be saved');

      await openCase();
      await addCommentInCaseView(page, SECOND_COMMENT);
      await needsUpdateCallout(page).waitFor();
      const editsBefore = jiraEdits(sim).length;
      await pushFromCaseView(page, `Update ${CONNECTOR_NAME} incident`, 'success');
      await page.locator(`${testSubj('case-view-status')} ${testSubj('case-status-badge-closed')}`).waitFor();
      await expect(caseThroughApi(caseId)).resolves.toMatchObject({ status: 'closed' });
      expect(jiraIssues(sim)).toHaveLength(1);
      expect(jiraEdits(sim)).toHaveLength(editsBefore + 1);
      expect(jiraComments(sim, issueId).at(-1)?.startsWith(SECOND_COMMENT)).toBe(true);
      // A closed case is not pushed: the button says why rather than failing on click.
      await expect(pushButton(page).isDisabled()).resolves.toBe(true);
    });

    it("shows Jira's message when Jira refuses the update, and leaves the case as it was", async () => {
      await dismissToasts(page);
      await page.locator(testSubj('case-view-status-action-button')).filter({ hasText: 'Reopen case' }).click();
      await page.locator(`${testSubj('case-view-status')} ${testSubj('case-status-badge-open')}`).waitFor();
      await addCommentInCaseView(page, THIRD_COMMENT);
      await needsUpdateCallout(page).waitFor();
      const before = await caseThroughApi(caseId);
      const issueBefore = JSON.stringify(jiraIssues(sim));
      const commentsBefore = jiraComments(sim, issueId).length;

      sim.failNext({ method: 'PUT' }, { kind: 'error', status: 400, body: { errorMessages: ['Field priority is invalid'], errors: {} } });
      const toast = await pushFromCaseView(page, `Update ${CONNECTOR_NAME} incident`, 'error');
      await toast.filter({ hasText: 'Field priority is invalid' }).waitFor();
      // The toast's icon loads lazily: photographed once it is drawn.
      await toast.locator('svg.euiIcon:not([data-is-loading="true"])').first().waitFor();
      await viewportScreenshot(page, 'connectors_push_error_1600_light');
      // Chromium logs the refused request (424): that one is expected, nothing else is.
      takeExpectedErrors(browser.errors, 424, 1);

      const after = await caseThroughApi(caseId);
      expect(after).toMatchObject({ version: before.version, status: 'open', external_service: before.external_service });
      expect(JSON.stringify(jiraIssues(sim))).toBe(issueBefore);
      expect(jiraComments(sim, issueId)).toHaveLength(commentsBefore);
      await expect(needsUpdateCallout(page).isVisible()).resolves.toBe(true);
      await expect(pushButton(page).isEnabled()).resolves.toBe(true);
      await page.locator(`${testSubj('case-view-status')} ${testSubj('case-status-badge-open')}`).waitFor();
    });

    // Last in the flow: the Settings page's own choice, which nothing above depends on.
    it('chooses the Jira connector as the default connector on the Settings page, and it stays chosen', async () => {
      await dismissToasts(page);
      await gotoSettings(page, server);
      const dropdown = page.locator(`${testSubj('connectors-section')} ${testSubj('dropdown-connectors')}`);
      await dropdown.filter({ hasText: 'No connector' }).waitFor();
      await dropdown.click();
      await page.click(testSubj(`dropdown-connector-${connector!.id}`));
      const configuration = await eventually(
        () => configurationThroughApi(server),
        (found) => (found as unknown as { connector?: { id: string } })?.connector?.id === connector!.id,
        'the default connector to be saved',
      );
      expect((configuration as unknown as { connector: unknown }).connector).toEqual({ id: connector!.id, name: CONNECTOR_NAME, type: '.jira', fields: null });
      expect(configuration?.closure_type).toBe('close-by-pushing');
      await page.reload();
      await dropdown.filter({ hasText: CONNECTOR_NAME }).waitFor();
    });
  });

  /** Two cases set up as a script would: one just pushed, one changed since its push. */
  let prepared: Promise<{ pushedId: string; staleId: string }> | undefined;
  const prepare = async () => {
    // The flow left close-by-pushing on: these pushes must leave their cases open.
    const configuration = await configurationThroughApi(server);
    if (configuration?.closure_type !== 'close-by-user') await patchConfigurationThroughApi(server, configuration!, { closure_type: 'close-by-user' });
    const fields = jiraConnectorFixture(sim).caseFields;
    const pushedCase = await createCaseThroughApi(server, { title: 'Malware beacon from a build server to a newly registered domain', tags: ['malware', 'c2'], severity: 'critical' });
    await setJiraConnectorThroughApi(server, pushedCase, connector!, fields);
    await pushThroughApi(server, pushedCase.id, connector!.id);
    const staleCase = await createCaseThroughApi(server, { title: 'Impossible travel sign-in for a help desk account', tags: ['identity'] });
    await setJiraConnectorThroughApi(server, staleCase, connector!, fields);
    await pushThroughApi(server, staleCase.id, connector!.id);
    await api(server, 'POST', `/api/cases/${encodeURIComponent(staleCase.id)}/comments`, { type: 'user', comment: 'The account owner confirmed the travel was not theirs.', owner: 'securitySolution' });
    return { pushedId: pushedCase.id, staleId: staleCase.id };
  };

  describe.each(['light', 'dark'] as const)('screenshots, %s mode', (mode) => {
    const browser = browserForSuite({ viewport: { width: 1600, height: 1000 }, colorScheme: mode });
    let page: Page;
    let cases: { pushedId: string; staleId: string };
    /** Each icon fault seen, with the first place it was seen. */
    const iconFaults = new Map<string, string>();
    const iconsSettled = async (what: string) => {
      for (const problem of await settledIconProblems(page, what)) if (!iconFaults.has(problem)) iconFaults.set(problem, what);
    };

    beforeAll(async () => {
      expect(connector).toBeDefined();
      page = browser.page;
      cases = await (prepared ??= prepare());
      await login(page, server);
    });

    async function expectNoSidewaysScroll(label: string) {
      const overflow = await pageOverflow(page);
      expectLayout(overflow.scrollWidth <= overflow.clientWidth + 1, `${label} scrolls sideways`, overflow);
    }

    for (const size of [{ width: 1600, height: 1000 }, { width: 1024, height: 768 }]) {
      const tag = `${size.width}_${mode}`;

      it(`the Connectors page and the Jira create flyout at ${size.width}`, async () => {
        await page.setViewportSize(size);
        await page.goto(`${server.url}${CONNECTORS_PATH}`);
        await page.locator(testSubj(`connector-name-${connector!.id}`)).waitFor();
        await iconsSettled(`the Connectors page ${tag}`);
        await screenshot(page, `connectors_list_${tag}`);
        await expectNoSidewaysScroll(`Connectors page ${tag}`);

        const flyout = await openJiraCreateForm(page);
        await fillJiraForm(page, sim, 'Jira for the photo');
        await iconsSettled(`the Jira create flyout ${tag}`);
        await viewportScreenshot(page, `connectors_create_jira_${tag}`);
        await expectNoSidewaysScroll(`Jira create flyout ${tag}`);
        await flyout.locator(testSubj('connector-back-button')).click();
        await flyout.locator(testSubj('connector-type-cards')).waitFor();
        await iconsSettled(`the connector type cards ${tag}`);
        await viewportScreenshot(page, `connectors_create_types_${tag}`);
        await flyout.locator(testSubj('connector-cancel-button')).click();
        await flyout.waitFor({ state: 'detached' });
      });

      it(`the case view's connector panel after a push at ${size.width}`, async () => {
        await page.setViewportSize(size);
        await page.goto(`${server.url}/app/cases/${encodeURIComponent(cases.pushedId)}`);
        const panel = connectorPanel(page);
        await panel.locator(testSubj('external-incident-link')).waitFor();
        await panel.locator(testSubj('connector-fields-view-.jira')).filter({ hasText: 'Bug' }).waitFor();
        await iconsSettled(`the pushed case ${tag}`);
        await screenshot(page, `connectors_case_pushed_${tag}`);
        await elementScreenshot(panel, `connectors_case_panel_${tag}`);
        await expectNoSidewaysScroll(`pushed case ${tag}`);
      });

      it(`the "needs update" callout at ${size.width}`, async () => {
        await page.setViewportSize(size);
        await page.goto(`${server.url}/app/cases/${encodeURIComponent(cases.staleId)}`);
        await needsUpdateCallout(page).waitFor();
        await pushButton(page).filter({ hasText: `Update ${CONNECTOR_NAME} incident` }).waitFor();
        await iconsSettled(`the stale case ${tag}`);
        await screenshot(page, `connectors_case_needs_update_${tag}`);
        await elementScreenshot(connectorPanel(page), `connectors_case_needs_update_panel_${tag}`);
        await expectNoSidewaysScroll(`stale case ${tag}`);
      });

      it(`the Settings page's connector section at ${size.width}`, async () => {
        await page.setViewportSize(size);
        await gotoSettings(page, server);
        const section = page.locator(testSubj('connectors-section'));
        const dropdown = section.locator(`${testSubj('dropdown-connectors')}:not([disabled])`);
        await dropdown.waitFor();
        await iconsSettled(`the Settings page ${tag}`);
        await screenshot(page, `connectors_settings_${tag}`);
        await elementScreenshot(section, `connectors_settings_section_${tag}`);
        await expectNoSidewaysScroll(`Settings page ${tag}`);
        // The choice offered: the Jira connector, and no connector.
        await dropdown.click();
        await page.locator(testSubj(`dropdown-connector-${connector!.id}`)).filter({ hasText: CONNECTOR_NAME }).waitFor();
        // No icon check here: EUI keeps an empty svg as the tick's place in every unselected option.
        await viewportScreenshot(page, `connectors_settings_choice_${tag}`);
        await page.keyboard.press('Escape');
        await page.locator(testSubj(`dropdown-connector-${connector!.id}`)).waitFor({ state: 'detached' });
      });
    }

    it('drew every icon it showed', () => {
      expect([...iconFaults].map(([problem, where]) => `${problem} (first seen on ${where})`)).toEqual([]);
    });
  });
});

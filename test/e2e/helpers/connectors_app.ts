/**
 * What the connectors browser flow shares: a server that knows its own public address (so pushed
 * incidents carry the case link) and can encrypt connector secrets, the Connectors page's create
 * flyout as an admin fills it for Jira, the case view's connector panel and push button, and the
 * API calls that prepare cases for the screenshots. The Jira simulator runs in the test process;
 * tests read the issues and comments it received.
 */
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../../helpers/server_process';
import type { JiraSimulator } from '../../simulators/jira';
import { testSubj } from './browser';
import { api, eventually, SCREENSHOTS, textBox } from './cases_app';
import { iconProblems } from './layout_probes';
import { dismissToasts } from './roles_app';

/** 32 characters or more, as `xpack.encryptedSavedObjects.encryptionKey` requires. */
const ENCRYPTION_KEY = 'connectors-e2e-encryption-key-0123456789';

export interface ConnectorsServer {
  server: ServerProcess;
  /** `server.publicBaseUrl`: the server's own address, so the case link in an incident opens. */
  publicBaseUrl: string;
}

/** A port free right now; the server binds it a moment later (the kernel rarely hands it out again that fast). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The server with an encryption key (connectors with secrets need one) and its public address
 * set to where it listens: the public address must be known before it starts, hence a port
 * chosen here rather than the usual port 0.
 */
export async function startConnectorsServer(): Promise<ConnectorsServer> {
  const port = await freePort();
  const publicBaseUrl = `http://127.0.0.1:${port}`;
  const server = await startServerProcess({
    args: ['--port', String(port), `--server.publicBaseUrl=${publicBaseUrl}`, '--xpack.encryptedSavedObjects.encryptionKey', ENCRYPTION_KEY],
  });
  if (server.port !== port) throw new Error(`the server listens on ${server.port}, not on the port its public address names (${port})`);
  return { server, publicBaseUrl };
}

// ---------------------------------------------------------------------------------------------
// What the Jira simulator received
// ---------------------------------------------------------------------------------------------

export interface JiraIssue {
  id: string;
  key: string;
  fields: { summary?: string; description?: string | null; labels?: string[]; priority?: { name: string }; issuetype?: { name: string }; updated?: string };
}

export const jiraIssues = (sim: JiraSimulator): JiraIssue[] => [...sim.records.values()] as unknown as JiraIssue[];

export const jiraComments = (sim: JiraSimulator, issueId: string): string[] => sim.comments.get(issueId) ?? [];

/** The issue edits (PUT) the simulator received, refused ones included. */
export const jiraEdits = (sim: JiraSimulator) => sim.requests.filter((request) => request.method === 'PUT' && /^\/rest\/api\/2\/issue\/[^/]+$/.test(request.url));

// ---------------------------------------------------------------------------------------------
// The Connectors page
// ---------------------------------------------------------------------------------------------

export interface ActionConnectorSummary {
  id: string;
  name: string;
  connector_type_id: string;
}

export async function connectorByName(server: ServerProcess, name: string): Promise<ActionConnectorSummary> {
  const connectors = await api<ActionConnectorSummary[]>(server, 'GET', '/api/actions/connectors');
  const found = connectors.find((connector) => connector.name === name);
  if (!found) throw new Error(`no connector named "${name}" among ${JSON.stringify(connectors.map((c) => c.name))}`);
  return found;
}

/** Opens the create flyout on the Connectors page and picks the Jira card: the Jira form shows. */
export async function openJiraCreateForm(page: Page): Promise<Locator> {
  await page.click(testSubj('connectors-create-button'));
  const flyout = page.locator(testSubj('create-connector-flyout'));
  await flyout.locator(testSubj('connector-type-cards')).waitFor();
  await flyout.locator(testSubj('connector-type-card-.jira')).click();
  await flyout.locator(testSubj('connector-form')).waitFor();
  return flyout;
}

/** Fills the Jira form (already open) for the simulator, as an admin types it. */
export async function fillJiraForm(page: Page, sim: JiraSimulator, name: string): Promise<void> {
  await textBox(page, 'connector-name-input').fill(name);
  await textBox(page, 'connector-config-apiUrl').fill(sim.url);
  await textBox(page, 'connector-config-projectKey').fill(sim.options.projectKey);
  await textBox(page, 'connector-secrets-email').fill(sim.options.email);
  await textBox(page, 'connector-secrets-apiToken').fill(sim.options.apiToken);
}

// ---------------------------------------------------------------------------------------------
// The case view's connector panel
// ---------------------------------------------------------------------------------------------

export const connectorPanel = (page: Page): Locator => page.locator(testSubj('case-view-connector-panel'));
export const pushButton = (page: Page): Locator => page.locator(testSubj('push-to-external-service'));
export const needsUpdateCallout = (page: Page): Locator => page.locator(testSubj('push-callout-needs-update'));

/**
 * Sets the case's connector in the sidebar: the connector, then the issue type and the priority
 * as the live lookups offer them (the priority list appears once the issue type's fields came).
 */
export async function chooseJiraConnector(page: Page, connectorId: string, fields: { issueType: string; priority: string }): Promise<void> {
  const panel = connectorPanel(page);
  await panel.locator(testSubj('connector-edit-button')).click();
  await panel.locator(testSubj('connectors-dropdown')).click();
  await page.click(testSubj(`dropdown-connector-${connectorId}`));
  const issueType = panel.locator(`select${testSubj('jira-issue-type-select')}:not([disabled])`);
  await issueType.selectOption({ label: fields.issueType });
  const priority = panel.locator(`select${testSubj('jira-priority-select')}:not([disabled])`);
  await priority.selectOption({ label: fields.priority });
  await panel.locator(testSubj('edit-connector-submit')).click();
  await panel.locator(testSubj('case-view-connector-editor')).waitFor({ state: 'detached' });
}

/**
 * Clicks the push button once it reads `label` and returns the toast that says how it went.
 * Earlier toasts go first, so the one returned is this push's.
 */
export async function pushFromCaseView(page: Page, label: string, outcome: 'success' | 'error'): Promise<Locator> {
  await dismissToasts(page);
  const button = pushButton(page);
  await button.filter({ hasText: label }).waitFor();
  await eventually(() => button.isEnabled(), (enabled) => enabled, `"${label}" to be enabled`);
  await button.click();
  const toast = page.locator(testSubj(outcome === 'success' ? 'push-success-toast' : 'push-error-toast'));
  await toast.waitFor();
  return toast;
}

export async function addCommentInCaseView(page: Page, comment: string): Promise<void> {
  const editor = textBox(page, 'add-comment');
  await editor.fill(comment);
  await page.click(testSubj('submit-comment'));
  await page.locator(testSubj('user-action-markdown'), { hasText: comment }).first().waitFor();
  await eventually(() => editor.inputValue(), (value) => value === '', 'the comment box to clear');
}

// ---------------------------------------------------------------------------------------------
// Cases prepared through the API, for the screenshots
// ---------------------------------------------------------------------------------------------

interface CaseVersion {
  id: string;
  version: string;
}

/** Sets the case's Jira connector and fields through the API, as a script would. */
export async function setJiraConnectorThroughApi(server: ServerProcess, theCase: CaseVersion, connector: ActionConnectorSummary, fields: Record<string, unknown> | null): Promise<CaseVersion> {
  const [updated] = await api<CaseVersion[]>(server, 'PATCH', '/api/cases', {
    cases: [{ id: theCase.id, version: theCase.version, connector: { id: connector.id, name: connector.name, type: '.jira', fields } }],
  });
  return updated;
}

export function pushThroughApi(server: ServerProcess, caseId: string, connectorId: string): Promise<CaseVersion> {
  return api<CaseVersion>(server, 'POST', `/api/cases/${encodeURIComponent(caseId)}/connector/${encodeURIComponent(connectorId)}/_push`, {});
}

/**
 * Takes the errors Chromium logged for refused requests of one status (the push's 424, say)
 * out of the suite's error list, after checking there were exactly `count` of them: those are
 * expected, anything else still fails the test.
 */
export function takeExpectedErrors(errors: string[], status: number, count: number): void {
  const pattern = new RegExp(`status of ${status}\\b`);
  const expected = errors.filter((error) => pattern.test(error));
  if (expected.length !== count) throw new Error(`expected ${count} console error(s) for status ${status}, saw: ${JSON.stringify(errors)}`);
  errors.splice(0, errors.length, ...errors.filter((error) => !pattern.test(error)));
}

/** One part of the page, for a section a full-page photo shows too small to judge. */
export async function elementScreenshot(element: Locator, name: string): Promise<void> {
  await element.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
}

/**
 * The icon faults of the page once no icon is still loading: an icon name EUI does not know is
 * drawn as its <img> fallback for good, so waiting longer would not help. Returned rather than
 * thrown, so that the photos are still taken and one test lists every such icon.
 */
export async function settledIconProblems(page: Page, what: string): Promise<string[]> {
  const { problems } = await eventually(
    () => iconProblems(page),
    (found) => found.problems.every((problem) => /not an inline svg$/.test(problem)),
    `every icon of ${what} to be drawn or to have failed for good`,
  );
  return problems;
}

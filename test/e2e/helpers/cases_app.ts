/**
 * What the cases browser tests share: logging in, seeding through the API, finding the text
 * box inside an EUI form row, and an axe-core scan. Selectors are the data-test-subj contract
 * the pages were built to; where EUI decides the inner markup (combo boxes, markdown editors)
 * the helper reaches for the input inside the named element.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { authHeaders, type ServerProcess } from '../../helpers/server_process';
import { testSubj } from './browser';

export const SCREENSHOTS = join(__dirname, '..', 'screenshots');

/**
 * A photo of the page as it settles: transitions still running (a popover fading in) are played
 * to their end first, so the photo never shows a half-transparent panel over the page.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

export interface Credentials {
  username: string;
  password: string;
}

/** Logs in through the login form as `user`, landing on `path` (the list by default). */
export async function loginAs(page: Page, server: ServerProcess, user: Credentials, path = '/app/cases'): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page.waitForURL((url) => url.pathname === '/login');
  await page.fill(testSubj('loginUsername'), user.username);
  await page.fill(testSubj('loginPassword'), user.password);
  await page.click(testSubj('loginSubmit'));
  await page.waitForURL((url) => url.pathname === path);
}

/** Logs in as the server's superuser, landing on `path` (the list by default). */
export const login = (page: Page, server: ServerProcess, path = '/app/cases'): Promise<void> =>
  loginAs(page, server, { username: server.username, password: server.password }, path);

/** The text box a test subject names: the element itself, or the first input inside it. */
export function textBox(page: Page, subj: string): Locator {
  const el = page.locator(testSubj(subj)).first();
  return el.locator('xpath=self::input | self::textarea | .//input[not(@type="hidden")] | .//textarea').first();
}

/** Rows of the cases table, one per case, by the details link each row carries. */
export function caseLinks(page: Page): Locator {
  return page.locator(`${testSubj('cases-table')} ${testSubj('case-details-link')}`);
}

/** Polls `read` until `ok` holds (jest has no expect.poll); fails naming what it waited for. */
export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

export function caseIdFromUrl(page: Page): string {
  const match = /\/app\/cases\/([^/?#]+)$/.exec(new URL(page.url()).pathname);
  if (!match || match[1] === 'create') throw new Error(`not on a case page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

// ---------------------------------------------------------------------------------------------
// API seeding
// ---------------------------------------------------------------------------------------------

export interface SeededCase {
  id: string;
  version: string;
  title: string;
  incremental_id: number;
}

/** One call to the server's API as its superuser; a non-2xx answer throws with its body. */
export async function api<T>(server: ServerProcess, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}${path}`, { method, headers: authHeaders(server), body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export function createCaseThroughApi(
  server: ServerProcess,
  attributes: { title: string; description?: string; tags?: string[]; severity?: string; owner?: string; category?: string | null; assignees?: Array<{ uid: string }> },
): Promise<SeededCase> {
  return api<SeededCase>(server, 'POST', '/api/cases', {
    description: 'Created by the e2e suite.',
    tags: [],
    owner: 'securitySolution',
    connector: { id: 'none', name: 'none', type: '.none', fields: null },
    settings: { syncAlerts: false },
    ...attributes,
  });
}

export function addCommentThroughApi(server: ServerProcess, caseId: string, comment: string, owner = 'securitySolution') {
  return api<SeededCase>(server, 'POST', `/api/cases/${encodeURIComponent(caseId)}/comments`, { type: 'user', comment, owner });
}

// ---------------------------------------------------------------------------------------------
// Accessibility
// ---------------------------------------------------------------------------------------------

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Runs axe-core (WCAG 2.x A and AA rules plus best practices) on the page as it is now. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const axeSource: string = require('axe-core').source;
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // Not a <script> tag: the app's Content-Security-Policy (script-src 'self') refuses inline
  // scripts, as it should, and logs the refusal. DevTools-protocol evaluation is not subject to
  // it, and the page keeps its CSP.
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 300), failureSummary: n.failureSummary })),
    }));
  });
}

export function describeViolations(label: string, violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `[${label}] ${v.impact ?? 'unknown'} ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    ${JSON.stringify(n.target)}  ${n.html}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n'),
    )
    .join('\n');
}

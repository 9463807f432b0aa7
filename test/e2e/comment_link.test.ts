/**
 * Links to one comment, in a real browser: an analyst pastes `/app/cases/{caseId}/{commentId}`
 * into a handover note and whoever opens it lands on that comment, scrolled into view and
 * outlined, however long the discussion and whichever order they read activity in. "Copy link"
 * gives that address, in the right space; a link to a comment deleted since says so.
 */
import type { Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../helpers/server_process';
import { launchBrowser, testSubj, type BrowserSession } from './helpers/browser';
import { api, createCaseThroughApi, eventually, login, type SeededCase } from './helpers/cases_app';

jest.setTimeout(180_000);

// The feed pages the activity 100 entries at a time (MAX_USER_ACTIONS_PER_PAGE): past that, a
// link to the first comment, newest first, is only reachable by loading a further page.
const COMMENT_COUNT = 105;
const SPACE = 'soc-eu';

interface CaseWithComments extends SeededCase {
  comments: Array<{ id: string; comment?: string }>;
}

async function addComment(server: ServerProcess, caseId: string, text: string, space = ''): Promise<string> {
  const updated = await api<CaseWithComments>(server, 'POST', `${space}/api/cases/${encodeURIComponent(caseId)}/comments`, { type: 'user', comment: text, owner: 'securitySolution' });
  const added = updated.comments.find((comment) => comment.comment === text);
  if (!added) throw new Error(`the comment "${text}" is not in the case the API answered`);
  return added.id;
}

describe('cases: links to comments in Chromium', () => {
  let server: ServerProcess;
  let browser: BrowserSession;
  let page: Page;
  let longCase: SeededCase;
  const commentIds: string[] = [];
  let deletedId = '';
  let spaceCase: SeededCase;
  let spaceCommentId = '';

  beforeAll(async () => {
    server = await startServerProcess();
    longCase = await createCaseThroughApi(server, { title: 'Phishing wave against finance: a week of shift handovers', tags: ['phishing'], severity: 'high' });
    // One at a time, so the comments' order is the order they were written in.
    for (let n = 1; n <= COMMENT_COUNT; n++) {
      commentIds.push(await addComment(server, longCase.id, `Shift note ${n}: mailbox sweep for the lure subject, ${n * 3} messages pulled.`));
    }
    deletedId = await addComment(server, longCase.id, 'Wrong case: this note was about the VPN brute force.');
    await api(server, 'DELETE', `/api/cases/${longCase.id}/comments/${deletedId}`);

    await api(server, 'POST', '/api/spaces/space', { id: SPACE, name: 'SOC EU', disabledFeatures: [] });
    // createCaseThroughApi writes to the default space; this case goes through the space's base path.
    spaceCase = await api<SeededCase>(server, 'POST', `/s/${SPACE}/api/cases`, {
      title: 'Impossible travel for an EU contractor account',
      description: 'Raised from the EU tenant.',
      tags: [],
      owner: 'securitySolution',
      connector: { id: 'none', name: 'none', type: '.none', fields: null },
      settings: { syncAlerts: false },
    });
    await addComment(server, spaceCase.id, 'Contractor confirmed the trip to Lisbon.', `/s/${SPACE}`);
    spaceCommentId = await addComment(server, spaceCase.id, 'Singapore sign-in came from a proxy: session revoked.', `/s/${SPACE}`);

    browser = await launchBrowser();
    page = browser.page;
    page.setDefaultTimeout(20_000);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await login(page, server);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(browser.errors).toEqual([]);
  });

  const comment = (id: string) => page.locator(testSubj(`comment-${id}`));
  const linkPath = (caseId: string, commentId: string, space = '') => `${space}/app/cases/${caseId}/${commentId}`;

  async function openLink(path: string) {
    await page.goto(`${server.url}${path}`);
    await page.locator(testSubj('case-view-page')).waitFor();
  }

  /** The linked comment is outlined (aria-current) and, once the smooth scroll ends, fully in view. */
  async function expectShownAndHighlighted(id: string) {
    await page.locator(`${testSubj(`comment-${id}`)}[aria-current="location"]`).waitFor();
    await eventually(
      () => comment(id).evaluate((el) => ({ top: el.getBoundingClientRect().top, bottom: el.getBoundingClientRect().bottom, viewport: window.innerHeight })),
      (box) => box.top >= 0 && box.bottom <= box.viewport,
      `comment ${id} scrolled into the viewport`,
    );
  }

  async function setSortOrder(order: 'asc' | 'desc') {
    await page.selectOption(testSubj('user-actions-sort-select'), order);
  }

  async function copyLinkOf(id: string): Promise<string> {
    await comment(id).locator(testSubj('property-actions-user-action-ellipses')).click();
    await page.click(testSubj('property-actions-user-action-link'));
    await page.locator(testSubj('comment-link-copied-toast')).first().waitFor();
    return page.evaluate(() => navigator.clipboard.readText());
  }

  it('opens a link to the latest comment of a long discussion, oldest first', async () => {
    const latest = commentIds[COMMENT_COUNT - 1];
    await openLink(linkPath(longCase.id, latest));
    await expectShownAndHighlighted(latest);
    // Nothing is wrong with the link: no warning.
    await expect(page.locator(testSubj('user-actions-link-missing')).count()).resolves.toBe(0);
  });

  it('opens a link to the first comment newest first, loading the older page it is on', async () => {
    await setSortOrder('desc');
    const first = commentIds[0];
    await openLink(linkPath(longCase.id, first));
    await expect(page.inputValue(testSubj('user-actions-sort-select'))).resolves.toBe('desc');
    await expectShownAndHighlighted(first);
    // The newest 100 entries did not hold it: the feed loaded the older page, and has no more.
    await expect(page.locator(testSubj('user-actions-load-more')).count()).resolves.toBe(0);
    await expect(comment(commentIds[COMMENT_COUNT - 1]).count()).resolves.toBe(1);
    await setSortOrder('asc');
  });

  it('copies the absolute address of a comment, and that address opens it', async () => {
    const middle = commentIds[49];
    await openLink(linkPath(longCase.id, middle));
    await expectShownAndHighlighted(middle);
    const copied = await copyLinkOf(middle);
    expect(copied).toBe(`${server.url}${linkPath(longCase.id, middle)}`);

    await page.goto(copied);
    await expectShownAndHighlighted(middle);
  });

  it('keeps the space in links to a comment of a case in another space', async () => {
    await openLink(linkPath(spaceCase.id, spaceCommentId, `/s/${SPACE}`));
    await expectShownAndHighlighted(spaceCommentId);
    const copied = await copyLinkOf(spaceCommentId);
    expect(copied).toBe(`${server.url}${linkPath(spaceCase.id, spaceCommentId, `/s/${SPACE}`)}`);
  });

  it('says so when the linked comment has been deleted, and still shows the discussion', async () => {
    await openLink(linkPath(longCase.id, deletedId));
    await page.locator(testSubj('user-actions-link-missing')).waitFor();
    await comment(commentIds[0]).waitFor();
    await expect(page.locator('[aria-current="location"]').count()).resolves.toBe(0);
  });
});

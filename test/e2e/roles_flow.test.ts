/**
 * Roles in a real browser (issue 15): the superuser creates users and a role through the
 * management pages; a viewer sees cases but no control that would change them; an L1 analyst
 * comments but deletes nothing and reopens nothing; a user whose only role grants one space is
 * offered only that space. Every "absent for this user" is checked against the same page as the
 * superuser sees it, where the control must be present: a renamed control fails the test instead
 * of passing it silently. No console error and no page error may happen along the way.
 */
import type { Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../helpers/server_process';
import { browserForSuite, launchBrowser, testSubj, type BrowserSession } from './helpers/browser';
import { addCommentThroughApi, api, createCaseThroughApi, eventually, login, loginAs, screenshot, textBox } from './helpers/cases_app';
import { backgroundLuminance, expectLayout, iconProblems, pageOverflow } from './helpers/layout_probes';
import {
  closeCaseThroughApi,
  closeSwitcher,
  commentIdByText,
  countControls,
  countMenuItems,
  createSpaceThroughPage,
  createUserThroughApi,
  createUserThroughPage,
  dismissToasts,
  fillRoleForm,
  switcherSpaceIds,
} from './helpers/roles_app';
import { iconsDrawn, viewportScreenshot } from './helpers/settings_app';

jest.setTimeout(240_000);

const ANA = { username: 'ana', password: 'ana-l1-password', roles: ['soc_l1'] };
const VICTOR = { username: 'victor', password: 'victor-viewer-password', roles: ['viewer'] };
const ELENA = { username: 'elena', password: 'elena-eu-password', roles: ['eu_analyst'] };
const SOC_EU = { id: 'soc-eu', name: 'SOC EU' };
const FEATURE = 'securitySolutionCasesV3';

const OPEN_TITLE = 'Credential phishing against the finance mailbox';
const CLOSED_TITLE = 'Port scan from a lab host';
const ADMIN_COMMENT = 'Mail headers attached to the ticket.';
const ANA_COMMENT = 'L1 triage: two more users reported the same sender.';

/** Controls of the all-cases page that change cases. */
const LIST_CONTROLS = ['createNewCaseBtn', 'configure-case-button', 'case-table-bulk-actions-link-icon'] as const;
/** Items of a row's action menu that change the case (copying its id needs nothing). */
const ROW_MENU_CONTROLS = ['case-action-delete', 'case-action-status', 'case-action-severity'] as const;
/** Editing controls of the case view. */
const CASE_VIEW_CONTROLS = [
  'editable-title-edit-icon',
  'description-edit-icon',
  'case-status-picker',
  'case-severity-picker',
  'case-view-tags-edit-button',
  'case-view-category-edit-button',
  'case-view-assignees-edit-button',
  'add-comment',
  'case-view-status-action-button',
] as const;
/** What a read-only case view shows instead. */
const READ_ONLY_MARKERS = ['case-view-read-only-callout', 'case-status-read-only', 'case-view-severity-badge'] as const;

/** Subjects the superuser's page lacks: each one names a control the test would otherwise pass over. */
const missing = (counts: Record<string, number>) => Object.keys(counts).filter((subject) => counts[subject] === 0);
/** Subjects a restricted user's page shows although it should not. */
const shown = (counts: Record<string, number>) => Object.keys(counts).filter((subject) => counts[subject] > 0);

describe('roles: what each user may see and do, in Chromium', () => {
  let server: ServerProcess;
  let admin: BrowserSession;
  let adminPage: Page;
  let openCaseId = '';
  let closedCaseId = '';
  let adminCommentId = '';

  beforeAll(async () => {
    server = await startServerProcess();
    const open = await createCaseThroughApi(server, { title: OPEN_TITLE, tags: ['phishing'], severity: 'high' });
    openCaseId = open.id;
    await addCommentThroughApi(server, openCaseId, ADMIN_COMMENT);
    adminCommentId = await commentIdByText(server, openCaseId, ADMIN_COMMENT);
    const closed = await createCaseThroughApi(server, { title: CLOSED_TITLE });
    closedCaseId = closed.id;
    await closeCaseThroughApi(server, closedCaseId, closed.version);

    // The superuser's browser stays open through the file: each restricted page is compared with it.
    admin = await launchBrowser({ viewport: { width: 1600, height: 1000 } });
    adminPage = admin.page;
    adminPage.setDefaultTimeout(20_000);
    await login(adminPage, server);
  });

  afterAll(async () => {
    await admin?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(admin.errors).toEqual([]);
  });

  /** Opens a case and waits until its activity is drawn, so what is absent is absent, not late. */
  async function openCase(page: Page, caseId: string, commentId?: string) {
    await page.goto(`${server.url}/app/cases/${encodeURIComponent(caseId)}`);
    await page.locator(testSubj('case-view-page')).waitFor();
    await page.locator(testSubj('case-view-status')).waitFor();
    if (commentId) await page.locator(testSubj(`comment-${commentId}`)).waitFor();
    else await page.locator(testSubj('user-actions-list')).waitFor();
  }

  async function caseMenu(page: Page) {
    return countMenuItems(page, page.locator(testSubj('property-actions-case-ellipses')), 'property-actions-case-copyClipboard', ['property-actions-case-trash']);
  }

  async function commentMenu(page: Page, commentId: string) {
    const comment = page.locator(testSubj(`comment-${commentId}`));
    return countMenuItems(page, comment.locator(testSubj('property-actions-user-action-ellipses')), 'property-actions-user-action-link', [
      'property-actions-user-action-pencil',
      'property-actions-user-action-quote',
      'property-actions-user-action-trash',
    ]);
  }

  async function listControls(page: Page) {
    await page.goto(`${server.url}/app/cases`);
    await page.locator(testSubj(`cases-table-row-${openCaseId}`)).waitFor();
    const counts = await countControls(page, LIST_CONTROLS);
    counts['row checkbox'] = await page.locator(`${testSubj(`cases-table-row-${openCaseId}`)} input[type="checkbox"]`).count();
    const menu = await countMenuItems(page, page.locator(testSubj(`case-action-popover-button-${openCaseId}`)), 'case-action-copy-id', ROW_MENU_CONTROLS);
    return { ...counts, ...menu };
  }

  /**
   * The icons that are wrong once none is still loading. The flow goes on past them and the test
   * fails at its end, so one broken icon does not hide what the rest of the flow would find.
   */
  async function brokenIcons(page: Page, what: string): Promise<string[]> {
    // An icon still loading or fading in settles within a few seconds; a wrong one stays wrong.
    const settle = Date.now() + 3_000;
    const settled = await eventually(
      () => iconProblems(page),
      ({ problems }) => problems.length === 0 || (Date.now() > settle && !problems.some((problem) => /still loading/.test(problem))),
      `the icons of ${what} to load`,
    );
    return settled.problems;
  }

  async function expectNoSidewaysScroll(page: Page, label: string) {
    const overflow = await pageOverflow(page);
    expectLayout(overflow.scrollWidth <= overflow.clientWidth + 1, `${label} scrolls sideways`, overflow);
  }

  describe('the superuser manages users, spaces and roles through the pages', () => {
    it('opens user management from the header and creates ana (soc_l1) and victor (viewer)', async () => {
      await adminPage.click(testSubj('appLink-management'));
      await adminPage.waitForURL((url) => url.pathname === '/app/management/security/users');
      await adminPage.locator(`${testSubj('usersTable')} ${testSubj('userRow-elastic')}`).waitFor();

      await createUserThroughPage(adminPage, { ...ANA, fullName: 'Ana L1' });
      await createUserThroughPage(adminPage, { ...VICTOR, fullName: 'Victor Viewer' });

      for (const user of [ANA, VICTOR]) {
        const row = adminPage.locator(testSubj(`userRow-${user.username}`));
        await row.locator(testSubj(`userRole-${user.roles[0]}`)).waitFor();
        await expect(row.locator('[data-test-subj^="userRole-"]').allInnerTexts()).resolves.toEqual(user.roles);
        const stored = await api<{ roles: string[] }>(server, 'GET', `/internal/security/users/${user.username}`);
        expect(stored.roles).toEqual(user.roles);
      }
      await iconsDrawn(adminPage, 'the users page');
      await screenshot(adminPage, 'roles_users_page_1600_light');
      await expectNoSidewaysScroll(adminPage, 'users page');
    });

    it('creates the space soc-eu and the role eu_analyst (cases all there) through the pages', async () => {
      await adminPage.click(testSubj('appLink-spaces'));
      await adminPage.locator(testSubj('spacesManagementPage')).waitFor();
      await createSpaceThroughPage(adminPage, SOC_EU);

      await adminPage.click(testSubj('appLink-management'));
      await adminPage.waitForURL((url) => url.pathname === '/app/management/security/users');
      await adminPage.click(testSubj('securityTab-roles'));
      await adminPage.waitForURL((url) => url.pathname === '/app/management/security/roles');
      await adminPage.locator(testSubj('roleRow-soc_l1')).waitFor();
      await adminPage.click(testSubj('createRole'));
      const flyout = await fillRoleForm(adminPage, 'eu_analyst', { spaceName: SOC_EU.name, featureId: FEATURE, level: 'all' });
      const icons = await brokenIcons(adminPage, 'the role editor');
      await dismissToasts(adminPage);
      await viewportScreenshot(adminPage, 'roles_role_editor_1600_light');
      await flyout.locator(testSubj('roleFormSave')).click();
      await flyout.waitFor({ state: 'detached' });
      await adminPage.locator(testSubj('roleRow-eu_analyst')).waitFor();

      const role = await api<{ name: string; kibana: unknown; elasticsearch: unknown }>(server, 'GET', '/api/security/role/eu_analyst');
      expect(role).toMatchObject({
        name: 'eu_analyst',
        elasticsearch: { cluster: [], indices: [], run_as: [] },
        kibana: [{ base: [], feature: { [FEATURE]: ['all'] }, spaces: [SOC_EU.id] }],
      });
      expect(icons).toEqual([]);
    });

    it('shows the stored role in the editor at 1024 in dark mode', async () => {
      await adminPage.emulateMedia({ colorScheme: 'dark' });
      await adminPage.setViewportSize({ width: 1024, height: 768 });
      try {
        await adminPage.reload();
        await adminPage.locator(testSubj('roleRow-eu_analyst')).waitFor();
        expect(await backgroundLuminance(adminPage)).toBeLessThan(0.2);
        await adminPage.click(testSubj('editRole-eu_analyst'));
        const entry = adminPage.locator(`${testSubj('roleFormFlyout')} ${testSubj('privilegeEntry-0')}`);
        // What was saved reads back: the space and the feature's All.
        await entry.locator(`${testSubj('privilegeEntrySpaces')} .euiComboBoxPill`).filter({ hasText: SOC_EU.name }).waitFor();
        await entry.locator(`${testSubj(`featurePrivilege-${FEATURE}-all`)}[aria-pressed="true"]`).waitFor();
        const icons = await brokenIcons(adminPage, 'the role editor in dark mode');
        await viewportScreenshot(adminPage, 'roles_role_editor_1024_dark');
        await adminPage.click(testSubj('roleFormCancel'));
        await adminPage.locator(testSubj('roleFormFlyout')).waitFor({ state: 'detached' });
        expect(icons).toEqual([]);
      } finally {
        await adminPage.emulateMedia({ colorScheme: 'light' });
        await adminPage.setViewportSize({ width: 1600, height: 1000 });
      }
    });
  });

  describe('victor, a viewer, reads cases and changes nothing', () => {
    const browser = browserForSuite({ viewport: { width: 1600, height: 1000 } });
    let page: Page;

    beforeAll(async () => {
      page = browser.page;
      await loginAs(page, server, VICTOR);
    });

    it('the list shows the cases but no create, settings, bulk action, selection or row change', async () => {
      const superuser = await listControls(adminPage);
      expect(missing(superuser)).toEqual([]);
      const viewer = await listControls(page);
      expect(shown(viewer)).toEqual([]);
      await page.locator(testSubj(`cases-table-row-${closedCaseId}`)).waitFor();
    });

    it('the case view is read-only: a callout, and no editor, comment box or delete', async () => {
      await openCase(adminPage, openCaseId, adminCommentId);
      const superuser = {
        ...(await countControls(adminPage, CASE_VIEW_CONTROLS)),
        ...(await caseMenu(adminPage)),
        ...(await commentMenu(adminPage, adminCommentId)),
      };
      expect(missing(superuser)).toEqual([]);
      expect(shown(await countControls(adminPage, READ_ONLY_MARKERS))).toEqual([]);

      await openCase(page, openCaseId, adminCommentId);
      await page.locator(testSubj('case-view-read-only-callout')).filter({ hasText: 'You have read-only access to cases' }).waitFor();
      const viewer = {
        ...(await countControls(page, CASE_VIEW_CONTROLS)),
        ...(await caseMenu(page)),
        ...(await commentMenu(page, adminCommentId)),
      };
      expect(shown(viewer)).toEqual([]);
      expect(missing(await countControls(page, READ_ONLY_MARKERS))).toEqual([]);
      await expect(page.locator(testSubj('case-status-read-only')).innerText()).resolves.toMatch(/open/i);
      await expect(page.locator(testSubj('editable-title-header-value')).innerText()).resolves.toBe(OPEN_TITLE);
      await expect(page.locator(`${testSubj(`comment-${adminCommentId}`)}`).innerText()).resolves.toContain(ADMIN_COMMENT);
    });

    it('Settings and the create form, opened by URL, say they cannot be used', async () => {
      await adminPage.goto(`${server.url}/app/cases/configure`);
      await adminPage.locator(testSubj('closure-options-radio-group')).waitFor();
      expect(await adminPage.locator(testSubj('configure-no-privilege-callout')).count()).toBe(0);

      await page.goto(`${server.url}/app/cases/configure`);
      await page.locator(testSubj('configure-no-privilege-callout')).waitFor();
      expect(await countControls(page, ['closure-options-radio-group', 'add-custom-field', 'add-template'])).toEqual({
        'closure-options-radio-group': 0,
        'add-custom-field': 0,
        'add-template': 0,
      });

      await adminPage.goto(`${server.url}/app/cases/create`);
      await adminPage.locator(testSubj('create-case-submit')).waitFor();
      await page.goto(`${server.url}/app/cases/create`);
      await page.locator(testSubj('create-case-no-privilege')).waitFor();
      expect(await page.locator(testSubj('create-case-submit')).count()).toBe(0);
    });

    for (const mode of ['light', 'dark'] as const) {
      it(`photographs the read-only case view at 1600 and 1024, ${mode} mode`, async () => {
        await page.emulateMedia({ colorScheme: mode });
        for (const size of [{ width: 1600, height: 1000 }, { width: 1024, height: 768 }]) {
          await page.setViewportSize(size);
          await openCase(page, openCaseId, adminCommentId);
          await page.locator(testSubj('case-view-read-only-callout')).waitFor();
          const luminance = await backgroundLuminance(page);
          expect(mode === 'dark' ? luminance < 0.2 : luminance > 0.5).toBe(true);
          await iconsDrawn(page, `the read-only case view ${size.width} ${mode}`);
          await screenshot(page, `roles_viewer_case_view_${size.width}_${mode}`);
          await expectNoSidewaysScroll(page, `read-only case view ${size.width} ${mode}`);
        }
      });
    }
  });

  describe('ana, an L1 analyst, comments but deletes and reopens nothing', () => {
    const browser = browserForSuite({ viewport: { width: 1600, height: 1000 } });
    let page: Page;

    beforeAll(async () => {
      page = browser.page;
      await loginAs(page, server, ANA);
    });

    it('adds a comment in the case view, and it appears', async () => {
      await openCase(page, openCaseId, adminCommentId);
      expect(await page.locator(testSubj('case-view-read-only-callout')).count()).toBe(0);
      await textBox(page, 'add-comment').fill(ANA_COMMENT);
      await page.click(testSubj('submit-comment'));
      const anaCommentId = await commentIdByTextEventually(ANA_COMMENT);
      const comment = page.locator(testSubj(`comment-${anaCommentId}`));
      await comment.filter({ hasText: ANA_COMMENT }).waitFor();
      // The box empties once the comment is stored.
      // The timeline may show the stored comment a moment before the box is cleared.
      await eventually(() => textBox(page, 'add-comment').inputValue(), (value) => value === '', 'the comment box to empty');
      await iconsDrawn(page, 'the L1 case view');
      await screenshot(page, 'roles_l1_case_view_1600_light');
    });

    it('sees no delete for the case or for her own comment; the superuser sees both', async () => {
      const anaCommentId = await commentIdByText(server, openCaseId, ANA_COMMENT);
      await openCase(adminPage, openCaseId, anaCommentId);
      const superuser = { ...(await caseMenu(adminPage)), ...(await commentMenu(adminPage, anaCommentId)) };
      expect(missing(superuser)).toEqual([]);

      await openCase(page, openCaseId, anaCommentId);
      const l1 = { ...(await caseMenu(page)), ...(await commentMenu(page, anaCommentId)) };
      // She may edit and quote a comment (update, create_comment); deleting needs cases_delete.
      expect(l1).toEqual({
        'property-actions-case-trash': 0,
        'property-actions-user-action-pencil': 1,
        'property-actions-user-action-quote': 1,
        'property-actions-user-action-trash': 0,
      });
    });

    it('is offered no reopen on a closed case; the superuser is', async () => {
      await openCase(adminPage, closedCaseId);
      await adminPage.locator(testSubj('case-view-status-action-button')).filter({ hasText: 'Reopen case' }).waitFor();
      expect(missing(await countControls(adminPage, ['case-status-picker']))).toEqual([]);

      await openCase(page, closedCaseId);
      await page.locator(testSubj('add-comment')).waitFor();
      await expect(page.locator(testSubj('case-status-read-only')).innerText()).resolves.toMatch(/closed/i);
      expect(shown(await countControls(page, ['case-status-picker', 'case-view-status-action-button']))).toEqual([]);
    });

    /** The comment the page just sent, once the server holds it. */
    async function commentIdByTextEventually(text: string): Promise<string> {
      const deadline = Date.now() + 10_000;
      for (;;) {
        try {
          return await commentIdByText(server, openCaseId, text);
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    }
  });

  describe('elena, granted cases in soc-eu only', () => {
    const browser = browserForSuite({ viewport: { width: 1600, height: 1000 } });
    let page: Page;

    beforeAll(async () => {
      page = browser.page;
      await createUserThroughApi(server, ELENA);
    });

    it('is offered only soc-eu by the space switcher, never the default space', async () => {
      await loginAs(page, server, ELENA);
      // No privilege in the default space: the app says so instead of listing anything.
      await page.locator(testSubj('cases-no-access')).waitFor();
      expect(await page.locator(testSubj('cases-table')).count()).toBe(0);
      await expect(switcherSpaceIds(page)).resolves.toEqual([SOC_EU.id]);

      await page.click(testSubj(`space-avatar-${SOC_EU.id}`));
      await page.waitForURL((url) => url.pathname === `/s/${SOC_EU.id}/app/cases`);
      await page.locator(testSubj('all-cases-page')).waitFor();
      await page.locator(testSubj('createNewCaseBtn')).waitFor();
      await expect(switcherSpaceIds(page)).resolves.toEqual([SOC_EU.id]);
      await page.locator(testSubj('spacesOnlyOneMessage')).waitFor();
      await closeSwitcher(page);

      // The superuser, by contrast, is offered both.
      await adminPage.goto(`${server.url}/app/cases`);
      await expect(switcherSpaceIds(adminPage)).resolves.toEqual(expect.arrayContaining(['default', SOC_EU.id]));
      await closeSwitcher(adminPage);
    });
  });
});

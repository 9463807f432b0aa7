/**
 * The list and the case view as an analyst sees them on a desktop (1600×1000), a laptop
 * (1024×768) and a tablet held upright (768×1024), in light and in dark mode, on a realistic
 * queue of thirty cases: no sideways scrolling, titles that can be read, every icon button drawn,
 * no icon fetched from the server as an image, and axe clean in dark mode at 1024. Each
 * combination leaves a screenshot in test/e2e/screenshots/ for a human to look at.
 */
import type { Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../helpers/server_process';
import { launchBrowser, testSubj, type BrowserSession } from './helpers/browser';
import { caseLinks, describeViolations, eventually, login, runAxe, screenshot } from './helpers/cases_app';
import { backgroundLuminance, expectLayout, iconProblems, pageOverflow, titleLegibility, watchAppPathRequests } from './helpers/layout_probes';
import { seedRealisticQueue, type SeededQueue } from './helpers/seed_cases';

jest.setTimeout(180_000);

const SIZES = [
  { width: 1600, height: 1000 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
];
const MODES = ['light', 'dark'] as const;
const BLOCKING = new Set(['serious', 'critical']);
const glyphCount = (text: string) => text.replace(/\s/g, '').length;

describe('cases: layout at three sizes, light and dark', () => {
  let server: ServerProcess;
  let queue: SeededQueue;

  beforeAll(async () => {
    server = await startServerProcess();
    queue = await seedRealisticQueue(server);
  });

  afterAll(async () => {
    await server?.stop();
  });

  describe.each(MODES)('%s mode', (mode) => {
    let browser: BrowserSession;
    let page: Page;
    let appPathRequests: string[];

    beforeAll(async () => {
      // One browser per colour mode; the sizes are viewport changes on the same page.
      browser = await launchBrowser({ viewport: SIZES[0], colorScheme: mode });
      page = browser.page;
      page.setDefaultTimeout(15_000);
      appPathRequests = watchAppPathRequests(page);
      await login(page, server);
    });

    afterAll(async () => {
      await browser?.close();
    });

    afterEach(() => {
      expect(browser.errors).toEqual([]);
      expect(appPathRequests).toEqual([]);
    });

    async function showList() {
      await page.goto(`${server.url}/app/cases`);
      await page.locator(testSubj('all-cases-page')).waitFor();
      await caseLinks(page).filter({ hasText: queue.showcase.title }).waitFor();
      await page.locator(`${testSubj('cases-table')}:not(.euiBasicTable-loading)`).waitFor();
      await page.locator(testSubj('cases-metrics')).waitFor();
    }

    async function showCase() {
      await page.goto(`${server.url}/app/cases/${encodeURIComponent(queue.showcase.id)}`);
      await page.locator(testSubj('case-view-page')).waitFor();
      await page.getByText('Password reset and the account is disabled').waitFor();
      await page.locator(testSubj('case-view-sidebar')).waitFor();
    }

    async function expectNoSidewaysScroll(label: string) {
      const overflow = await pageOverflow(page);
      expectLayout(overflow.scrollWidth <= overflow.clientWidth + 1, `${label} scrolls sideways`, overflow);
    }

    async function expectEveryIconDrawn(label: string) {
      // Icons load as separate chunks; a bounded wait until every one has arrived and draws.
      const { checked } = await eventually(() => iconProblems(page), ({ problems }) => problems.length === 0, `every icon on ${label} to be drawn`);
      // Row menus, filters, the header's buttons: a page showing fewer has lost its controls.
      expectLayout(checked >= 10, `${label}: too few icon buttons found to judge`, { checked });
    }

    it('follows the system colour mode', async () => {
      await showList();
      const luminance = await backgroundLuminance(page);
      if (mode === 'dark') expect(luminance).toBeLessThan(0.1);
      else expect(luminance).toBeGreaterThan(0.8);
    });

    for (const size of SIZES) {
      const tag = `${size.width}_${mode}`;

      it(`the list at ${size.width}×${size.height}`, async () => {
        await page.setViewportSize(size);
        await showList();
        // The screenshot is taken whatever the checks find: a failure is easier read from it.
        try {
          await expectEveryIconDrawn(`list ${tag}`);
          await expectNoSidewaysScroll(`list ${tag}`);
          const legible = await titleLegibility(caseLinks(page).filter({ hasText: queue.showcase.title }));
          expect(legible.total).toBe(queue.showcase.title.length);
          // At a desktop width the Name column takes the free space: most of a long title is read.
          // At 1024 px the low-priority columns give way to it; the cards at 768 px show it whole.
          const minimum = size.width >= 1600 ? 60 : size.width >= 1024 ? 35 : queue.showcase.title.length;
          expectLayout(legible.visible >= minimum && legible.fontSizePx >= 12, `list ${tag}: fewer than ${minimum} characters of the title legible`, legible);
        } finally {
          await screenshot(page, `list_${tag}`);
        }
      });

      it(`the case view at ${size.width}×${size.height}`, async () => {
        await page.setViewportSize(size);
        await showCase();
        try {
          await expectEveryIconDrawn(`case ${tag}`);
          await expectNoSidewaysScroll(`case ${tag}`);
          // The case's own page shows its whole title, wrapped if need be.
          const legible = await titleLegibility(page.locator(testSubj('editable-title-header-value')));
          expectLayout(legible.visibleGlyphs === legible.glyphs && legible.glyphs === glyphCount(queue.showcase.title), `case ${tag}: the title is cut`, legible);
        } finally {
          await screenshot(page, `case_${tag}`);
        }
      });
    }

    if (mode === 'dark') {
      it('axe finds nothing serious or critical on the list and the case view at 1024', async () => {
        await page.setViewportSize(SIZES[1]);
        const blocking: string[] = [];
        for (const [label, show] of [
          ['list dark 1024', showList],
          ['case view dark 1024', showCase],
        ] as const) {
          await show();
          const violations = await runAxe(page);
          const serious = violations.filter((v) => v.impact !== null && BLOCKING.has(v.impact));
          const advisory = violations.filter((v) => !serious.includes(v));
          if (advisory.length > 0) console.log(`axe, minor/moderate (not failing):\n${describeViolations(label, advisory)}`);
          if (serious.length > 0) blocking.push(describeViolations(label, serious));
        }
        expect(blocking.join('\n')).toBe('');
      });
    }
  });
});

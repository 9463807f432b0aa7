/**
 * Moving cases between spaces in a real browser (issue 18): an admin exports two cases from the
 * all-cases list of `default` (a download of export.ndjson with their comments and activity),
 * imports the file into `soc-eu` as new copies from Stack Management > Saved objects, opens the
 * copies there with their comments and activity, copies one back to `default` (then again, meets
 * the conflict and overwrites it), and runs the same import again asking on conflict, skipping
 * every conflict so nothing changes. Then the page, both flyouts with their results and an
 * imported case are photographed at two widths in both colour modes. No console or page error
 * may happen.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../helpers/server_process';
import { browserForSuite, testSubj } from './helpers/browser';
import { addCommentThroughApi, api, caseLinks, createCaseThroughApi, login, screenshot, type SeededCase } from './helpers/cases_app';
import { settledIconProblems } from './helpers/connectors_app';
import { expectLayout, pageOverflow } from './helpers/layout_probes';
import { dismissToasts } from './helpers/roles_app';
import {
  casesOfSpace,
  chooseConflictMode,
  exportSpaceCases,
  failedRows,
  fillImportFlyout,
  gotoSavedObjects,
  objectRows,
  parseExport,
  pendingConflictRows,
  resolveEveryConflict,
  successRows,
  type FoundCase,
} from './helpers/saved_objects_app';
import { viewportScreenshot } from './helpers/settings_app';

jest.setTimeout(300_000);

const SPACE = 'soc-eu';
/** Where the photos import and copy, so the flow's spaces stay as the flow left them. */
const PHOTO_SPACE = 'soc-photos';

interface SeedCase {
  title: string;
  tags: string[];
  addedTag: string;
  comments: [string, string];
  /** What the markdown comment shows once rendered (its bold part). */
  bold: string;
}

const SEED: SeedCase[] = [
  {
    title: 'Credential phishing: payroll lure with a fake SSO page',
    tags: ['phishing', 'credential-access'],
    addedTag: 'eu-handover',
    comments: ['Blocked the sender domain on the mail gateway; 37 messages purged.', '**Contained**: the two users who entered passwords had them reset and sessions revoked.'],
    bold: 'Contained',
  },
  {
    title: 'Beaconing from build server to a newly registered domain',
    tags: ['malware', 'c2'],
    addedTag: 'eu-handover',
    comments: ['Firewall rule added for cdn-sync-update.net.', 'EDR sweep: _no_ further hosts talk to it. **Next**: reimage the build server.'],
    bold: 'Next',
  },
];

/** Each seeded case: its creation, two comments, then a status change and a tag, all activity. */
const USER_ACTIONS_PER_CASE = 5;

describe('saved objects: cases move between spaces in Chromium', () => {
  let server: ServerProcess;
  let workDir = '';
  const originals: SeededCase[] = [];
  /** The file the browser downloaded, kept for the imports. */
  let exportFile = '';

  beforeAll(async () => {
    server = await startServerProcess();
    workDir = await mkdtemp(join(tmpdir(), 'cases-e2e-so-'));
    for (const id of [SPACE, PHOTO_SPACE]) await api(server, 'POST', '/api/spaces/space', { id, name: id === SPACE ? 'SOC EU' : 'SOC photos', disabledFeatures: [] });
    for (const seed of SEED) {
      const created = await createCaseThroughApi(server, { title: seed.title, description: `Handed over to the EU shift: ${seed.title.toLowerCase()}.`, tags: seed.tags, severity: 'high' });
      for (const comment of seed.comments) await addCommentThroughApi(server, created.id, comment);
      const current = await api<SeededCase>(server, 'GET', `/api/cases/${created.id}`);
      const [patched] = await api<SeededCase[]>(server, 'PATCH', '/api/cases', { cases: [{ id: created.id, version: current.version, status: 'in-progress', tags: [...seed.tags, seed.addedTag] }] });
      originals.push(patched);
    }
  });

  afterAll(async () => {
    await server?.stop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  /** The export the photos import: the flow's download, or the same export over the API when the flow failed early. */
  const fileForPhotos = async () => {
    if (exportFile) return exportFile;
    const response = await fetch(`${server.url}/api/saved_objects/_export`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${server.username}:${server.password}`).toString('base64')}`, 'kbn-xsrf': 'true', 'content-type': 'application/json' },
      body: JSON.stringify({ objects: originals.map(({ id }) => ({ type: 'cases', id })), includeReferencesDeep: true }),
    });
    if (!response.ok) throw new Error(`the export for the photos answered ${response.status}`);
    await mkdir(join(workDir, 'photos'), { recursive: true });
    const path = join(workDir, 'photos', 'export.ndjson');
    await writeFile(path, await response.text());
    return path;
  };

  describe('the flow', () => {
    const browser = browserForSuite({ viewport: { width: 1600, height: 1000 } });
    let page: Page;
    let imported: FoundCase[] = [];

    beforeAll(() => {
      page = browser.page;
    });

    it('exports the two cases from the all-cases list as export.ndjson, with their comments and activity', async () => {
      await login(page, server);
      await caseLinks(page).first().waitFor();
      for (const seeded of originals) await page.click(testSubj(`checkboxSelectRow-${seeded.id}`));
      await page.click(testSubj('case-table-bulk-actions-link-icon'));
      const item = page.locator(testSubj('cases-bulk-action-export'));
      await item.filter({ hasText: 'Export 2 cases' }).waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
      expect(download.suggestedFilename()).toBe('export.ndjson');
      exportFile = join(workDir, 'export.ndjson');
      await download.saveAs(exportFile);
      await page.locator(testSubj('export-success-toast')).waitFor();

      const { objects, details } = parseExport(await readFile(exportFile, 'utf8'));
      const ids = originals.map(({ id }) => id);
      const ofType = (type: string) => objects.filter((object) => object.type === type);
      expect(ofType('cases').map(({ id }) => id).sort()).toEqual([...ids].sort());
      expect(ofType('cases-comments')).toHaveLength(4);
      expect(ofType('cases-user-actions')).toHaveLength(USER_ACTIONS_PER_CASE * 2);
      expect(objects).toHaveLength(2 + 4 + USER_ACTIONS_PER_CASE * 2);
      // Every comment and user action belongs to one of the two cases.
      for (const object of [...ofType('cases-comments'), ...ofType('cases-user-actions')]) {
        const owners = object.references.filter((ref) => ref.type === 'cases').map((ref) => ref.id);
        expect(owners).toHaveLength(1);
        expect(ids).toContain(owners[0]);
      }
      expect(ofType('cases-comments').map((comment) => comment.attributes.comment).sort()).toEqual(SEED.flatMap((seed) => seed.comments).sort());
      for (const object of ofType('cases')) expect(object.attributes).not.toHaveProperty('incremental_id');
      expect(details).toEqual({ exportedCount: objects.length, missingRefCount: 0, missingReferences: [], excludedObjectsCount: 0, excludedObjects: [] });
    });

    it('imports the file into soc-eu as new copies from Stack Management > Saved objects', async () => {
      expect(exportFile).not.toBe('');
      await dismissToasts(page);
      const table = await gotoSavedObjects(page, server, SPACE);
      await table.filter({ hasText: 'No saved objects match.' }).waitFor();

      const flyout = await fillImportFlyout(page, exportFile, 'new copies');
      await flyout.locator(testSubj('import-submit')).click();
      const total = 2 + 4 + USER_ACTIONS_PER_CASE * 2;
      await flyout.locator(testSubj('import-summary')).filter({ hasText: `Import successful: ${total} objects imported` }).waitFor();
      for (const [index, seeded] of originals.entries()) {
        const row = flyout.locator(testSubj(`import-success-cases:${seeded.id}`));
        await row.filter({ hasText: SEED[index].title }).filter({ hasText: 'New copy' }).waitFor();
      }
      // A case's comments and activity are counted on a row per type, not listed one by one.
      await expect(successRows(flyout, 'import', 'cases-comments').count()).resolves.toBe(0);
      await flyout.locator(testSubj('import-related-cases-comments')).filter({ hasText: '4 comments' }).filter({ hasText: 'New copy' }).waitFor();
      await flyout
        .locator(testSubj('import-related-cases-user-actions'))
        .filter({ hasText: `${USER_ACTIONS_PER_CASE * 2} activity entries` })
        .filter({ hasText: 'New copy' })
        .waitFor();
      await expect(flyout.locator('[data-test-subj^="import-error-"]').count()).resolves.toBe(0);
      await flyout.locator(testSubj('import-close')).filter({ hasText: 'Done' }).click();
      await flyout.waitFor({ state: 'detached' });

      // The table of soc-eu now lists the two copies, under new ids.
      imported = await casesOfSpace(server, SPACE);
      expect(imported.map((found) => found.title).sort()).toEqual(SEED.map((seed) => seed.title).sort());
      for (const found of imported) {
        expect(originals.map(({ id }) => id)).not.toContain(found.id);
        expect(found.totalComment).toBe(2);
        await page.locator(testSubj(`saved-object-title-cases-${found.id}`)).filter({ hasText: found.title }).waitFor();
      }
      await expect(objectRows(page, 'cases').count()).resolves.toBe(2);
      // Numbers are the space's own: soc-eu numbers its cases from 1.
      expect(imported.map((found) => found.incremental_id).sort()).toEqual([1, 2]);
    });

    it('opens each imported case from the table with its title, comments and activity', async () => {
      expect(imported).toHaveLength(2);
      for (const found of imported) {
        const seed = SEED.find((candidate) => candidate.title === found.title)!;
        await gotoSavedObjects(page, server, SPACE);
        await page.click(testSubj(`saved-object-title-cases-${found.id}`));
        await page.waitForURL((url) => url.pathname === `/s/${SPACE}/app/cases/${found.id}`);
        await page.locator(testSubj('case-view-header')).filter({ hasText: seed.title }).waitFor();

        const activity = page.locator(testSubj('user-actions-list'));
        await activity.locator(testSubj('user-action-markdown')).filter({ hasText: seed.comments[0] }).waitFor();
        // The markdown comment is rendered, not shown as its source.
        await activity.locator(`${testSubj('user-action-markdown')} strong`).filter({ hasText: seed.bold }).waitFor();
        await expect(activity.locator(testSubj('user-action-markdown')).count()).resolves.toBe(2);
        await activity.locator(testSubj('user-action-status-update')).filter({ hasText: 'marked case as' }).filter({ hasText: 'In progress' }).waitFor();
        await activity.locator(testSubj('user-action-tags-add')).locator(testSubj(`user-action-tag-${seed.addedTag}`)).waitFor();
        await page.locator(testSubj('case-view-status')).filter({ hasText: 'In progress' }).waitFor();
      }
    });

    it('copies a case from soc-eu back to default, checking for existing objects, then again, overwriting the conflict', async () => {
      expect(imported).toHaveLength(2);
      const copied = imported[0];
      const defaultBefore = await casesOfSpace(server, 'default');

      const copyOnce = async () => {
        await dismissToasts(page);
        await gotoSavedObjects(page, server, SPACE);
        await page.locator(testSubj(`saved-object-row-cases-${copied.id}`)).locator(testSubj('saved-object-copy-to-space')).click();
        const flyout = page.locator(testSubj('copy-to-space-flyout'));
        await flyout.filter({ hasText: `Copy '${copied.title}' to spaces` }).waitFor();
        // Kibana's default for a copy: new objects with random ids.
        await flyout.locator(`${testSubj('copy-create-new-copies')} input:checked`).waitFor({ state: 'attached' });
        await chooseConflictMode(flyout, 'ask');
        await flyout.locator(testSubj('copy-space-option-default')).click();
        await flyout.locator(testSubj('copy-submit')).filter({ hasText: 'Copy to space' }).click();
        await flyout.locator(testSubj('copy-result-default')).waitFor();
        return flyout;
      };

      // First copy: default holds no object of these ids, nothing conflicts.
      let flyout = await copyOnce();
      const result = flyout.locator(testSubj('copy-result-default'));
      await viewportScreenshot(page, 'saved_objects_copy_first_1600_light');
      await result.locator(testSubj('copy-result-default-summary')).filter({ hasText: `${1 + 2 + USER_ACTIONS_PER_CASE} copied` }).waitFor();
      await expect(pendingConflictRows(result, 'copy-result-default').count()).resolves.toBe(0);
      await expect(failedRows(result, 'copy-result-default').count()).resolves.toBe(0);
      await flyout.locator(testSubj('copy-close')).filter({ hasText: 'Done' }).click();
      await flyout.waitFor({ state: 'detached' });
      const defaultAfterFirst = await casesOfSpace(server, 'default');
      expect(defaultAfterFirst).toHaveLength(defaultBefore.length + 1);
      const copyInDefault = defaultAfterFirst.find((found) => !defaultBefore.some((before) => before.id === found.id))!;
      expect(copyInDefault).toMatchObject({ title: copied.title, totalComment: 2 });

      // Second copy: the same objects now exist in default; each conflict is overwritten.
      flyout = await copyOnce();
      await viewportScreenshot(page, 'saved_objects_copy_again_1600_light');
      await result.locator(testSubj('copy-result-default-summary')).filter({ hasText: 'to resolve' }).waitFor();
      await expect(pendingConflictRows(result, 'copy-result-default').count()).resolves.toBe(1 + 2 + USER_ACTIONS_PER_CASE);
      await expect(failedRows(result, 'copy-result-default').count()).resolves.toBe(0);
      await resolveEveryConflict(result, 'copy-result-default', 'overwrite');
      await result.locator(testSubj('copy-result-default-summary')).filter({ hasText: `${1 + 2 + USER_ACTIONS_PER_CASE} copied` }).waitFor();
      // The case on its row; its comments and activity counted on one row each.
      await expect(result.locator('.euiBadge', { hasText: 'Overwritten' }).count()).resolves.toBe(3);
      await result.locator(testSubj('copy-result-default-related-cases-comments')).filter({ hasText: '2 comments' }).filter({ hasText: 'Overwritten' }).waitFor();
      await result
        .locator(testSubj('copy-result-default-related-cases-user-actions'))
        .filter({ hasText: `${USER_ACTIONS_PER_CASE} activity entries` })
        .filter({ hasText: 'Overwritten' })
        .waitFor();
      await flyout.locator(testSubj('copy-close')).click();
      await flyout.waitFor({ state: 'detached' });
      // Overwritten in place: still one copy in default, with its two comments.
      const defaultAfterSecond = await casesOfSpace(server, 'default');
      expect(defaultAfterSecond.map(({ id }) => id).sort()).toEqual(defaultAfterFirst.map(({ id }) => id).sort());
      expect(defaultAfterSecond.find(({ id }) => id === copyInDefault.id)).toMatchObject({ title: copied.title, totalComment: 2 });
    });

    it('imports the file again into default, where the originals are, asking on conflict: conflicts to overwrite or skip; skipping them all changes nothing', async () => {
      // The soc-eu objects are new copies (Kibana's: no origin), so it is in default that every object exists already.
      const before = await exportSpaceCases(server, 'default');
      const casesInDefault = (await casesOfSpace(server, 'default')).length;
      await dismissToasts(page);
      await gotoSavedObjects(page, server, 'default');
      const flyout = await fillImportFlyout(page, exportFile, 'ask');
      await flyout.locator(testSubj('import-submit')).click();
      const summary = flyout.locator(testSubj('import-summary'));
      await summary.filter({ hasText: '0 objects imported' }).waitFor();
      await viewportScreenshot(page, 'saved_objects_import_again_1600_light');
      const total = 2 + 4 + USER_ACTIONS_PER_CASE * 2;
      await summary.filter({ hasText: `${total} objects already exist: overwrite or skip each below.` }).waitFor();
      for (const [index, seeded] of originals.entries()) {
        const row = flyout.locator(testSubj(`import-error-cases:${seeded.id}`));
        await row.filter({ hasText: SEED[index].title }).filter({ hasText: 'An object with this ID already exists. Overwrite it?' }).waitFor();
        await row.locator(testSubj(`import-error-cases:${seeded.id}-overwrite`)).waitFor();
        await row.locator(testSubj(`import-error-cases:${seeded.id}-skip`)).waitFor();
      }
      await expect(pendingConflictRows(flyout, 'import').count()).resolves.toBe(total);
      await expect(failedRows(flyout, 'import').count()).resolves.toBe(0);
      await flyout.locator(testSubj('import-overwrite-all')).filter({ hasText: `Overwrite all ${total}` }).waitFor();

      await expect(resolveEveryConflict(flyout, 'import', 'skip')).resolves.toBe(total);
      await expect(flyout.locator('.euiBadge', { hasText: 'Skipped' }).count()).resolves.toBe(total);
      await summary.filter({ hasText: '0 objects imported' }).waitFor();
      await flyout.locator(testSubj('import-close')).filter({ hasText: 'Done' }).click();
      await flyout.waitFor({ state: 'detached' });
      expect(await exportSpaceCases(server, 'default')).toBe(before);
      await expect(objectRows(page, 'cases').count()).resolves.toBe(casesInDefault);
    });
  });

  describe.each(['light', 'dark'] as const)('screenshots, %s mode', (mode) => {
    const browser = browserForSuite({ viewport: { width: 1600, height: 1000 }, colorScheme: mode });
    let page: Page;
    let file = '';
    let socCases: FoundCase[] = [];
    /** Each icon fault seen, with the first place it was seen. */
    const iconFaults = new Map<string, string>();
    const iconsSettled = async (what: string) => {
      for (const problem of await settledIconProblems(page, what)) if (!iconFaults.has(problem)) iconFaults.set(problem, what);
    };

    beforeAll(async () => {
      page = browser.page;
      file = await fileForPhotos();
      socCases = await casesOfSpace(server, SPACE);
      await login(page, server);
    });

    async function expectNoSidewaysScroll(label: string) {
      const overflow = await pageOverflow(page);
      expectLayout(overflow.scrollWidth <= overflow.clientWidth + 1, `${label} scrolls sideways`, overflow);
    }

    for (const size of [{ width: 1600, height: 1000 }, { width: 1024, height: 768 }]) {
      const tag = `${size.width}_${mode}`;

      it(`the Saved objects table of soc-eu at ${size.width}`, async () => {
        await page.setViewportSize(size);
        await gotoSavedObjects(page, server, SPACE);
        await objectRows(page, 'cases').first().waitFor();
        await iconsSettled(`the Saved objects table ${tag}`);
        await screenshot(page, `saved_objects_table_${tag}`);
        await expectNoSidewaysScroll(`Saved objects page ${tag}`);
      });

      it(`the import flyout, filled in and with its results, at ${size.width}`, async () => {
        await page.setViewportSize(size);
        await gotoSavedObjects(page, server, PHOTO_SPACE);
        const flyout = await fillImportFlyout(page, file, 'new copies');
        await iconsSettled(`the import flyout ${tag}`);
        await viewportScreenshot(page, `saved_objects_import_flyout_${tag}`);
        await flyout.locator(testSubj('import-submit')).click();
        await flyout.locator(testSubj('import-summary')).filter({ hasText: 'Import successful' }).waitFor();
        await iconsSettled(`the import results ${tag}`);
        await viewportScreenshot(page, `saved_objects_import_results_${tag}`);
        await expectNoSidewaysScroll(`import results ${tag}`);
        await flyout.locator(testSubj('import-close')).click();
        await flyout.waitFor({ state: 'detached' });
      });

      it(`the copy flyout with its results at ${size.width}`, async () => {
        expect(socCases.length).toBeGreaterThan(0);
        await page.setViewportSize(size);
        await dismissToasts(page);
        await gotoSavedObjects(page, server, SPACE);
        await page.locator(testSubj(`saved-object-row-cases-${socCases[0].id}`)).locator(testSubj('saved-object-copy-to-space')).click();
        const flyout = page.locator(testSubj('copy-to-space-flyout'));
        await flyout.waitFor();
        await flyout.locator(testSubj(`copy-space-option-${PHOTO_SPACE}`)).click();
        await iconsSettled(`the copy flyout ${tag}`);
        await viewportScreenshot(page, `saved_objects_copy_flyout_${tag}`);
        await flyout.locator(testSubj('copy-submit')).click();
        await flyout.locator(testSubj(`copy-result-${PHOTO_SPACE}-summary`)).filter({ hasText: 'copied' }).waitFor();
        await iconsSettled(`the copy results ${tag}`);
        await viewportScreenshot(page, `saved_objects_copy_results_${tag}`);
        await expectNoSidewaysScroll(`copy results ${tag}`);
        await flyout.locator(testSubj('copy-close')).click();
        await flyout.waitFor({ state: 'detached' });
      });

      it(`an imported case in soc-eu with its comments at ${size.width}`, async () => {
        expect(socCases.length).toBeGreaterThan(0);
        await page.setViewportSize(size);
        const found = socCases[0];
        await page.goto(`${server.url}/s/${SPACE}/app/cases/${found.id}`);
        await page.locator(testSubj('case-view-header')).filter({ hasText: found.title }).waitFor();
        const comments = page.locator(`${testSubj('user-actions-list')} ${testSubj('user-action-markdown')}`);
        await comments.nth(1).waitFor();
        await expect(comments.count()).resolves.toBe(2);
        await page.locator(testSubj('user-action-status-update')).waitFor();
        await iconsSettled(`the imported case ${tag}`);
        await screenshot(page, `saved_objects_case_${tag}`);
        await expectNoSidewaysScroll(`imported case ${tag}`);
      });
    }

    it('drew every icon it showed', () => {
      expect([...iconFaults].map(([problem, where]) => `${problem} (first seen on ${where})`)).toEqual([]);
    });
  });
});

/**
 * A case's evidence as several people see it (issue 16), on cases seeded as a script would seed
 * them (files through Kibana's upload route, observables through its observable routes):
 * - the superuser edits and deletes an observable, looks a value up across every case from the
 *   Observables section, and deletes a file after confirming;
 * - a viewer sees the same files and observables, can download, but is offered no upload, drop,
 *   add, edit or delete, and the extraction switch is read-only;
 * - the Files section (with its preview), the Observables section and the Similar cases tab are
 *   photographed at 1600 and 1024 px, light and dark, and checked for sideways scrolling and
 *   undrawn icons.
 * Every "absent for the viewer" is checked against the superuser's page, where it must be present.
 */
import type { Page } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../helpers/server_process';
import { browserForSuite, testSubj } from './helpers/browser';
import { createCaseThroughApi, describeViolations, login, loginAs, runAxe, screenshot } from './helpers/cases_app';
import { addObservableThroughApi, caseThroughApi, fileRow, filesThroughApi, IPV4, openCasePlace, sha256, uploadThroughApi, waitForFileRows, type FixtureFile } from './helpers/files_app';
import { expectLayout, pageOverflow } from './helpers/layout_probes';
import { countControls, createUserThroughApi, dismissToasts } from './helpers/roles_app';
import { iconsDrawn, viewportScreenshot } from './helpers/settings_app';

jest.setTimeout(300_000);

const VICTOR = { username: 'victor', password: 'victor-viewer-password', roles: ['viewer'] };

const DOMAIN = 'observable-type-domain';
const HOSTNAME = 'observable-type-hostname';
const FILE_HASH = 'observable-type-file-hash';
const URL_TYPE = 'observable-type-url';

const MAIL: FixtureFile = {
  name: 'original-message.eml',
  mimeType: 'message/rfc822',
  buffer: Buffer.from('From: billing@evil.example.com\r\nTo: finance@example.org\r\nSubject: Overdue invoice\r\n\r\nSee the attached invoice.\r\n'),
};
const NOTES: FixtureFile = { name: 'triage-notes-from-the-first-responder-on-call.txt', mimeType: 'text/plain', buffer: Buffer.from('Three users clicked; one entered credentials.\n') };
// A pcap's global header (magic, version 2.4, Ethernet) and no packets: a real, empty capture.
const PCAP: FixtureFile = { name: 'egress.pcap', mimeType: 'application/vnd.tcpdump.pcap', buffer: Buffer.from('d4c3b2a1020004000000000000000000ffff000001000000', 'hex') };
const PAYLOAD_HASH = sha256(Buffer.from('invoice.zip payload'));

/** Controls only a user who may change the case gets, in the Files and Observables sections. */
const FILE_CONTROLS = ['case-files-upload-button', 'case-files-drop-zone', 'case-files-delete'] as const;
const OBSERVABLE_CONTROLS = ['case-observables-add', 'case-observable-edit', 'case-observable-delete'] as const;

const missing = (counts: Record<string, number>) => Object.keys(counts).filter((subject) => counts[subject] === 0);
const shown = (counts: Record<string, number>) => Object.keys(counts).filter((subject) => counts[subject] > 0);

describe('observables, files and similar cases for each user, in Chromium', () => {
  let server: ServerProcess;
  let mainId = '';
  const relatedIds: string[] = [];
  let screenshotPng: FixtureFile;

  beforeAll(async () => {
    server = await startServerProcess();
    mainId = (await createCaseThroughApi(server, { title: 'Invoice phishing wave against finance', tags: ['phishing', 'finance'], severity: 'high' })).id;
    const related = [
      { title: 'Password reset lure from evil.example.com', tags: ['phishing'], shares: [[DOMAIN, 'evil.example.com'], [IPV4, '203.0.113.7']] },
      { title: 'Beaconing from a finance laptop to a known C2 host with a long name', tags: ['c2', 'endpoint', 'finance'], shares: [[IPV4, '203.0.113.7']] },
    ] as const;
    for (const { title, tags, shares } of related) {
      const { id } = await createCaseThroughApi(server, { title, tags: [...tags] });
      relatedIds.push(id);
      for (const [typeKey, value] of shares) await addObservableThroughApi(server, id, { typeKey, value });
    }
    await addObservableThroughApi(server, mainId, { typeKey: IPV4, value: '203.0.113.7', description: 'Sender relay' });
    await addObservableThroughApi(server, mainId, { typeKey: DOMAIN, value: 'evil.example.com', description: 'Sender domain' });
    await addObservableThroughApi(server, mainId, { typeKey: HOSTNAME, value: 'fin-lt-0042', description: null });
    await addObservableThroughApi(server, mainId, { typeKey: FILE_HASH, value: PAYLOAD_HASH, description: 'SHA-256 of the invoice.zip payload' });
    await addObservableThroughApi(server, mainId, { typeKey: URL_TYPE, value: 'https://evil.example.com/invoice/download?id=8842&session=a1b2c3d4e5f6', description: null });
    for (const file of [MAIL, NOTES, PCAP]) await uploadThroughApi(server, mainId, file);
  });

  afterAll(async () => {
    await server?.stop();
  });

  describe('the superuser', () => {
    const browser = browserForSuite({ viewport: { width: 1600, height: 1000 } });
    let page: Page;

    beforeAll(async () => {
      page = browser.page;
      await login(page, server, `/app/cases/${encodeURIComponent(mainId)}`);
      await page.locator(testSubj('case-view-metrics-panel')).waitFor();
      await iconsDrawn(page, 'the case view');
      // A real screenshot of the case, kept as evidence, so the photos below have a preview.
      screenshotPng = { name: 'case-overview.png', mimeType: 'image/png', buffer: await page.screenshot({ type: 'png' }) };
      await uploadThroughApi(server, mainId, screenshotPng);
    });

    it('has every editing control of both sections', async () => {
      await openCasePlace(page, server, mainId, 'files');
      await waitForFileRows(page, 4);
      expect(missing(await countControls(page, FILE_CONTROLS))).toEqual([]);
      await openCasePlace(page, server, mainId, 'observables');
      await page.locator(`${testSubj('case-observables-table')} [data-test-subj^="case-observable-row-"]`).nth(4).waitFor();
      expect(missing(await countControls(page, OBSERVABLE_CONTROLS))).toEqual([]);
      await expect(page.locator(testSubj('extract-observables-switch')).isEnabled()).resolves.toBe(true);
    });

    it('edits the description of an observable and deletes another after confirming', async () => {
      const hostRow = observableRow(page, 'fin-lt-0042');
      await hostRow.locator(testSubj('case-observable-edit')).click();
      const flyout = page.locator(testSubj('case-observable-flyout'));
      await expect(flyout.locator(testSubj('case-observable-type-select')).isDisabled()).resolves.toBe(true);
      await flyout.locator(testSubj('case-observable-description-input')).fill('Laptop of the user who entered credentials');
      await flyout.locator(testSubj('case-observable-save')).click();
      await flyout.waitFor({ state: 'detached' });
      await hostRow.filter({ hasText: 'Laptop of the user who entered credentials' }).waitFor();

      await observableRow(page, 'https://evil.example.com/invoice/download?id=8842&session=a1b2c3d4e5f6').locator(testSubj('case-observable-delete')).click();
      const modal = page.locator(testSubj('case-observable-delete-modal'));
      await modal.locator(testSubj('confirmModalConfirmButton')).click();
      await modal.waitFor({ state: 'detached' });
      await page.locator(testSubj('case-observables-count')).filter({ hasText: /^4 of 50 observables$/ }).waitFor();
      const stored = await caseThroughApi(server, mainId);
      expect(stored.observables.map((observable) => observable.value).sort()).toEqual(['203.0.113.7', PAYLOAD_HASH, 'evil.example.com', 'fin-lt-0042'].sort());
      expect(stored.observables.find((observable) => observable.value === 'fin-lt-0042')?.description).toBe('Laptop of the user who entered credentials');
    });

    it('looks a value up across all cases from the section and marks this case among them', async () => {
      const box = page.locator(testSubj('observables-search-all-input'));
      await box.fill('evil.example.com');
      await box.press('Enter');
      const flyout = page.locator(testSubj('observable-search-flyout'));
      await flyout.locator(testSubj('observable-search-total')).filter({ hasText: '2 cases hold evil.example.com' }).waitFor();
      await flyout.locator(`${testSubj(`observable-search-row-${mainId}`)} ${testSubj('observable-search-this-case')}`).waitFor();
      await flyout.locator(testSubj(`observable-search-row-${relatedIds[0]}`)).waitFor();
      await page.keyboard.press('Escape');
      await flyout.waitFor({ state: 'detached' });
    });

    it('passes axe (no serious or critical violation) in each section, the preview and the add form', async () => {
      // Axe reads colours as drawn: a flyout or modal still fading in would fail it, so each check
      // waits until no animation runs.
      const settled = () => page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      const blocking = async (label: string) => {
        await settled();
        return describeViolations(label, (await runAxe(page)).filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'));
      };
      const found: string[] = [];
      await openCasePlace(page, server, mainId, 'files');
      await waitForFileRows(page, 4);
      found.push(await blocking('Files section'));
      await fileRow(page, screenshotPng.name).locator(testSubj('case-files-preview')).click();
      await page.locator(`${testSubj('case-files-preview-modal')} img`).waitFor();
      await page.waitForFunction(() => {
        const img = document.querySelector('[data-test-subj="case-files-preview-modal"] img');
        return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0;
      });
      found.push(await blocking('preview'));
      await page.keyboard.press('Escape');
      await openCasePlace(page, server, mainId, 'observables');
      await observableRow(page, '203.0.113.7').waitFor();
      found.push(await blocking('Observables section'));
      await page.click(testSubj('case-observables-add'));
      await page.locator(testSubj('case-observable-flyout')).waitFor();
      found.push(await blocking('add observable'));
      await page.keyboard.press('Escape');
      await page.locator(testSubj('case-observable-flyout')).waitFor({ state: 'detached' });
      await openCasePlace(page, server, mainId, 'similar');
      await page.locator(testSubj(`similar-case-row-${relatedIds[0]}`)).waitFor();
      found.push(await blocking('Similar cases'));
      expect(found.filter((text) => text !== '').join('\n')).toBe('');
    });

    it('deletes a file after confirming, and its row, count and listing go', async () => {
      await openCasePlace(page, server, mainId, 'files');
      await waitForFileRows(page, 4);
      const extra: FixtureFile = { name: 'duplicate-upload.txt', mimeType: 'text/plain', buffer: Buffer.from('uploaded twice by mistake\n') };
      await uploadThroughApi(server, mainId, extra);
      await page.reload();
      await waitForFileRows(page, 5);
      await fileRow(page, extra.name).locator(testSubj('case-files-delete')).click();
      const modal = page.locator(testSubj('case-files-delete-modal'));
      await modal.filter({ hasText: `Delete file ${extra.name}?` }).waitFor();
      await modal.locator(testSubj('confirmModalConfirmButton')).click();
      await page.locator(testSubj('case-files-deleted-toast')).waitFor();
      await waitForFileRows(page, 4);
      await expect(fileRow(page, extra.name).count()).resolves.toBe(0);
      await expect(filesThroughApi(server, mainId).then((files) => files.map((file) => `${file.name}.${file.extension}`))).resolves.not.toContain(extra.name);
    });
  });

  describe('victor, a viewer', () => {
    const browser = browserForSuite({ viewport: { width: 1600, height: 1000 } });
    let page: Page;

    beforeAll(async () => {
      page = browser.page;
      await createUserThroughApi(server, VICTOR);
      await loginAs(page, server, VICTOR, `/app/cases/${encodeURIComponent(mainId)}`);
    });

    it('sees the files, can download and preview, and is offered no upload, drop or delete', async () => {
      await openCasePlace(page, server, mainId, 'files');
      await waitForFileRows(page, 4);
      await fileRow(page, MAIL.name).locator(testSubj('case-files-download')).waitFor();
      await fileRow(page, screenshotPng.name).locator(testSubj('case-files-preview')).waitFor();
      expect(shown(await countControls(page, FILE_CONTROLS))).toEqual([]);
      await page.locator(testSubj('case-files-input')).waitFor({ state: 'detached' });
    });

    it('sees the observables and the extraction setting, and is offered no add, edit or delete', async () => {
      await openCasePlace(page, server, mainId, 'observables');
      await page.locator(`${testSubj('case-observables-table')} [data-test-subj^="case-observable-row-"]`).nth(3).waitFor();
      await observableRow(page, '203.0.113.7').locator(testSubj('case-observable-seen-in')).filter({ hasText: 'Seen in 2 other cases' }).waitFor();
      expect(shown(await countControls(page, OBSERVABLE_CONTROLS))).toEqual([]);
      await expect(page.locator(testSubj('extract-observables-switch')).isDisabled()).resolves.toBe(true);
    });
  });

  describe.each(['light', 'dark'] as const)('screenshots, %s mode', (mode) => {
    const browser = browserForSuite({ viewport: { width: 1600, height: 1000 }, colorScheme: mode });
    let page: Page;

    beforeAll(async () => {
      page = browser.page;
      await login(page, server, `/app/cases/${encodeURIComponent(mainId)}`);
    });

    for (const size of [{ width: 1600, height: 1000 }, { width: 1024, height: 768 }]) {
      const tag = `${size.width}_${mode}`;

      it(`the Files section and its preview at ${size.width}`, async () => {
        await page.setViewportSize(size);
        await openCasePlace(page, server, mainId, 'files');
        await waitForFileRows(page, 4);
        await settled(page, `the Files section ${tag}`);
        await screenshot(page, `files_section_${tag}`);

        await fileRow(page, screenshotPng.name).locator(testSubj('case-files-preview')).click();
        const modal = page.locator(testSubj('case-files-preview-modal'));
        await modal.locator('img').evaluate((img: HTMLImageElement) => img.complete || new Promise((resolve) => img.addEventListener('load', resolve, { once: true })));
        await viewportScreenshot(page, `files_preview_${tag}`);
        await page.keyboard.press('Escape');
        await modal.waitFor({ state: 'detached' });
      });

      it(`the Observables section at ${size.width}`, async () => {
        await page.setViewportSize(size);
        await openCasePlace(page, server, mainId, 'observables');
        await observableRow(page, '203.0.113.7').locator(testSubj('case-observable-seen-in')).filter({ hasText: 'Seen in 2 other cases' }).waitFor();
        await settled(page, `the Observables section ${tag}`);
        await screenshot(page, `observables_section_${tag}`);
      });

      it(`the Similar cases tab at ${size.width}`, async () => {
        await page.setViewportSize(size);
        await openCasePlace(page, server, mainId, 'similar');
        for (const id of relatedIds) await page.locator(testSubj(`similar-case-row-${id}`)).waitFor();
        // Most shared first: the case sharing the domain and the IP leads.
        const order = await page.locator('[data-test-subj^="similar-case-row-"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-test-subj')));
        expect(order).toEqual(relatedIds.map((id) => `similar-case-row-${id}`));
        await settled(page, `the Similar cases tab ${tag}`);
        await screenshot(page, `similar_cases_${tag}`);
      });
    }
  });
});

function observableRow(page: Page, value: string) {
  return page.locator(`${testSubj('case-observables-table')} [data-test-subj^="case-observable-row-"]`).filter({
    has: page.locator(testSubj('case-observable-value'), { hasText: new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
  });
}

/** Ready to photograph: no toast over the page, every icon drawn, nothing pushing the page sideways. */
async function settled(page: Page, what: string): Promise<void> {
  await dismissToasts(page);
  await iconsDrawn(page, what);
  const overflow = await pageOverflow(page);
  expectLayout(overflow.scrollWidth <= overflow.clientWidth + 1, `${what} scrolls sideways`, overflow);
}

/**
 * Case settings in a real browser (issue 14): an admin opens Settings from the all-cases page and
 * adds a required text field, a toggle and a template; an analyst creates a case from the
 * template (the required field must be filled first, and nothing is sent until it is), flips the
 * toggle in the case view, then filters the list by it and shows it as a column that survives a
 * reload. A second admin's save behind the page's back meets the conflict callout, with what was
 * typed kept. Then each of those screens is photographed at two widths in both colour modes.
 * No console error and no page error may happen anywhere along the way.
 */
import type { Page, Request } from 'playwright-core';
import { startServerProcess, type ServerProcess } from '../helpers/server_process';
import { browserForSuite, testSubj } from './helpers/browser';
import { api, caseIdFromUrl, createCaseThroughApi, eventually, login, screenshot, textBox } from './helpers/cases_app';
import { expectLayout, pageOverflow } from './helpers/layout_probes';
import {
  addCaseTag,
  chooseSeverity,
  configurationThroughApi,
  customFieldSwitch,
  customFieldText,
  fieldKey,
  fillCustomFieldFlyout,
  flipSidebarToggle,
  gotoSettings,
  iconsDrawn,
  listedTitles,
  patchConfigurationThroughApi,
  pickTemplate,
  saveFlyout,
  sidebarValue,
  switchColumn,
  tickListFilter,
  viewportScreenshot,
} from './helpers/settings_app';

jest.setTimeout(240_000);

const TEXT_LABEL = 'Ticket reference';
const TOGGLE_LABEL = 'Customer impact';
const TEMPLATE_NAME = 'Phishing report';
const TEMPLATE_TITLE = 'Phishing: credential lure reported by a user';
const TEMPLATE_TAGS = ['phishing', 'email'];
const TICKET = 'INC-20417';
const OTHER_TITLE = 'Phishing: newsletter lookalike, no clicks';

describe('settings: custom fields and templates in Chromium', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess();
  });

  afterAll(async () => {
    await server?.stop();
  });

  /** Shared by the flow and the screenshots. */
  let textKey = '';
  let toggleKey = '';
  let templateKey = '';
  let caseId = '';

  describe('the flow', () => {
    const browser = browserForSuite({ viewport: { width: 1600, height: 1000 } });
    let page: Page;

    beforeAll(() => {
      page = browser.page;
    });

    it('opens Settings from the all-cases page and adds a required text field and a toggle', async () => {
      await login(page, server);
      await page.click(testSubj('configure-case-button'));
      await page.waitForURL((url) => url.pathname === '/app/cases/configure');
      await page.locator(testSubj('custom-field-empty')).waitFor();

      await page.click(testSubj('add-custom-field'));
      await fillCustomFieldFlyout(page, { label: TEXT_LABEL, required: true });
      await saveFlyout(page, 'custom-field');
      await page.click(testSubj('add-custom-field'));
      await fillCustomFieldFlyout(page, { label: TOGGLE_LABEL, type: 'toggle' });
      await saveFlyout(page, 'custom-field');

      const configuration = await configurationThroughApi(server);
      textKey = fieldKey(configuration, TEXT_LABEL);
      toggleKey = fieldKey(configuration, TOGGLE_LABEL);
      // The toggle's default is off unless the admin says otherwise: Kibana stores `false`.
      expect(configuration?.customFields.map(({ label, type, required }) => ({ label, type, required }))).toEqual([
        { label: TEXT_LABEL, type: 'text', required: true },
        { label: TOGGLE_LABEL, type: 'toggle', required: false },
      ]);
      const list = page.locator(testSubj('custom-field-list'));
      await list.locator(testSubj(`custom-field-${textKey}`)).filter({ hasText: 'Required' }).waitFor();
      await list.locator(testSubj(`custom-field-${toggleKey}`)).filter({ hasText: 'Toggle' }).waitFor();
    });

    it('adds the "Phishing report" template: title, tags, severity high and the toggle on', async () => {
      await page.click(testSubj('add-template'));
      const flyout = page.locator(testSubj('template-flyout'));
      await flyout.waitFor();
      await flyout.locator(testSubj('template-name-input')).fill(TEMPLATE_NAME);
      const fields = flyout.locator(testSubj('template-case-fields'));
      await fields.locator(`${testSubj('caseTitle')}`).fill(TEMPLATE_TITLE);
      for (const tag of TEMPLATE_TAGS) await addCaseTag(fields, tag);
      await chooseSeverity(page, fields, 'high');
      // In a template every custom field is optional: the required text stays the analyst's.
      await fields.locator(testSubj(`case-custom-field-${textKey}`)).filter({ hasText: 'Optional' }).waitFor();
      await customFieldSwitch(fields, toggleKey).click();
      await saveFlyout(page, 'template');

      const configuration = await configurationThroughApi(server);
      expect(configuration?.templates).toHaveLength(1);
      const [template] = configuration!.templates;
      templateKey = template.key;
      expect(template.name).toBe(TEMPLATE_NAME);
      expect(template.caseFields).toMatchObject({
        title: TEMPLATE_TITLE,
        tags: TEMPLATE_TAGS,
        severity: 'high',
        customFields: expect.arrayContaining([{ key: toggleKey, type: 'toggle', value: true }]),
      });
      // The required text the template leaves alone holds no value: the analyst must type it.
      const text = (template.caseFields?.customFields as Array<{ key: string; value: unknown }>).find((field) => field.key === textKey);
      expect(text?.value ?? null).toBeNull();
      await page.locator(`${testSubj('template-list')} ${testSubj(`template-${templateKey}`)}`).filter({ hasText: TEMPLATE_NAME }).waitFor();
    });

    it('creates a case from the template, refusing to send it until the required field is filled', async () => {
      await page.click(testSubj('configure-back-to-cases'));
      await page.locator(testSubj('all-cases-page')).waitFor();
      await page.click(testSubj('createNewCaseBtn'));
      await page.locator(testSubj('create-case-page')).waitFor();
      await pickTemplate(page, templateKey);

      // Pre-filled from the template.
      await expect(textBox(page, 'caseTitle').inputValue()).resolves.toBe(TEMPLATE_TITLE);
      for (const tag of TEMPLATE_TAGS) await page.locator(testSubj('caseTags')).getByText(tag, { exact: true }).waitFor();
      await page.locator(testSubj('case-severity-selection')).filter({ hasText: 'High' }).waitFor();
      await expect(customFieldSwitch(page, toggleKey).getAttribute('aria-checked')).resolves.toBe('true');
      await textBox(page, 'caseDescription').fill('A user forwarded a mail asking to re-enter their SSO password.');

      const posts: string[] = [];
      const onRequest = (request: Request) => {
        if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/cases') posts.push(request.url());
      };
      page.on('request', onRequest);
      await page.click(testSubj('create-case-submit'));
      const row = page.locator(testSubj(`case-custom-field-${textKey}`));
      await row.locator('.euiFormErrorText').filter({ hasText: TEXT_LABEL }).waitFor();
      await expect(customFieldText(page, textKey).getAttribute('aria-invalid')).resolves.toBe('true');
      expect(posts).toEqual([]);
      expect(new URL(page.url()).pathname).toBe('/app/cases/create');
      await screenshot(page, 'settings_create_required_error');

      await customFieldText(page, textKey).fill(TICKET);
      await row.locator('.euiFormErrorText').waitFor({ state: 'detached' });
      await page.click(testSubj('create-case-submit'));
      await page.waitForURL((url) => /^\/app\/cases\/(?!create$|configure$)[^/]+$/.test(url.pathname));
      await page.locator(testSubj('case-view-page')).waitFor();
      page.off('request', onRequest);
      expect(posts).toHaveLength(1);
      caseId = caseIdFromUrl(page);

      const created = await api<{ title: string; severity: string; tags: string[]; customFields: unknown[] }>(server, 'GET', `/api/cases/${encodeURIComponent(caseId)}`);
      expect(created).toMatchObject({ title: TEMPLATE_TITLE, severity: 'high', tags: TEMPLATE_TAGS });
      expect(created.customFields).toEqual(
        expect.arrayContaining([
          { key: textKey, type: 'text', value: TICKET },
          { key: toggleKey, type: 'toggle', value: true },
        ]),
      );
    });

    it('edits the toggle in place in the case view, and the change is still there after a reload', async () => {
      const sidebar = page.locator(testSubj('case-view-custom-fields'));
      await sidebar.waitFor();
      await sidebarValue(page, textKey).filter({ hasText: TICKET }).waitFor();
      await sidebarValue(page, toggleKey).filter({ hasText: /^On$/ }).waitFor();

      await flipSidebarToggle(page, toggleKey, 'Off');
      await page.reload();
      await sidebarValue(page, toggleKey).filter({ hasText: /^Off$/ }).waitFor();
      // Back on, from the version the reload read: a second edit meets no conflict of its own making.
      await flipSidebarToggle(page, toggleKey, 'On');
      await page.reload();
      await sidebarValue(page, toggleKey).filter({ hasText: /^On$/ }).waitFor();
      await expect(page.locator(testSubj('case-conflict-callout')).count()).resolves.toBe(0);
      const stored = await api<{ customFields: Array<{ key: string; value: unknown }> }>(server, 'GET', `/api/cases/${encodeURIComponent(caseId)}`);
      expect(stored.customFields.find((field) => field.key === toggleKey)?.value).toBe(true);
    });

    it('filters the list by the toggle and shows it as a column that survives a reload', async () => {
      // A second case with the toggle off, as a script would create it: the filter must leave it out.
      await createCaseThroughApi(server, {
        title: OTHER_TITLE,
        customFields: [
          { key: textKey, type: 'text', value: 'INC-20418' },
          { key: toggleKey, type: 'toggle', value: false },
        ],
      } as Parameters<typeof createCaseThroughApi>[1]);
      await page.goto(`${server.url}/app/cases`);
      await page.locator(testSubj('case-table-case-count')).filter({ hasText: /of 2 cases/ }).waitFor();
      expect((await listedTitles(page)).sort()).toEqual([OTHER_TITLE, TEMPLATE_TITLE].sort());

      await tickListFilter(page, 'more', toggleKey);
      await tickListFilter(page, `cf_${toggleKey}`, 'on');
      await page.locator(testSubj('case-table-case-count')).filter({ hasText: /of 1 case\b/ }).waitFor();
      await expect(listedTitles(page)).resolves.toEqual([TEMPLATE_TITLE]);
      expect(new URL(page.url()).searchParams.get(`cf_${toggleKey}`)).toBe('on');

      await switchColumn(page, toggleKey, true);
      const cells = page.locator(testSubj(`case-table-column-custom-field-${toggleKey}`));
      await expect(cells.allInnerTexts()).resolves.toEqual(['On']);

      // Off instead of on: exactly the other case, its column reading Off.
      await tickListFilter(page, `cf_${toggleKey}`, 'on');
      await tickListFilter(page, `cf_${toggleKey}`, 'off');
      await eventually(() => listedTitles(page), (titles) => titles.length === 1 && titles[0] === OTHER_TITLE, 'only the case with the toggle off');
      await expect(cells.allInnerTexts()).resolves.toEqual(['Off']);

      expect(new URL(page.url()).searchParams.get(`cf_${toggleKey}`)).toBe('off');
      await page.reload();
      await page.locator(testSubj('all-cases-page')).waitFor();
      // The filter lives in the URL: the reloaded page reads it back and the count says so.
      expect(new URL(page.url()).searchParams.get(`cf_${toggleKey}`)).toBe('off');
      await page.locator(testSubj('case-table-case-count')).filter({ hasText: /of 1 case\b/ }).waitFor();
      await expect(listedTitles(page)).resolves.toEqual([OTHER_TITLE]);
      await expect(cells.allInnerTexts()).resolves.toEqual(['Off']);
      const stored = await page.evaluate(() => window.localStorage.getItem('cases.list.tableColumns'));
      expect(stored).toContain(toggleKey);
    });

    it("keeps what the admin typed when someone else saved the settings first (409)", async () => {
      await gotoSettings(page, server);
      await page.click(testSubj('add-custom-field'));
      const flyout = await fillCustomFieldFlyout(page, { label: 'Affected users', type: 'number' });

      // Another admin changes the closure option behind the page's back.
      const before = await configurationThroughApi(server);
      await patchConfigurationThroughApi(server, before!, { closure_type: 'close-by-pushing' });

      const conflicts: string[] = [];
      page.on('response', (response) => {
        if (response.status() === 409) conflicts.push(`${response.request().method()} ${new URL(response.url()).pathname}`);
      });
      await flyout.locator(testSubj('custom-field-save')).click();
      await flyout.locator(testSubj('custom-field-conflict')).waitFor();
      expect(conflicts).toEqual([`PATCH /api/cases/configure/${before!.id}`]);
      // Chromium reports the refused request on the console; that one is expected, nothing else is.
      const expected = browser.errors.filter((error) => /status of 409/.test(error));
      expect(expected).toHaveLength(1);
      browser.errors.splice(0, browser.errors.length, ...browser.errors.filter((error) => !/status of 409/.test(error)));

      await expect(flyout.locator(testSubj('custom-field-label-input')).inputValue()).resolves.toBe('Affected users');
      await flyout.locator(testSubj('custom-field-type-select')).filter({ hasText: 'Number' }).waitFor();
      // Behind the flyout, the page now shows the other admin's closure option.
      await expect(page.locator(`${testSubj('closure-options-radio-group')} input#close-by-pushing`).isChecked()).resolves.toBe(true);

      await saveFlyout(page, 'custom-field');
      const after = await configurationThroughApi(server);
      expect(after?.closure_type).toBe('close-by-pushing');
      expect(after?.customFields.map((field) => field.label)).toEqual([TEXT_LABEL, TOGGLE_LABEL, 'Affected users']);
    });
  });

  describe.each(['light', 'dark'] as const)('screenshots, %s mode', (mode) => {
    const browser = browserForSuite({ viewport: { width: 1600, height: 1000 }, colorScheme: mode });
    let page: Page;

    beforeAll(async () => {
      page = browser.page;
      await login(page, server);
      // The list's column choice is this browser's own: switched on once, kept in local storage.
      await page.locator(testSubj('all-cases-page')).waitFor();
      await switchColumn(page, toggleKey, true);
    });

    async function expectNoSidewaysScroll(label: string) {
      const overflow = await pageOverflow(page);
      expectLayout(overflow.scrollWidth <= overflow.clientWidth + 1, `${label} scrolls sideways`, overflow);
    }

    for (const size of [{ width: 1600, height: 1000 }, { width: 1024, height: 768 }]) {
      const tag = `${size.width}_${mode}`;

      it(`the Settings page and its flyouts at ${size.width}`, async () => {
        expect(templateKey).not.toBe('');
        await page.setViewportSize(size);
        await gotoSettings(page, server);
        await page.locator(testSubj(`template-${templateKey}`)).waitFor();
        // Nothing is saving: every edit and delete button is live, not greyed out.
        const itemButtons = page.locator(`${testSubj('configure-cases-page')} button[aria-label^="Edit "], ${testSubj('configure-cases-page')} button[aria-label^="Delete "]`);
        await expect(itemButtons.count()).resolves.toBe(8);
        await expect(itemButtons.evaluateAll((buttons) => buttons.filter((button) => (button as HTMLButtonElement).disabled).length)).resolves.toBe(0);
        await iconsDrawn(page, `the Settings page ${tag}`);
        await screenshot(page, `settings_page_${tag}`);
        await expectNoSidewaysScroll(`Settings page ${tag}`);

        await page.click(testSubj(`custom-field-edit-${textKey}`));
        await page.locator(testSubj('custom-field-flyout')).waitFor();
        await iconsDrawn(page, `the custom field flyout ${tag}`);
        await viewportScreenshot(page, `settings_custom_field_flyout_${tag}`);
        await page.click(testSubj('custom-field-cancel'));
        await page.locator(testSubj('custom-field-flyout')).waitFor({ state: 'detached' });

        await page.click(testSubj(`template-edit-${templateKey}`));
        const flyout = page.locator(testSubj('template-flyout'));
        await flyout.locator(testSubj(`case-custom-field-${toggleKey}`)).waitFor();
        await iconsDrawn(page, `the template flyout ${tag}`);
        await viewportScreenshot(page, `settings_template_flyout_${tag}`);
        // The lower half of the flyout: the template's Additional fields, the toggle on.
        await flyout.locator(testSubj('create-case-custom-fields')).scrollIntoViewIfNeeded();
        await flyout.locator(testSubj('template-save')).waitFor();
        await viewportScreenshot(page, `settings_template_flyout_fields_${tag}`);
        await page.click(testSubj('template-cancel'));
        await flyout.waitFor({ state: 'detached' });
      });

      it(`the create form with the template picked at ${size.width}`, async () => {
        await page.setViewportSize(size);
        await page.goto(`${server.url}/app/cases/create`);
        await page.locator(testSubj('create-case-page')).waitFor();
        await pickTemplate(page, templateKey);
        await expect(textBox(page, 'caseTitle').inputValue()).resolves.toBe(TEMPLATE_TITLE);
        await page.locator(testSubj('create-case-custom-fields')).waitFor();
        await iconsDrawn(page, `settings_create_form_${tag}`);
        await screenshot(page, `settings_create_form_${tag}`);
        await expectNoSidewaysScroll(`create form ${tag}`);
        // Leave through Cancel, which drops the draft the template made.
        await page.click(testSubj('create-case-cancel'));
        await page.click(testSubj('confirmModalConfirmButton'));
        await page.locator(testSubj('all-cases-page')).waitFor();
      });

      it(`the case view's custom fields at ${size.width}`, async () => {
        await page.setViewportSize(size);
        await page.goto(`${server.url}/app/cases/${encodeURIComponent(caseId)}`);
        await sidebarValue(page, toggleKey).filter({ hasText: /^On$/ }).waitFor();
        await iconsDrawn(page, `settings_case_sidebar_${tag}`);
        await screenshot(page, `settings_case_sidebar_${tag}`);
        await expectNoSidewaysScroll(`case view ${tag}`);
      });

      it(`the list filtered by the toggle with its column at ${size.width}`, async () => {
        await page.setViewportSize(size);
        await page.goto(`${server.url}/app/cases?cf_${toggleKey}=on`);
        await page.locator(testSubj('case-table-case-count')).filter({ hasText: /of 1 case\b/ }).waitFor();
        await expect(listedTitles(page)).resolves.toEqual([TEMPLATE_TITLE]);
        const cells = page.locator(testSubj(`case-table-column-custom-field-${toggleKey}`));
        // Below EUI's xl breakpoint custom columns wait for a wider window, as tags do.
        await expect(cells.allInnerTexts()).resolves.toEqual(size.width >= 1200 ? ['On'] : []);
        await iconsDrawn(page, `settings_list_filtered_${tag}`);
        await screenshot(page, `settings_list_filtered_${tag}`);
        await expectNoSidewaysScroll(`list ${tag}`);
        if (size.width < 1200) {
          // The picker says so rather than dropping the analyst's choice silently.
          await page.click(testSubj('column-selection-popover-button'));
          await page.locator(testSubj(`column-selection-narrow-${toggleKey}`)).waitFor();
          await screenshot(page, `settings_list_columns_${tag}`);
          await page.keyboard.press('Escape');
        }
      });
    }
  });
});

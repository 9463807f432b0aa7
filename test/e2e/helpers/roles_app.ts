/**
 * What the roles browser flow shares: the user, space and role forms as
 * an administrator fills them, counting the controls a page offers (so a test can say a control
 * is absent for one user and present for another on the same page), and the space switcher's
 * list as a user sees it.
 */
import type { Locator, Page } from 'playwright-core';
import type { ServerProcess } from '../../helpers/server_process';
import { testSubj } from './browser';
import { api, eventually, type Credentials } from './cases_app';

/** Whole-word text match for an option label: "soc_l1" must not pick "soc_l1_extra". */
function exactly(label: string): RegExp {
  return new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}

/**
 * Picks `label` in the EUI combo box `combo`: types it to narrow the list, then clicks the
 * option itself (Enter would take whichever option EUI happens to highlight), and closes the list.
 */
export async function pickComboOption(page: Page, combo: Locator, label: string): Promise<void> {
  const input = combo.locator('input').first();
  await input.click();
  await input.fill(label);
  await page.locator('[role="listbox"] [role="option"]').filter({ hasText: exactly(label) }).first().click();
  await combo.locator('.euiComboBoxPill').filter({ hasText: exactly(label) }).waitFor();
  // A multi-select keeps its list open over the form below; Escape closes the list alone.
  await input.press('Escape');
  await page.locator('[role="listbox"]').waitFor({ state: 'detached' });
}

/** Fills the create-user flyout (opened by the page's Create user button) and saves it. */
export async function createUserThroughPage(page: Page, user: Credentials & { fullName?: string; roles: string[] }): Promise<void> {
  await page.click(testSubj('createUser'));
  const flyout = page.locator(testSubj('userFormFlyout'));
  await flyout.waitFor();
  await flyout.locator(testSubj('userFormUsername')).fill(user.username);
  if (user.fullName) await flyout.locator(testSubj('userFormFullName')).fill(user.fullName);
  await flyout.locator(`${testSubj('userFormPassword')}`).fill(user.password);
  await flyout.locator(`${testSubj('userFormConfirmPassword')}`).fill(user.password);
  for (const role of user.roles) await pickComboOption(page, flyout.locator(testSubj('userFormRoles')), role);
  await flyout.locator(testSubj('userFormSave')).click();
  await flyout.waitFor({ state: 'detached' });
}

/** Creates a space from the spaces management page (already open); its id follows from the name. */
export async function createSpaceThroughPage(page: Page, space: { name: string; id: string }): Promise<void> {
  await page.click(testSubj('createSpace'));
  const flyout = page.locator(testSubj('spaceFormFlyout'));
  await flyout.waitFor();
  await flyout.locator(testSubj('spaceFormName')).fill(space.name);
  // The form derives the URL identifier from the name; the flow checks it did so.
  await eventually(() => flyout.locator(testSubj('spaceFormId')).inputValue(), (id) => id === space.id, `the space id to read ${space.id}`);
  await flyout.locator(testSubj('spaceFormSave')).click();
  await flyout.waitFor({ state: 'detached' });
  await page.locator(testSubj(`spacesListTableRow-${space.id}`)).waitFor();
}

export interface RoleFeatureGrant {
  spaceName: string;
  featureId: string;
  level: 'read' | 'all';
}

/** Fills the create-role flyout (open) with one privilege entry; the caller photographs, then saves. */
export async function fillRoleForm(page: Page, name: string, grant: RoleFeatureGrant): Promise<Locator> {
  const flyout = page.locator(testSubj('roleFormFlyout'));
  await flyout.locator(testSubj('roleFormName')).waitFor();
  await flyout.locator(testSubj('roleFormName')).fill(name);
  const entry = flyout.locator(testSubj('privilegeEntry-0'));
  await pickComboOption(page, entry.locator(testSubj('privilegeEntrySpaces')), grant.spaceName);
  // Per feature is where a new entry starts; clicking it anyway keeps the flow honest if that changes.
  await entry.locator(testSubj('basePrivilege-none')).click();
  await entry.locator(testSubj(`featurePrivilege-${grant.featureId}-${grant.level}`)).click();
  await entry.locator(`${testSubj(`featurePrivilege-${grant.featureId}-${grant.level}`)}[aria-pressed="true"]`).waitFor();
  return flyout;
}

/** How many of each control the page shows now: 0 is absent, as the test reports it. */
export async function countControls(scope: Page | Locator, subjects: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const subject of subjects) counts[subject] = await scope.locator(testSubj(subject)).count();
  return counts;
}

/**
 * Opens a menu by its button, waits for an item every user gets (so an absent item is absent,
 * not late), counts `subjects` in it, and closes it again.
 */
export async function countMenuItems(page: Page, button: Locator, alwaysThere: string, subjects: readonly string[]): Promise<Record<string, number>> {
  await button.click();
  await page.locator(testSubj(alwaysThere)).waitFor();
  const counts = await countControls(page, subjects);
  await page.keyboard.press('Escape');
  await page.locator(testSubj(alwaysThere)).waitFor({ state: 'detached' });
  return counts;
}

/** The space ids the header's space switcher offers, read from its open list, which it then closes. */
export async function switcherSpaceIds(page: Page): Promise<string[]> {
  await page.click(testSubj('spacesNavSelector'));
  const list = page.locator(testSubj('spaceSelectorList'));
  await list.locator('[role="option"]').first().waitFor();
  const subjects = await list.locator('[data-test-subj^="space-avatar-"]').evaluateAll((options) =>
    options.map((option) => option.getAttribute('data-test-subj') ?? ''),
  );
  return subjects.map((subject) => subject.replace(/^space-avatar-/, ''));
}

/** Closes the switcher's list as a mouse user would: its button toggles it. */
export async function closeSwitcher(page: Page): Promise<void> {
  await page.click(testSubj('spacesNavSelector'));
  await page.locator(testSubj('spaceSelectorList')).waitFor({ state: 'detached' });
}

/** Closes every toast, so a photo shows the page rather than a notice that covers part of it. */
export async function dismissToasts(page: Page): Promise<void> {
  const close = page.locator('[data-test-subj="toastCloseButton"]');
  // EUI also dismisses a toast on a timer: one may leave between the count and the click, which
  // must then not wait for a button that is gone. The count decides; a stuck toast fails below.
  for (let attempt = 0; attempt < 20 && (await close.count()) > 0; attempt++) {
    await close.first().click({ timeout: 2_000 }).catch(() => undefined);
  }
  await close.first().waitFor({ state: 'detached', timeout: 5_000 });
}

/** A user made as a script would make one (the users API): for flows that are not about the users page. */
export function createUserThroughApi(server: ServerProcess, user: Credentials & { roles: string[] }) {
  return api(server, 'POST', `/internal/security/users/${encodeURIComponent(user.username)}`, { password: user.password, roles: user.roles });
}

/** Closes a case as the superuser, through the API. */
export async function closeCaseThroughApi(server: ServerProcess, id: string, version: string): Promise<void> {
  await api(server, 'PATCH', '/api/cases', { cases: [{ id, version, status: 'closed' }] });
}

/** The id of the comment whose text is `text`, read from the case's comments as the superuser. */
export async function commentIdByText(server: ServerProcess, caseId: string, text: string): Promise<string> {
  const found = await api<{ comments: Array<{ id: string; comment?: string }> }>(server, 'GET', `/api/cases/${encodeURIComponent(caseId)}/comments/_find?perPage=100`);
  const comment = found.comments.find((entry) => entry.comment === text);
  if (!comment) throw new Error(`no comment reading "${text}" on case ${caseId}: ${JSON.stringify(found.comments.map((entry) => entry.comment))}`);
  return comment.id;
}

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestCore, ELASTIC_USER, renderWithCore } from '../../test_helpers/render_with_core';
import { type RecordedRequest } from '../../test_helpers/mock_fetch';
import { ROLES, USERS } from '../test_fixtures';
import { UsersGridPage } from './users_grid_page';
import { validateUserForm, initialUserValues } from './user_validation';

const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });

function renderPage(routes = {}) {
  const test = createTestCore({
    routes: {
      'GET /internal/security/users': { body: USERS },
      'GET /api/security/role': { body: ROLES },
      'GET /internal/security/me': { body: ELASTIC_USER },
      ...routes,
    },
  });
  renderWithCore(<UsersGridPage />, test.core);
  return test;
}

/** One paste rather than a keystroke per letter: EUI fields re-render on each. */
async function fill(u: ReturnType<typeof user>, testSubj: string, text: string) {
  await u.click(screen.getByTestId(testSubj));
  await u.paste(text);
}

async function pickRole(u: ReturnType<typeof user>, name: string) {
  await u.click(within(screen.getByTestId('userFormRoles')).getByTestId('comboBoxSearchInput'));
  await u.paste(name);
  await u.keyboard('{Enter}');
}

describe('user validation', () => {
  const valid = { ...initialUserValues(), username: 'carol', password: 'secret', confirmPassword: 'secret' };

  it('mirrors the server rules: username pattern and six-character passwords', () => {
    expect(validateUserForm(valid, { isEdit: false, existing: [] })).toEqual({});
    expect(validateUserForm({ ...valid, username: 'no spaces' }, { isEdit: false, existing: [] }).username).toBeDefined();
    expect(validateUserForm({ ...valid, password: '12345', confirmPassword: '12345' }, { isEdit: false, existing: [] }).password).toBeDefined();
    expect(validateUserForm({ ...valid, confirmPassword: 'other!' }, { isEdit: false, existing: [] }).confirmPassword).toBeDefined();
    expect(validateUserForm(valid, { isEdit: false, existing: ['carol'] }).username).toMatch(/already exists/);
    expect(validateUserForm({ ...valid, email: 'not-an-email' }, { isEdit: false, existing: [] }).email).toBeDefined();
  });
});

describe('UsersGridPage', () => {
  it('lists users with their names, emails, roles and status', async () => {
    renderPage();
    const alice = await screen.findByTestId('userRow-alice');
    expect(alice).toHaveTextContent('Alice Analyst');
    expect(alice).toHaveTextContent('alice@example.com');
    expect(within(alice).getByTestId('userRole-soc_l1')).toBeInTheDocument();
    expect(alice).toHaveTextContent('Active');
    const bob = screen.getByTestId('userRow-bob');
    expect(within(bob).getByTestId('userRole-viewer')).toBeInTheDocument();
    expect(within(bob).getByTestId('userRole-eu_analyst')).toBeInTheDocument();
    expect(bob).toHaveTextContent('Deactivated');
    // The reserved user and the caller themself cannot be deleted from here.
    expect(screen.getByTestId('deleteUser-elastic')).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByTestId('deleteUser-alice')).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('creates a user with roles after validation passes', async () => {
    let created: RecordedRequest | undefined;
    const { fetchMock } = renderPage({
      'POST /internal/security/users/carol': (request: RecordedRequest) => ((created = request), { body: request.body }),
    });
    const u = user();
    await u.click(await screen.findByTestId('createUser'));
    await fill(u, 'userFormUsername', 'carol');
    await fill(u, 'userFormPassword', 'short');
    await u.click(screen.getByTestId('userFormSave'));
    expect(screen.getByText('Password must be at least 6 characters.')).toBeInTheDocument();
    expect(screen.getByText('Passwords do not match.')).toBeInTheDocument();
    expect(created).toBeUndefined();

    await fill(u, 'userFormPassword', 'er!');
    await fill(u, 'userFormConfirmPassword', 'shorter!');
    await fill(u, 'userFormFullName', 'Carol Responder');
    await pickRole(u, 'soc_l1');
    await pickRole(u, 'eu_analyst');
    await u.click(screen.getByTestId('userFormSave'));

    await waitFor(() => expect(created).toBeDefined());
    expect(created).toMatchObject({ url: '/internal/security/users/carol', headers: { 'kbn-xsrf': 'true' } });
    expect(created?.body).toEqual({
      username: 'carol',
      password: 'shorter!',
      full_name: 'Carol Responder',
      email: null,
      roles: ['soc_l1', 'eu_analyst'],
    });
    expect(await screen.findByTestId('userSavedToast')).toHaveTextContent("User 'carol' was saved");
    await waitFor(() => expect(screen.queryByTestId('userFormFlyout')).not.toBeInTheDocument());
    expect(fetchMock.calls.filter((call) => call.url === '/internal/security/users' && call.method === 'GET').length).toBeGreaterThan(1);
  });

  it('refuses to create a user whose name is taken, without calling the server', async () => {
    const { fetchMock } = renderPage();
    const u = user();
    await u.click(await screen.findByTestId('createUser'));
    await fill(u, 'userFormUsername', 'alice');
    await fill(u, 'userFormPassword', 'secret1');
    await fill(u, 'userFormConfirmPassword', 'secret1');
    await u.click(screen.getByTestId('userFormSave'));
    expect(screen.getByText("User 'alice' already exists.")).toBeInTheDocument();
    expect(fetchMock.calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('edits roles, name and status, sending no password', async () => {
    let updated: RecordedRequest | undefined;
    renderPage({ 'POST /internal/security/users/bob': (request: RecordedRequest) => ((updated = request), { body: request.body }) });
    const u = user();
    await u.click(await screen.findByTestId('editUser-bob'));
    expect(screen.getByTestId('userFormUsername')).toHaveAttribute('readonly');
    expect(screen.queryByTestId('userFormPassword')).not.toBeInTheDocument();
    // Remove viewer, add soc_l1.
    await u.click(within(screen.getByTestId('userFormRoles')).getByRole('button', { name: /Remove viewer/ }));
    await pickRole(u, 'soc_l1');
    await fill(u, 'userFormFullName', 'Bob Auditor');
    await u.click(screen.getByTestId('userFormEnabled'));
    await u.click(screen.getByTestId('userFormSave'));
    await waitFor(() => expect(updated).toBeDefined());
    expect(updated?.body).toEqual({ username: 'bob', roles: ['eu_analyst', 'soc_l1'], full_name: 'Bob Auditor', email: null, enabled: true });
  });

  it('shows the reserved elastic user read-only', async () => {
    renderPage();
    const u = user();
    await u.click(await screen.findByTestId('editUser-elastic'));
    expect(screen.getByTestId('userFormReservedCallout')).toBeInTheDocument();
    expect(screen.getByTestId('userFormFullName')).toHaveAttribute('readonly');
    expect(screen.getByTestId('userFormEmail')).toHaveAttribute('readonly');
    expect(within(screen.getByTestId('userFormRoles')).getByTestId('comboBoxSearchInput')).toBeDisabled();
    expect(screen.getByTestId('userFormEnabled')).toBeDisabled();
    expect(screen.queryByTestId('userFormSave')).not.toBeInTheDocument();
  });

  it("shows the server's message when the save is refused", async () => {
    renderPage({
      'POST /internal/security/users/alice': { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Unknown role(s): [ghost]' } },
    });
    const u = user();
    await u.click(await screen.findByTestId('editUser-alice'));
    await u.click(screen.getByTestId('userFormSave'));
    expect(await screen.findByTestId('userFormServerError')).toHaveTextContent('Unknown role(s): [ghost]');
    expect(screen.getByTestId('userFormFlyout')).toBeInTheDocument();
  });

  it('deletes a user only after confirmation', async () => {
    let deleted = false;
    renderPage({ 'DELETE /internal/security/users/alice': () => ((deleted = true), { status: 204 }) });
    const u = user();
    await u.click(await screen.findByTestId('deleteUser-alice'));
    await u.click(within(await screen.findByTestId('deleteUserModal')).getByTestId('confirmModalCancelButton'));
    expect(deleted).toBe(false);
    await u.click(screen.getByTestId('deleteUser-alice'));
    await u.click(within(await screen.findByTestId('deleteUserModal')).getByTestId('confirmModalConfirmButton'));
    await waitFor(() => expect(deleted).toBe(true));
    expect(await screen.findByTestId('userDeletedToast')).toHaveTextContent("User 'alice' was deleted");
  });

  it('tells a non-administrator they may not manage users', async () => {
    renderPage({
      'GET /internal/security/users': {
        status: 403,
        body: { statusCode: 403, error: 'Forbidden', message: 'action [manage_security] is unauthorized for user [alice]' },
      },
    });
    const callout = await screen.findByTestId('usersLoadError');
    expect(callout).toHaveTextContent('You do not have permission to manage users');
    expect(callout).toHaveTextContent('manage_security');
  });
});

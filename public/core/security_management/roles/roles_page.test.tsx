import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { createTestCore, DEFAULT_SPACE, ELASTIC_USER, renderWithCore, SOC_SPACE } from '../../test_helpers/render_with_core';
import { type RecordedRequest } from '../../test_helpers/mock_fetch';
import { SecurityManagementRoutes } from '../security_management_app';
import { FEATURES, ROLES, USERS } from '../test_fixtures';

const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });

function renderRoles(routes = {}, path = '/security/roles') {
  const test = createTestCore({
    routes: {
      'GET /api/security/role': { body: ROLES },
      'GET /api/features': { body: FEATURES },
      'GET /api/spaces/space': { body: [DEFAULT_SPACE, SOC_SPACE] },
      'GET /internal/security/users': { body: USERS },
      'GET /internal/security/me': { body: ELASTIC_USER },
      ...routes,
    },
  });
  renderWithCore(
    <MemoryRouter initialEntries={[path]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <SecurityManagementRoutes />
    </MemoryRouter>,
    test.core,
  );
  return test;
}

async function pickSpace(u: ReturnType<typeof user>, entry: HTMLElement, label: string) {
  await u.click(within(within(entry).getByTestId('privilegeEntrySpaces')).getByTestId('comboBoxSearchInput'));
  await u.paste(label);
  await u.keyboard('{Enter}');
}

/** Opens the create flyout and names the role; returns the first privilege entry. */
async function startRole(u: ReturnType<typeof user>, name: string) {
  await u.click(await screen.findByTestId('createRole'));
  await u.click(await screen.findByTestId('roleFormName'));
  await u.paste(name);
  return screen.findByTestId('privilegeEntry-0');
}

function capturePut(name: string) {
  const sent: { request?: RecordedRequest } = {};
  return { sent, route: { [`PUT /api/security/role/${name}`]: (request: RecordedRequest) => ((sent.request = request), { status: 204 }) } };
}

describe('RolesGridPage', () => {
  it('lists roles with a reserved badge on the built-in ones', async () => {
    renderRoles();
    const l1 = await screen.findByTestId('roleRow-soc_l1');
    expect(within(l1).getByTestId('roleReservedBadge-soc_l1')).toBeInTheDocument();
    expect(l1).toHaveTextContent('SOC analyst, level 1');
    const custom = screen.getByTestId('roleRow-eu_analyst');
    expect(within(custom).queryByTestId('roleReservedBadge-eu_analyst')).not.toBeInTheDocument();
    expect(screen.getByTestId('deleteRole-soc_l1')).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByTestId('deleteRole-eu_analyst')).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('creates a role with a base privilege in chosen spaces', async () => {
    const { sent, route } = capturePut('auditors');
    renderRoles(route);
    const u = user();
    const entry = await startRole(u, 'auditors');
    await pickSpace(u, entry, 'SOC EU');
    await pickSpace(u, entry, 'Default');
    await u.click(within(entry).getByTestId('basePrivilege-read'));
    expect(within(entry).queryByTestId('featurePrivileges')).not.toBeInTheDocument();
    await u.click(screen.getByTestId('roleFormSave'));

    await waitFor(() => expect(sent.request).toBeDefined());
    // A new role must not overwrite one created meanwhile under the same name.
    expect(sent.request?.url).toBe('/api/security/role/auditors?createOnly=true');
    expect(sent.request?.body).toEqual({
      elasticsearch: { cluster: [], indices: [], run_as: [] },
      kibana: [{ base: ['read'], feature: {}, spaces: ['soc-eu', 'default'] }],
    });
    expect(await screen.findByTestId('roleSavedToast')).toHaveTextContent("Role 'auditors' was saved");
  });

  it('creates a role with custom feature privileges (minimal_all + create_comment) in all spaces', async () => {
    const { sent, route } = capturePut('commenters');
    renderRoles(route);
    const u = user();
    const entry = await startRole(u, 'commenters');
    await pickSpace(u, entry, 'All spaces');
    const row = within(entry).getByTestId('featurePrivilegeRow-securitySolutionCasesV3');
    await u.click(within(row).getByTestId('featurePrivilege-securitySolutionCasesV3-custom'));
    await u.click(within(row).getByTestId('featurePrimary-securitySolutionCasesV3-minimal_all'));
    await u.click(within(row).getByTestId('featureSubPrivilege-securitySolutionCasesV3-create_comment'));
    // Another feature at plain read, to see both shapes in one body.
    await u.click(within(entry).getByTestId('featurePrivilege-observabilityCasesV3-read'));
    await u.click(screen.getByTestId('roleFormDescription'));
    await u.paste('Works cases, comments');
    await u.click(screen.getByTestId('roleFormSave'));

    await waitFor(() => expect(sent.request).toBeDefined());
    expect(sent.request?.body).toEqual({
      description: 'Works cases, comments',
      elasticsearch: { cluster: [], indices: [], run_as: [] },
      kibana: [
        {
          base: [],
          feature: { securitySolutionCasesV3: ['minimal_all', 'create_comment'], observabilityCasesV3: ['read'] },
          spaces: ['*'],
        },
      ],
    });
  });

  it('refuses an entry that grants nothing or names no space, without calling the server', async () => {
    const { sent, route } = capturePut('empty');
    renderRoles(route);
    const u = user();
    await startRole(u, 'empty');
    await u.click(screen.getByTestId('roleFormSave'));
    expect(await screen.findByText('Select at least one space.')).toBeInTheDocument();
    expect(screen.getByText('Choose a privilege for all features, or for at least one feature.')).toBeInTheDocument();
    expect(sent.request).toBeUndefined();
  });

  it('edits a role, keeping what the editor does not show', async () => {
    const { sent, route } = capturePut('eu_analyst');
    renderRoles(route);
    const u = user();
    await u.click(await screen.findByTestId('editRole-eu_analyst'));
    const entry = await screen.findByTestId('privilegeEntry-0');
    expect(within(entry).getByTestId('featurePrivilege-securitySolutionCasesV3-all')).toHaveAttribute('aria-pressed', 'true');
    // Drop delete from the security feature: all becomes custom without cases_delete.
    await u.click(within(entry).getByTestId('featurePrivilege-securitySolutionCasesV3-custom'));
    await u.click(within(entry).getByTestId('featureSubPrivilege-securitySolutionCasesV3-cases_delete'));
    await u.click(screen.getByTestId('roleFormSave'));

    await waitFor(() => expect(sent.request).toBeDefined());
    expect(sent.request?.url).toBe('/api/security/role/eu_analyst');
    expect(sent.request?.body).toEqual({
      description: 'Security cases in the EU space',
      metadata: { team: 'eu' },
      elasticsearch: { cluster: ['monitor'], indices: [], run_as: [] },
      kibana: [
        {
          base: [],
          feature: {
            someOtherPluginFeature: ['read'],
            securitySolutionCasesV3: ['minimal_all', 'cases_settings', 'create_comment', 'case_reopen', 'cases_assign'],
          },
          spaces: ['soc-eu'],
        },
      ],
    });
  });

  it('opens a reserved role read-only', async () => {
    const { fetchMock } = renderRoles();
    const u = user();
    await u.click(await screen.findByTestId('editRole-soc_l1'));
    expect(await screen.findByTestId('roleFormReservedCallout')).toBeInTheDocument();
    const entry = screen.getByTestId('privilegeEntry-0');
    const row = within(entry).getByTestId('featurePrivilegeRow-securitySolutionCasesV3');
    expect(within(row).getByTestId('featurePrivilege-securitySolutionCasesV3-custom')).toHaveAttribute('aria-pressed', 'true');
    expect(within(row).getByTestId('featurePrimary-securitySolutionCasesV3-minimal_all')).toHaveAttribute('aria-pressed', 'true');
    expect(within(row).getByTestId('featureSubPrivilege-securitySolutionCasesV3-create_comment')).toBeChecked();
    expect(within(row).getByTestId('featureSubPrivilege-securitySolutionCasesV3-cases_delete')).not.toBeChecked();
    expect(within(row).getByTestId('featureSubPrivilege-securitySolutionCasesV3-cases_delete')).toBeDisabled();
    expect(within(row).getByTestId('featurePrivilege-securitySolutionCasesV3-none')).toBeDisabled();
    expect(screen.getByTestId('roleFormDescription')).toHaveAttribute('readonly');
    expect(screen.queryByTestId('roleFormSave')).not.toBeInTheDocument();
    expect(screen.queryByTestId('addPrivilegeEntry')).not.toBeInTheDocument();
    expect(screen.queryByTestId('removePrivilegeEntry')).not.toBeInTheDocument();
    expect(fetchMock.calls.some((call) => call.method === 'PUT')).toBe(false);
  });

  it("shows the server's message when the role is refused", async () => {
    renderRoles({
      'PUT /api/security/role/auditors': {
        status: 409,
        body: { statusCode: 409, error: 'Conflict', message: 'Role [auditors] already exists' },
      },
    });
    const u = user();
    const entry = await startRole(u, 'auditors');
    await pickSpace(u, entry, 'All spaces');
    await u.click(within(entry).getByTestId('basePrivilege-all'));
    await u.click(screen.getByTestId('roleFormSave'));
    expect(await screen.findByTestId('roleFormServerError')).toHaveTextContent('Role [auditors] already exists');
    expect(screen.getByTestId('roleFormFlyout')).toBeInTheDocument();
  });

  it('deletes a role after confirmation', async () => {
    let deleted = false;
    renderRoles({ 'DELETE /api/security/role/eu_analyst': () => ((deleted = true), { status: 204 }) });
    const u = user();
    await u.click(await screen.findByTestId('deleteRole-eu_analyst'));
    await u.click(within(await screen.findByTestId('deleteRoleModal')).getByTestId('confirmModalConfirmButton'));
    await waitFor(() => expect(deleted).toBe(true));
    expect(await screen.findByTestId('roleDeletedToast')).toBeInTheDocument();
  });
});

describe('security management tabs', () => {
  it('opens the users page by default and switches to roles', async () => {
    renderRoles({}, '/');
    expect(await screen.findByTestId('userRow-alice')).toBeInTheDocument();
    await user().click(screen.getByTestId('securityTab-roles'));
    expect(await screen.findByTestId('roleRow-soc_l1')).toBeInTheDocument();
    expect(screen.queryByTestId('usersTable')).not.toBeInTheDocument();
  });
});

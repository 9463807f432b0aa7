import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { type CapabilitiesResponse } from '../../../common/core/capabilities';
import { createApplicationService, type App } from '../application_service';
import { Header } from '../chrome/header';
import { CONNECTORS_PAGE_PATH } from '../connectors_management/capabilities';
import { CONNECTOR_TYPES, CONNECTORS } from '../connectors_management/test_fixtures';
import { noCapabilities } from '../test_helpers/capabilities';
import { createTestCore, createTestQueryClient, DEFAULT_SPACE, ELASTIC_USER, renderWithCore } from '../test_helpers/render_with_core';
import { registerSecurityManagementApp } from './register';
import { SecurityManagementRoutes } from './security_management_app';
import { ROLES, USERS } from './test_fixtures';

const ROUTES = {
  'GET /api/actions/connectors': { body: CONNECTORS },
  'GET /api/actions/connector_types': { body: CONNECTOR_TYPES },
  'GET /internal/security/users': { body: USERS },
  'GET /api/security/role': { body: ROLES },
  'GET /internal/security/me': { body: ELASTIC_USER },
  'GET /api/spaces/space': { body: [DEFAULT_SPACE] },
  'GET /internal/spaces/_active_space': { body: DEFAULT_SPACE },
};

const ADMIN = { ...noCapabilities(), management: { security: { users: true, roles: true } } };
const connectorsOnly = (actions: Record<string, boolean>): CapabilitiesResponse => ({ ...noCapabilities(), actions });

function managementApp(): App {
  const application = createApplicationService();
  registerSecurityManagementApp(application, createTestQueryClient());
  return application.getApp('management')!;
}

function renderRoutes(path: string, capabilities: CapabilitiesResponse) {
  const test = createTestCore({ capabilities, routes: ROUTES });
  renderWithCore(
    <MemoryRouter initialEntries={[path]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <SecurityManagementRoutes />
    </MemoryRouter>,
    test.core,
  );
  return test;
}

function renderHeader(capabilities: CapabilitiesResponse) {
  const test = createTestCore({ capabilities, routes: ROUTES });
  renderWithCore(<Header apps={[managementApp()]} activeAppId="cases" />, test.core);
  return test;
}

describe('management app: connectors gating', () => {
  it('is available to a caller with either users management or the actions show capability', () => {
    const app = managementApp();
    expect(app.isAvailable?.(ADMIN)).toBe(true);
    expect(app.isAvailable?.(connectorsOnly({ show: true }))).toBe(true);
    expect(app.isAvailable?.(connectorsOnly({ show: false, save: true }))).toBe(false);
    expect(app.isAvailable?.(noCapabilities())).toBe(false);
  });

  it('shows the Connectors link only with actions.show, and opens the connectors page', async () => {
    const { core } = renderHeader(connectorsOnly({ show: true }));
    expect(screen.queryByTestId('appLink-management')).not.toBeInTheDocument();
    const link = screen.getByTestId('appLink-connectors');
    expect(link).toHaveAttribute('href', `/app/management${CONNECTORS_PAGE_PATH}`);
    await userEvent.setup().click(link);
    expect(core.navigateToApp).toHaveBeenCalledWith('management', { path: CONNECTORS_PAGE_PATH });
  });

  it('keeps "Users and roles" for an administrator without connectors', () => {
    renderHeader(ADMIN);
    expect(screen.getByTestId('appLink-management')).toHaveTextContent('Users and roles');
    expect(screen.queryByTestId('appLink-connectors')).not.toBeInTheDocument();
  });

  it('shows no management link at all without either capability', () => {
    renderHeader(noCapabilities());
    expect(screen.queryByTestId('appLink-management')).not.toBeInTheDocument();
    expect(screen.queryByTestId('appLink-connectors')).not.toBeInTheDocument();
  });

  it('serves the connectors page at Kibana path for actions.show', async () => {
    renderRoutes(CONNECTORS_PAGE_PATH, connectorsOnly({ show: true }));
    expect(await screen.findByTestId('connector-row-jira-1')).toBeInTheDocument();
    // Viewing only: no create, no delete.
    expect(screen.queryByTestId('connectors-create-button')).not.toBeInTheDocument();
  });

  it('refuses the connectors page without actions.show, and the users page without users management', async () => {
    renderRoutes(CONNECTORS_PAGE_PATH, ADMIN);
    expect(screen.getByTestId('managementNoAccess')).toBeInTheDocument();
    expect(screen.queryByTestId('connectors-table')).not.toBeInTheDocument();
  });

  it('sends a connectors-only caller from the app root to the connectors page, not to users', async () => {
    const { fetchMock } = renderRoutes('/', connectorsOnly({ show: true }));
    expect(await screen.findByTestId('connectors-table')).toBeInTheDocument();
    await waitFor(() => expect(fetchMock.calls.some((call) => call.url.includes('/internal/security/users'))).toBe(false));
    renderRoutes('/security/users', connectorsOnly({ show: true }));
    expect(screen.getByTestId('managementNoAccess')).toBeInTheDocument();
  });
});

import { EuiEmptyPrompt, EuiPageTemplate } from '@elastic/eui';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { type CoreStart } from '../application_service';
import { canManage, useCapabilities } from '../capabilities/use_capabilities';
import { CoreEuiProvider } from '../color_mode/core_eui_provider';
import { CONNECTORS_PAGE_PATH, connectorCapabilities } from '../connectors_management/capabilities';
import { ConnectorsPage } from '../connectors_management/connectors_page';
import { CoreContextProvider } from '../core_context';
import { SAVED_OBJECTS_PAGE_PATH, savedObjectsCapabilities } from '../saved_objects_management/capabilities';
import { SavedObjectsPage } from '../saved_objects_management/saved_objects_page';
import { RolesGridPage } from './roles/roles_grid_page';
import { UsersGridPage } from './users/users_grid_page';

const PAGES = [
  { path: '/security/users', tab: 'users', label: 'Users' },
  { path: '/security/roles', tab: 'roles', label: 'Roles' },
] as const;

/** A management page the caller may not open: said plainly, as Kibana's inaccessible pages. */
function NoAccess() {
  return (
    <EuiEmptyPrompt
      iconType="lock"
      color="subdued"
      title={<h2>You cannot open this page</h2>}
      body={<p>It needs a privilege your roles do not grant in this space.</p>}
      data-test-subj="managementNoAccess"
    />
  );
}

/**
 * Stack Management: users and roles (a tab each), connectors and saved objects, each at Kibana's URL so a link
 * or reload lands on the right one, and each only for the callers its capability admits.
 */
export function SecurityManagementRoutes() {
  const location = useLocation();
  const navigate = useNavigate();
  const capabilities = useCapabilities();
  const canSecurity = canManage(capabilities).users;
  const canConnectors = connectorCapabilities(capabilities).show;
  const canSavedObjects = savedObjectsCapabilities(capabilities).read;
  const tabs = PAGES.map(({ path, tab, label }) => ({
    label,
    isSelected: location.pathname.startsWith(path),
    onClick: () => navigate(path),
    'data-test-subj': `securityTab-${tab}`,
  }));
  const home = canSecurity ? '/security/users' : canConnectors ? CONNECTORS_PAGE_PATH : SAVED_OBJECTS_PAGE_PATH;
  return (
    <EuiPageTemplate panelled={false} grow data-test-subj="securityManagementPage">
      <Routes>
        <Route path="/security/users" element={canSecurity ? <UsersGridPage tabs={tabs} /> : <NoAccess />} />
        <Route path="/security/roles" element={canSecurity ? <RolesGridPage tabs={tabs} /> : <NoAccess />} />
        <Route path={CONNECTORS_PAGE_PATH} element={canConnectors ? <ConnectorsPage /> : <NoAccess />} />
        {/* Kibana's connectors app root: where the import's "Go to connectors" points. */}
        <Route path={CONNECTORS_PAGE_PATH.replace(/\/connectors$/, '')} element={<Navigate to={CONNECTORS_PAGE_PATH} replace />} />
        <Route path={SAVED_OBJECTS_PAGE_PATH} element={canSavedObjects ? <SavedObjectsPage /> : <NoAccess />} />
        <Route path="*" element={<Navigate to={home} replace />} />
      </Routes>
    </EuiPageTemplate>
  );
}

/** Shares the chrome's query client, so a change to the current user's roles shows at once. */
export function SecurityManagementApp({ core, queryClient, appBasePath }: { core: CoreStart; queryClient: QueryClient; appBasePath: string }) {
  return (
    <CoreEuiProvider>
      <QueryClientProvider client={queryClient}>
        <CoreContextProvider value={core}>
          <BrowserRouter basename={appBasePath} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
            <SecurityManagementRoutes />
          </BrowserRouter>
        </CoreContextProvider>
      </QueryClientProvider>
    </CoreEuiProvider>
  );
}

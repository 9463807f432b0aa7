import { EuiPageTemplate } from '@elastic/eui';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { type CoreStart } from '../application_service';
import { CoreEuiProvider } from '../color_mode/core_eui_provider';
import { CoreContextProvider } from '../core_context';
import { RolesGridPage } from './roles/roles_grid_page';
import { UsersGridPage } from './users/users_grid_page';

const PAGES = [
  { path: '/security/users', tab: 'users', label: 'Users' },
  { path: '/security/roles', tab: 'roles', label: 'Roles' },
] as const;

/** Users and roles under one app, a tab each, with their own URLs so a link or reload lands on the right one. */
export function SecurityManagementRoutes() {
  const location = useLocation();
  const navigate = useNavigate();
  const tabs = PAGES.map(({ path, tab, label }) => ({
    label,
    isSelected: location.pathname.startsWith(path),
    onClick: () => navigate(path),
    'data-test-subj': `securityTab-${tab}`,
  }));
  return (
    <EuiPageTemplate panelled={false} grow data-test-subj="securityManagementPage">
      <Routes>
        <Route path="/security/users" element={<UsersGridPage tabs={tabs} />} />
        <Route path="/security/roles" element={<RolesGridPage tabs={tabs} />} />
        <Route path="*" element={<Navigate to="/security/users" replace />} />
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

import { type ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { EuiProvider } from '@elastic/eui';
import { type CapabilitiesResponse } from '../../../common/core/capabilities';
import { type CoreStart } from '../application_service';
import { type BrowserLocation } from '../browser_location';
import { CoreContextProvider } from '../core_context';
import { createHttpClient } from '../http_client';
import { NavigationConfirmModal } from '../navigation/navigation_confirm_modal';
import { createNavigationGuards, type NavigationGuards } from '../navigation/navigation_guards';
import { createToastsService } from '../toasts/toasts_service';
import { GlobalToasts } from '../toasts/global_toasts';
import { allCapabilities } from './capabilities';
import { createMockFetch } from './mock_fetch';

export const DEFAULT_SPACE = { id: 'default', name: 'Default', color: '#00bfb3', disabledFeatures: [], _reserved: true };
export const SOC_SPACE = { id: 'soc-eu', name: 'SOC EU', description: 'European SOC', disabledFeatures: [] };
export const ELASTIC_USER = { username: 'elastic', full_name: 'Elastic Admin', email: 'admin@example.com', roles: ['superuser'], profile_uid: 'u1' };

/** A product of the tests' own: apps under test must not depend on the host's names. */
export const TEST_BRANDING = { productName: 'Test Product', defaultAppId: 'home' };

export function createMockLocation(path = '/app/home'): BrowserLocation & { assign: jest.Mock } {
  return { assign: jest.fn(), getCurrentPath: () => path, getHref: () => `http://localhost${path}` };
}

// The real guards, so a test sees the same "leave this page?" modal the shell shows.
const guardsByCore = new WeakMap<CoreStart, NavigationGuards>();

interface TestCoreOptions {
  spaceId?: string;
  routes?: Parameters<typeof createMockFetch>[0];
  /** The caller's capabilities; everything (a superuser's) unless the test is about privileges. */
  capabilities?: CapabilitiesResponse;
}

export function createTestCore(options: TestCoreOptions = {}) {
  const spaceId = options.spaceId ?? 'default';
  const fetchMock = createMockFetch(options.routes);
  const location = createMockLocation();
  const guards = createNavigationGuards();
  const core: CoreStart = {
    branding: TEST_BRANDING,
    http: createHttpClient({ spaceId, location, fetchImpl: fetchMock.fetchImpl }),
    toasts: createToastsService(),
    location,
    spaceId,
    capabilities: options.capabilities ?? allCapabilities(),
    navigateToUrl: jest.fn(),
    navigateToApp: jest.fn(),
    registerNavigationGuard: guards.register,
    confirmLeave: guards.requestLeave,
  };
  guardsByCore.set(core, guards);
  return { core, fetchMock, location, guards };
}

export function createTestQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

export function renderWithCore(ui: ReactElement, core: CoreStart, queryClient = createTestQueryClient()) {
  return render(
    <EuiProvider colorMode="light">
      <QueryClientProvider client={queryClient}>
        <CoreContextProvider value={core}>
          {ui}
          <GlobalToasts toasts={core.toasts} />
          {guardsByCore.has(core) && <NavigationConfirmModal guards={guardsByCore.get(core)!} />}
        </CoreContextProvider>
      </QueryClientProvider>
    </EuiProvider>,
  );
}

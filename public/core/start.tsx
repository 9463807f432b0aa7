import { createRoot } from 'react-dom/client';
import { createApplicationService, type ApplicationSetup, type Branding, type CoreStart } from './application_service';
import { createBrowserLocation } from './browser_location';
import { loadPageCapabilities } from './capabilities/load_page_capabilities';
import { Shell } from './chrome/shell';
import { createHttpClient } from './http_client';
import { createQueryClient } from './query_client';
import { createNavigationGuards } from './navigation/navigation_guards';
import { createShellHistory } from './shell_history';
import { getAppBasePath, parseLocationPath } from './space_url';
import { registerSecurityManagementApp } from './security_management/register';
import { registerSpacesManagementApp } from './spaces_management/register';
import { createToastsService } from './toasts/toasts_service';

/** A plugin's browser half, as the shell sees it: it registers its apps at setup. */
export interface PublicPlugin {
  setup(core: { application: ApplicationSetup }): void;
}

export interface ShellOptions {
  /** Handed in by the host (public/main.tsx): the platform knows no plugin by name. */
  plugins: PublicPlugin[];
  branding: Branding;
}

/**
 * Builds the platform for this page (space fixed by the URL), registers the apps, renders the
 * chrome. The capabilities are read first, once, as Kibana's core start does: every control then
 * knows at its first render whether to show itself.
 */
export async function startShell(element: HTMLElement, { plugins, branding }: ShellOptions) {
  const location = createBrowserLocation();
  const { spaceId, appId } = parseLocationPath(window.location.pathname);
  if (!appId) window.history.replaceState(null, '', getAppBasePath(spaceId, branding.defaultAppId));

  const guards = createNavigationGuards();
  guards.installBeforeUnload(window);
  const history = createShellHistory(spaceId, location, guards);
  const http = createHttpClient({ spaceId, location });
  const toasts = createToastsService();
  const capabilities = await loadPageCapabilities(http, toasts);
  const core: CoreStart = {
    branding,
    http,
    toasts,
    location,
    spaceId,
    capabilities,
    navigateToUrl: history.navigateToUrl,
    navigateToApp: history.navigateToApp,
    registerNavigationGuard: guards.register,
    confirmLeave: guards.requestLeave,
  };
  const queryClient = createQueryClient();
  const application = createApplicationService();

  registerSpacesManagementApp(application, queryClient);
  registerSecurityManagementApp(application, queryClient);
  for (const plugin of plugins) plugin.setup({ application });

  createRoot(element).render(<Shell core={core} application={application} history={history} guards={guards} queryClient={queryClient} />);
}

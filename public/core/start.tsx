import { createRoot } from 'react-dom/client';
import { CasesPublicPlugin } from '../plugin';
import { createApplicationService, type CoreStart } from './application_service';
import { createBrowserLocation } from './browser_location';
import { Shell } from './chrome/shell';
import { createHttpClient } from './http_client';
import { createQueryClient } from './query_client';
import { createShellHistory } from './shell_history';
import { DEFAULT_APP_ID, getAppBasePath, parseLocationPath } from './space_url';
import { registerSpacesManagementApp } from './spaces_management/register';
import { createToastsService } from './toasts/toasts_service';

/** Builds the platform for this page (space fixed by the URL), registers the apps, renders the chrome. */
export function startShell(element: HTMLElement) {
  const location = createBrowserLocation();
  const { spaceId, appId } = parseLocationPath(window.location.pathname);
  if (!appId) window.history.replaceState(null, '', getAppBasePath(spaceId, DEFAULT_APP_ID));

  const history = createShellHistory(spaceId, location);
  const core: CoreStart = {
    http: createHttpClient({ spaceId, location }),
    toasts: createToastsService(),
    location,
    spaceId,
    navigateToUrl: history.navigateToUrl,
    navigateToApp: history.navigateToApp,
  };
  const queryClient = createQueryClient();
  const application = createApplicationService();

  registerSpacesManagementApp(application, queryClient);
  new CasesPublicPlugin().setup({ application });

  createRoot(element).render(<Shell core={core} application={application} history={history} queryClient={queryClient} />);
}

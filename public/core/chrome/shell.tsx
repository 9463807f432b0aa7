import { useEffect, useSyncExternalStore } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { css } from '@emotion/react';
import { type ApplicationService, type CoreStart } from '../application_service';
import { CoreEuiProvider } from '../color_mode/core_eui_provider';
import { CoreContextProvider } from '../core_context';
import { useActiveSpace } from '../containers/use_spaces';
import { HttpFetchError } from '../http_client';
import { type ShellHistory } from '../shell_history';
import { DEFAULT_SPACE_ID, getAppBasePath, parseLocationPath } from '../space_url';
import { NavigationConfirmModal } from '../navigation/navigation_confirm_modal';
import { type NavigationGuards } from '../navigation/navigation_guards';
import { GlobalToasts } from '../toasts/global_toasts';
import { AppContainer } from './app_container';
import { AppNotFound, SpaceNotFound } from './app_not_found';
import { Header } from './header';

const layoutCss = css`
  display: flex;
  flex-direction: column;
  min-height: 100vh;
`;

const mainCss = css`
  display: flex;
  flex-direction: column;
  flex-grow: 1;
`;

export interface ShellProps {
  core: CoreStart;
  application: ApplicationService;
  history: ShellHistory;
  queryClient: QueryClient;
  /** Optional so a shell without one simply never asks. */
  guards?: NavigationGuards;
}

function ActiveApp({ core, application, history, guards }: Omit<ShellProps, 'queryClient'>) {
  const pathname = useSyncExternalStore(history.subscribe, history.getPathname);
  const { appId } = parseLocationPath(pathname);
  const registered = appId ? application.getApp(appId) : undefined;
  // Opened by URL without the privilege: "not found", as Kibana answers for an inaccessible app.
  const app = registered && (registered.isAvailable?.(core.capabilities) ?? true) ? registered : undefined;
  const activeSpace = useActiveSpace();

  const { productName, defaultAppId } = core.branding;
  useEffect(() => {
    document.title = app ? `${app.title} - ${productName}` : productName;
  }, [app, productName]);

  const spaceMissing = activeSpace.error instanceof HttpFetchError && activeSpace.error.statusCode === 404;
  return (
    <div css={layoutCss}>
      <Header apps={application.getApps()} activeAppId={app?.id} />
      {/* Not <main>: every app page (EuiPageTemplate) renders its own main landmark. */}
      <div css={mainCss} data-test-subj="appWrapper">
        {spaceMissing ? (
          <SpaceNotFound spaceId={core.spaceId} onGoToDefault={() => core.location.assign(getAppBasePath(DEFAULT_SPACE_ID, defaultAppId))} />
        ) : app ? (
          <AppContainer key={app.id} app={app} core={core} />
        ) : (
          <AppNotFound productName={productName} onGoHome={() => core.navigateToApp(defaultAppId)} />
        )}
      </div>
      <GlobalToasts toasts={core.toasts} />
      {guards && <NavigationConfirmModal guards={guards} />}
    </div>
  );
}

export function Shell({ queryClient, ...props }: ShellProps) {
  return (
    <CoreEuiProvider isRoot>
      <QueryClientProvider client={queryClient}>
        <CoreContextProvider value={props.core}>
          <ActiveApp {...props} />
        </CoreContextProvider>
      </QueryClientProvider>
    </CoreEuiProvider>
  );
}

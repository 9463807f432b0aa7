import { Suspense, useState, type ReactNode } from 'react';
import { EuiLoadingSpinner, EuiPageTemplate } from '@elastic/eui';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import { type AppMountParameters, CoreEuiProvider, CoreContextProvider, createQueryClient } from '../core';

export type AppRootProps = Pick<AppMountParameters, 'appBasePath' | 'core'> & { queryClient?: QueryClient };

function PageLoading({ testSubj }: { testSubj: string }) {
  return (
    <EuiPageTemplate panelled={false} grow data-test-subj={testSubj}>
      <EuiPageTemplate.Section alignment="center">
        <EuiLoadingSpinner size="xl" aria-label="Loading" />
      </EuiPageTemplate.Section>
    </EuiPageTemplate>
  );
}

/**
 * What every app of the plugin sits in: EUI's theme, the app's own query cache (the one given,
 * when the plugin has started filling it), core's services and a router scoped to the app's
 * base path. Pages are lazy chunks, so the routes wait behind one loading page.
 */
export function AppRoot({ appBasePath, core, queryClient: given, loadingTestSubj, children }: AppRootProps & { loadingTestSubj: string; children: ReactNode }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  return (
    <CoreEuiProvider>
      <QueryClientProvider client={queryClient}>
        <CoreContextProvider value={core}>
          <BrowserRouter basename={appBasePath} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
            <Suspense fallback={<PageLoading testSubj={loadingTestSubj} />}>{children}</Suspense>
          </BrowserRouter>
        </CoreContextProvider>
      </QueryClientProvider>
    </CoreEuiProvider>
  );
}

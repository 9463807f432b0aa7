import { lazy, Suspense, useState } from 'react';
import { EuiLoadingSpinner, EuiPageTemplate } from '@elastic/eui';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { type AppMountParameters, CoreEuiProvider, CoreContextProvider, createQueryClient } from '../core';

// Each page is its own chunk: opening a case does not load the list's table code, and back.
const AllCasesPage = lazy(() => import('../components/all_cases/all_cases_page').then((m) => ({ default: m.AllCasesPage })));
const CreateCasePage = lazy(() => import('../components/create/create_case_page').then((m) => ({ default: m.CreateCasePage })));
const CaseViewPage = lazy(() => import('../components/case_view/case_view_page').then((m) => ({ default: m.CaseViewPage })));

function PageLoading() {
  return (
    <EuiPageTemplate panelled={false} grow data-test-subj="casesPageLoading">
      <EuiPageTemplate.Section alignment="center">
        <EuiLoadingSpinner size="xl" aria-label="Loading" />
      </EuiPageTemplate.Section>
    </EuiPageTemplate>
  );
}

/** The cases app's root: its own query cache and a router scoped to the app's base path. */
export function CasesApp({
  appBasePath,
  core,
  queryClient: given,
}: Pick<AppMountParameters, 'appBasePath' | 'core'> & { queryClient?: QueryClient }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  return (
    <CoreEuiProvider>
      <QueryClientProvider client={queryClient}>
        <CoreContextProvider value={core}>
          <BrowserRouter basename={appBasePath} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
            <Suspense fallback={<PageLoading />}>
              <Routes>
                <Route path="/" element={<AllCasesPage />} />
                <Route path="/create" element={<CreateCasePage />} />
                <Route path="/:caseId" element={<CaseViewPage />} />
                <Route path="/:caseId/:commentId" element={<CaseViewPage />} />
              </Routes>
            </Suspense>
          </BrowserRouter>
        </CoreContextProvider>
      </QueryClientProvider>
    </CoreEuiProvider>
  );
}

import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { AppRoot, type AppRootProps } from './app_root';

// Each page is its own chunk: opening a case does not load the list's table code, and back.
const AllCasesPage = lazy(() => import('../components/all_cases/all_cases_page').then((m) => ({ default: m.AllCasesPage })));
const CreateCasePage = lazy(() => import('../components/create/create_case_page').then((m) => ({ default: m.CreateCasePage })));
const ConfigureCasesPage = lazy(() => import('../components/configure/configure_cases_page').then((m) => ({ default: m.ConfigureCasesPage })));
const CaseViewPage = lazy(() => import('../components/case_view/case_view_page').then((m) => ({ default: m.CaseViewPage })));

/** The cases app's root: its own query cache and a router scoped to the app's base path. */
export function CasesApp(props: AppRootProps) {
  return (
    <AppRoot {...props} loadingTestSubj="casesPageLoading">
      <Routes>
        <Route path="/" element={<AllCasesPage />} />
        <Route path="/create" element={<CreateCasePage />} />
        <Route path="/configure" element={<ConfigureCasesPage />} />
        <Route path="/:caseId" element={<CaseViewPage />} />
        <Route path="/:caseId/:commentId" element={<CaseViewPage />} />
      </Routes>
    </AppRoot>
  );
}

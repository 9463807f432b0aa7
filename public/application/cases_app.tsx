import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { casesCapabilitiesFor } from '../components/capabilities/use_cases_capabilities';
import { NoCasesAccess } from '../components/capabilities/no_cases_access';
import { CREATE_CASE_OWNER } from '../components/create/case_form';
import { AppRoot, type AppRootProps } from './app_root';

// Each page is its own chunk: opening a case does not load the list's table code, and back.
const AllCasesPage = lazy(() => import('../components/all_cases/all_cases_page').then((m) => ({ default: m.AllCasesPage })));
const CreateCasePage = lazy(() => import('../components/create/create_case_page').then((m) => ({ default: m.CreateCasePage })));
const ConfigureCasesPage = lazy(() => import('../components/configure/configure_cases_page').then((m) => ({ default: m.ConfigureCasesPage })));
const CaseViewPage = lazy(() => import('../components/case_view/case_view_page').then((m) => ({ default: m.CaseViewPage })));

/** The cases app's root: its own query cache and a router scoped to the app's base path. */
export function CasesApp(props: AppRootProps) {
  // The app files and lists the Security owner's cases: without read on it, no page can load.
  if (!casesCapabilitiesFor(props.core.capabilities, CREATE_CASE_OWNER).read) {
    return (
      <AppRoot {...props} loadingTestSubj="casesPageLoading">
        <NoCasesAccess />
      </AppRoot>
    );
  }
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

/**
 * Renders a case-view tab of this feature (Observables, Similar cases) against a mutable fake
 * server, inside the case view's edit context, as the case view mounts it: the case is read
 * through the same query the page uses, so what a mutation puts in the cache shows.
 */
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import type { Case } from '../../../common/types/domain/case';
import type { CaseObservable } from '../../../common/types/domain/observable';
import type { CapabilitiesResponse } from '../../core';
import { type MockResponse, type RecordedRequest, createTestCore, renderWithCore } from '../../core/mocks';
import { useGetCase } from '../../containers/use_get_case';
import { useCasesCapabilities } from '../capabilities/use_cases_capabilities';
import { CaseEditProvider } from '../case_view/case_edit_context';
import { useConflictSafeUpdate } from '../case_view/use_conflict_safe_update';
import { makeCase } from '../case_view/test_fixtures';

type Handler = MockResponse | ((request: RecordedRequest) => MockResponse | Promise<MockResponse>);

export const observable = (id: string, typeKey: string, value: string, overrides: Partial<CaseObservable> = {}): CaseObservable => ({
  id,
  typeKey,
  value,
  description: null,
  createdAt: '2024-05-01T10:00:00.000Z',
  updatedAt: null,
  ...overrides,
});

export const caseWith = (observables: CaseObservable[], overrides: Partial<Case> = {}): Case =>
  makeCase({ observables, total_observables: observables.length, ...overrides });

function Loaded({ caseData, render }: { caseData: Case; render: (caseData: Case) => ReactElement }) {
  const edits = useConflictSafeUpdate(caseData);
  const permissions = useCasesCapabilities(caseData.owner);
  return <CaseEditProvider value={{ ...edits, caseData, permissions }}>{render(caseData)}</CaseEditProvider>;
}

function Host({ render }: { render: (caseData: Case) => ReactElement }) {
  const { data } = useGetCase('case-1');
  return data ? <Loaded caseData={data} render={render} /> : null;
}

function LocationProbe() {
  const location = useLocation();
  return <div hidden data-test-subj="test-location">{`${location.pathname}${location.search}`}</div>;
}

interface RenderTabOptions {
  theCase: Case;
  routes?: Record<string, Handler>;
  capabilities?: CapabilitiesResponse;
}

export function renderCaseTab(render: (caseData: Case) => ReactElement, options: RenderTabOptions) {
  const state = { theCase: options.theCase };
  const test = createTestCore({
    capabilities: options.capabilities,
    routes: {
      'GET /api/cases/case-1': () => ({ body: state.theCase }),
      'GET /api/cases/configure': { body: [] },
      'POST /internal/cases/observables/_search': { body: { counts: {} } },
      ...options.routes,
    },
  });
  const view = renderWithCore(
    <MemoryRouter initialEntries={['/case-1']} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <LocationProbe />
      <Routes>
        <Route path="/:caseId" element={<Host render={render} />} />
      </Routes>
    </MemoryRouter>,
    test.core,
  );
  const callsTo = (method: string, path: string) => test.fetchMock.calls.filter((call) => call.method === method && call.url.split('?')[0] === path);
  return { ...test, ...view, state, callsTo };
}

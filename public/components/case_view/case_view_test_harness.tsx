/** Renders the case view at `/case-1` against a mutable fake server, for the case view tests. */
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { Case } from '../../../common/types/domain/case';
import type { UserAction } from '../../../common/types/domain/user_action';
import { type MockResponse, type RecordedRequest, createTestCore, renderWithCore } from '../../core/mocks';
import { CaseViewPage } from './case_view_page';
import { findResponse, makeCase, makeUserActions, PROFILES } from './test_fixtures';

type Handler = MockResponse | ((request: RecordedRequest) => MockResponse | Promise<MockResponse>);

export interface ServerState {
  theCase: Case;
  userActions: UserAction[];
}

export function renderCaseView(options: { state?: Partial<ServerState>; routes?: Record<string, Handler> } = {}) {
  const state: ServerState = { theCase: makeCase(), userActions: makeUserActions(), ...options.state };
  const test = createTestCore({
    routes: {
      'GET /api/cases/case-1': () => ({ body: state.theCase }),
      'GET /api/cases/case-1/user_actions/_find': () => ({ body: findResponse(state.userActions) }),
      'POST /internal/security/user_profile/_bulk_get': { body: PROFILES },
      'POST /internal/cases/_suggest_user_profiles': { body: PROFILES },
      'GET /api/cases/tags': { body: ['phishing', 'malware'] },
      'GET /internal/cases/categories': { body: ['Intrusion', 'Malware'] },
      'PATCH /api/cases': (request) => {
        const [patch] = (request.body as { cases: Array<Partial<Case>> }).cases;
        state.theCase = { ...state.theCase, ...patch, version: `${state.theCase.version}+` };
        return { body: [{ ...state.theCase, comments: [] }] };
      },
      ...options.routes,
    },
  });
  const view = renderWithCore(
    <MemoryRouter initialEntries={['/case-1']} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <Routes>
        <Route path="/" element={<div data-test-subj="all-cases-page" />} />
        <Route path="/:caseId" element={<CaseViewPage />} />
      </Routes>
    </MemoryRouter>,
    test.core,
  );
  const callsTo = (method: string, path: string) => test.fetchMock.calls.filter((call) => call.method === method && call.url.split('?')[0] === path);
  return { ...test, ...view, state, callsTo };
}

export const conflictResponse: MockResponse = {
  status: 409,
  body: { statusCode: 409, error: 'Conflict', message: 'This case has been updated. Please refresh before saving additional updates.' },
};

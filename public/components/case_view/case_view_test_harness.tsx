/** Renders the case view at `/case-1` against a mutable fake server, for the case view tests. */
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import type { Case } from '../../../common/types/domain/case';
import type { UserAction } from '../../../common/types/domain/user_action';
import type { CapabilitiesResponse } from '../../core';
import { ELASTIC_USER, type MockResponse, type RecordedRequest, createTestCore, renderWithCore } from '../../core/mocks';
import type { AlertSummary } from '../../containers/alerts_api';
import type { SingleCaseMetricsResponse } from '../../containers/single_case_metrics';
import { CaseViewPage } from './case_view_page';
import { makeCase, makeUserActions, PROFILES } from './test_fixtures';

type Handler = MockResponse | ((request: RecordedRequest) => MockResponse | Promise<MockResponse>);

export interface ServerState {
  theCase: Case;
  userActions: UserAction[];
  /** The case's alerts and events as the documents hold them now (status included). */
  alerts: AlertSummary[];
  events: AlertSummary[];
  metrics: SingleCaseMetricsResponse;
}

/** The server's paging and sorting of a case's documents, so the tests see what the table asked for. */
function findDocuments(all: AlertSummary[], url: string) {
  const query = new URL(url, 'http://localhost').searchParams;
  const statuses = query.getAll('status');
  const field = query.get('sortField') ?? '@timestamp';
  const direction = query.get('sortOrder') === 'asc' ? 1 : -1;
  const found = all
    .filter((alert) => statuses.length === 0 || statuses.includes(String(alert.fields['kibana.alert.workflow_status'] ?? 'open')))
    .sort((a, b) => direction * String(a.fields[field] ?? '').localeCompare(String(b.fields[field] ?? '')));
  const page = Number(query.get('page') ?? 1);
  const perPage = Number(query.get('perPage') ?? 10);
  return { page, per_page: perPage, total: found.length, items: found.slice((page - 1) * perPage, page * perPage) };
}

const isComment = (action: UserAction) => action.type === 'comment' && (action.payload as { comment?: { type?: string } })?.comment?.type === 'user';

/** The server's find as the feed uses it: Kibana's `user` and `action` groupings, order and pages. */
function findUserActions(all: UserAction[], url: string) {
  const query = new URL(url, 'http://localhost').searchParams;
  const types = query.getAll('types');
  let found = all;
  if (types.includes('user')) found = found.filter((action) => isComment(action) && action.action === 'create');
  if (types.includes('action')) found = found.filter((action) => !isComment(action));
  if (query.get('sortOrder') === 'desc') found = [...found].reverse();
  const page = Number(query.get('page') ?? 1);
  const perPage = Number(query.get('perPage') ?? 20);
  return { userActions: found.slice((page - 1) * perPage, page * perPage), page, perPage, total: found.length };
}

/** The case users route as the server answers it: each author once, from the state's activity. */
function caseUsers({ theCase, userActions }: ServerState) {
  const toCaseUser = (user: Case['created_by']) => ({ user: { username: user.username, full_name: user.full_name, email: user.email }, ...(user.profile_uid ? { uid: user.profile_uid } : {}) });
  const authors = new Map(userActions.map((action) => [action.created_by.username, action.created_by]));
  return {
    participants: [...authors.values()].map(toCaseUser),
    assignees: theCase.assignees.map(({ uid }) => ({ uid, user: { username: null, full_name: null, email: null } })),
    unassignedUsers: [],
    reporter: toCaseUser(theCase.created_by),
  };
}

/** Where the router is, so tests can check what a link or a tab put in the URL. */
function LocationProbe() {
  const location = useLocation();
  return <div hidden data-test-subj="test-location">{`${location.pathname}${location.search}`}</div>;
}

interface RenderCaseViewOptions {
  state?: Partial<ServerState>;
  routes?: Record<string, Handler>;
  path?: string;
  basename?: string;
  /** The caller's capabilities; a superuser's unless the test is about privileges. */
  capabilities?: CapabilitiesResponse;
}

export function renderCaseView(options: RenderCaseViewOptions = {}) {
  const state: ServerState = { theCase: makeCase(), userActions: makeUserActions(), alerts: [], events: [], metrics: {}, ...options.state };
  const test = createTestCore({
    capabilities: options.capabilities,
    routes: {
      'GET /api/cases/case-1': () => ({ body: state.theCase }),
      'GET /api/cases/case-1/user_actions/_find': (request) => ({ body: findUserActions(state.userActions, request.url) }),
      'GET /internal/cases/case-1/_users': () => ({ body: caseUsers(state) }),
      'GET /internal/cases/metrics/case-1': () => ({ body: state.metrics }),
      'GET /internal/cases/case-1/alerts/_find': (request) => {
        const { items, ...page } = findDocuments(state.alerts, request.url);
        return { body: { ...page, alerts: items } };
      },
      'GET /internal/cases/case-1/events/_find': (request) => {
        const { items, ...page } = findDocuments(state.events, request.url);
        return { body: { ...page, events: items } };
      },
      'GET /internal/security/me': { body: ELASTIC_USER },
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
    <MemoryRouter basename={options.basename} initialEntries={[`${options.basename ?? ''}${options.path ?? '/case-1'}`]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <LocationProbe />
      <Routes>
        <Route path="/" element={<div data-test-subj="all-cases-page" />} />
        <Route path="/:caseId" element={<CaseViewPage />} />
        <Route path="/:caseId/:commentId" element={<CaseViewPage />} />
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

/** Fixtures and a renderer for the all-cases tests: a mocked server and a router with a URL probe. */
import { act } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import type { CasesFindResponse } from '../../../common/types/api/case';
import type { Case } from '../../../common/types/domain/case';
import type { CapabilitiesResponse } from '../../core';
import { createTestCore, renderWithCore, type MockResponse, type RecordedRequest } from '../../core/mocks';
import { AllCasesPage } from './all_cases_page';

export function makeCase(overrides: Partial<Case> & { id: string }): Case {
  return {
    version: `v-${overrides.id}`,
    incremental_id: 1,
    title: `Case ${overrides.id}`,
    description: 'Something happened',
    tags: [],
    owner: 'securitySolution',
    status: 'open',
    severity: 'low',
    assignees: [],
    category: null,
    connector: { id: 'none', name: 'none', type: '.none', fields: null },
    settings: { syncAlerts: true },
    external_service: null,
    customFields: [],
    created_at: '2024-05-01T10:00:00.000Z',
    created_by: { username: 'elastic', full_name: 'Elastic Admin', email: null },
    updated_at: null,
    updated_by: null,
    closed_at: null,
    closed_by: null,
    duration: null,
    comments: [],
    totalComment: 0,
    totalAlerts: 0,
    ...overrides,
  } as Case;
}

export const CASE_1 = makeCase({
  id: 'c1',
  incremental_id: 42,
  title: 'Phishing wave',
  tags: ['phishing', 'email', 'finance', 'urgent'],
  assignees: [{ uid: 'u1' }],
  category: 'Malware',
  totalComment: 3,
  severity: 'high',
  status: 'open',
});
export const CASE_2 = makeCase({ id: 'c2', incremental_id: 41, title: 'Lateral movement', status: 'in-progress', severity: 'critical' });

export const PROFILES = [
  { uid: 'u1', enabled: true, user: { username: 'alice', full_name: 'Alice Analyst', email: 'alice@example.com' }, data: {} },
  { uid: 'u2', enabled: true, user: { username: 'bob', full_name: 'Bob Builder', email: null }, data: {} },
];

export function findResponse(cases: Case[], extra: Partial<CasesFindResponse> = {}): CasesFindResponse {
  return {
    cases,
    page: 1,
    per_page: 10,
    total: cases.length,
    count_open_cases: cases.filter((c) => c.status === 'open').length,
    count_in_progress_cases: cases.filter((c) => c.status === 'in-progress').length,
    count_closed_cases: cases.filter((c) => c.status === 'closed').length,
    ...extra,
  };
}

type Handler = MockResponse | ((request: RecordedRequest) => MockResponse | Promise<MockResponse>);

export function defaultRoutes(cases: Case[] = [CASE_1, CASE_2]): Record<string, Handler> {
  return {
    'GET /api/cases/_find': { body: findResponse(cases) },
    'GET /api/cases/tags': { body: ['phishing', 'email', 'finance', 'urgent', 'ransomware'] },
    'GET /api/cases/reporters': { body: [{ username: 'elastic', full_name: 'Elastic Admin', email: null }, { username: 'carol', full_name: null, email: null }] },
    'GET /internal/cases/categories': { body: ['Malware', 'Insider'] },
    'GET /internal/cases/metrics': { body: { mttr: 7500 } },
    'POST /internal/cases/_suggest_user_profiles': { body: PROFILES },
    'POST /internal/security/user_profile/_bulk_get': (request) => ({
      body: PROFILES.filter((p) => ((request.body as { uids: string[] }).uids ?? []).includes(p.uid)),
    }),
  };
}

function LocationProbe() {
  const location = useLocation();
  return <div data-test-subj="location-probe" data-pathname={location.pathname} data-search={location.search} />;
}

/** Sets the window width EUI's breakpoint hooks read (jsdom starts at 1024 px). */
export function setWindowWidth(width: number) {
  Object.defineProperty(window, 'innerWidth', { configurable: true, writable: true, value: width });
  act(() => {
    window.dispatchEvent(new Event('resize'));
  });
}

interface RenderOptions {
  url?: string;
  routes?: Record<string, Handler>;
  /** The window width in px; a wide desktop unless a test is about narrow ones. */
  width?: number;
  /** The caller's capabilities; a superuser's unless the test is about privileges. */
  capabilities?: CapabilitiesResponse;
}

export function renderAllCases({ url = '/', routes = {}, width = 1600, capabilities }: RenderOptions = {}) {
  setWindowWidth(width);
  const merged = { ...defaultRoutes(), ...routes };
  // A search text travels in `_search` (it also matches observable values): the list answers the same.
  merged['POST /internal/cases/_search'] ??= asSearchHandler(merged['GET /api/cases/_find']);
  const test = createTestCore({ routes: merged, capabilities });
  const result = renderWithCore(
    <MemoryRouter initialEntries={[url]} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <Routes>
        <Route path="/" element={<AllCasesPage />} />
        <Route path="/create" element={<div data-test-subj="create-page" />} />
        <Route path="/:caseId" element={<div data-test-subj="case-view-page" />} />
      </Routes>
      <LocationProbe />
    </MemoryRouter>,
    test.core,
  );
  return { ...test, ...result };
}

const isFindList = (call: RecordedRequest) => call.method === 'GET' && call.url.startsWith('/api/cases/_find') && !/[?&]perPage=1(&|$)/.test(call.url);
const isSearchList = (call: RecordedRequest) =>
  call.method === 'POST' && call.url.startsWith('/internal/cases/_search') && (call.body as { perPage?: number } | undefined)?.perPage !== 1;
const isList = (call: RecordedRequest) => isFindList(call) || isSearchList(call);

/** A `_find` handler answering `_search` too: it sees the body as the query `_find` would have had. */
function asSearchHandler(handler: Handler): Handler {
  if (typeof handler !== 'function') return handler;
  return (request) => handler({ ...request, method: 'GET', url: `/api/cases/_find?${listParams(request).toString()}`, body: undefined });
}

/** The list's parameters whichever route carried them: `_find`'s query, or `_search`'s body read as one. */
function listParams(call: RecordedRequest): URLSearchParams {
  if (isFindList(call)) return new URLSearchParams(call.url.split('?')[1] ?? '');
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries((call.body ?? {}) as Record<string, unknown>)) {
    for (const item of Array.isArray(value) ? value : [value]) if (item === null || typeof item !== 'object') params.append(key, String(item));
  }
  return params;
}

/** The query of the latest list request (not the "any case at all?" probe). */
export function lastFindParams(calls: RecordedRequest[]): URLSearchParams {
  const found = calls.filter(isList);
  if (found.length === 0) throw new Error('no _find request was made');
  return listParams(found[found.length - 1]);
}

/** Every list request, through `_find` or `_search`. */
export function findCalls(calls: RecordedRequest[]): RecordedRequest[] {
  return calls.filter(isList);
}

/** The list requests that went through `_find` alone. */
export function findRouteCalls(calls: RecordedRequest[]): RecordedRequest[] {
  return calls.filter(isFindList);
}

/** The app's query string as the router holds it. */
export function currentSearch(probe: HTMLElement): URLSearchParams {
  return new URLSearchParams(probe.getAttribute('data-search') ?? '');
}

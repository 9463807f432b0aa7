/** A configure API double that keeps state (versions, 409s) and a renderer for the Settings page. */
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { Configuration } from '../../../common/types/domain/configure';
import { createTestCore, renderWithCore, type MockResponse, type RecordedRequest } from '../../core/mocks';
import { ConfigureCasesPage } from './configure_cases_page';

export const CONFIGURE_URL = '/api/cases/configure';

export function makeConfiguration(overrides: Partial<Configuration> = {}): Configuration {
  return {
    id: 'cfg-1',
    version: 'v1',
    owner: 'securitySolution',
    connector: { id: 'none', name: 'none', type: '.none', fields: null },
    closure_type: 'close-by-user',
    customFields: [],
    templates: [],
    observableTypes: [],
    mappings: [],
    error: null,
    created_at: '2024-05-01T10:00:00.000Z',
    created_by: { username: 'elastic', full_name: 'Elastic Admin', email: null },
    updated_at: null,
    updated_by: null,
    ...overrides,
  };
}

type Handler = MockResponse | ((request: RecordedRequest) => MockResponse | Promise<MockResponse>);

/**
 * The server's configure routes over one stored configuration: POST creates it, PATCH needs the
 * current version (else 409, as the server) and bumps it. `stored` is readable and settable by
 * tests, to play "someone else saved".
 */
export function createConfigureServer(initial: Configuration | null) {
  const state = { stored: initial, versionCounter: 1 };
  const bump = () => `v${++state.versionCounter}`;
  const routes: Record<string, Handler> = {
    [`GET ${CONFIGURE_URL}`]: () => ({ body: state.stored ? [state.stored] : [] }),
    [`POST ${CONFIGURE_URL}`]: (request) => {
      state.stored = makeConfiguration({ ...(request.body as Partial<Configuration>), id: 'cfg-new', version: bump() });
      return { body: state.stored };
    },
    [`PATCH ${CONFIGURE_URL}/cfg-1`]: (request) => {
      const { version, ...changes } = request.body as Partial<Configuration>;
      if (!state.stored || version !== state.stored.version) {
        return { status: 409, body: { statusCode: 409, error: 'Conflict', message: 'This configuration was updated by someone else.' } };
      }
      state.stored = { ...state.stored, ...changes, version: bump() };
      return { body: state.stored };
    },
  };
  return { state, routes };
}

export const SUPPORT_ROUTES: Record<string, Handler> = {
  'GET /api/cases/tags': { body: ['phishing'] },
  'GET /internal/cases/categories': { body: ['Malware'] },
  'POST /internal/cases/_suggest_user_profiles': { body: [] },
  'POST /internal/security/user_profile/_bulk_get': { body: [] },
};

export function renderConfigurePage({ configuration = null as Configuration | null, routes = {} as Record<string, Handler> } = {}) {
  const server = createConfigureServer(configuration);
  const test = createTestCore({ routes: { ...SUPPORT_ROUTES, ...server.routes, ...routes } });
  const result = renderWithCore(
    <MemoryRouter initialEntries={['/configure']} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <Routes>
        <Route path="/" element={<div data-test-subj="all-cases-page-stub" />} />
        <Route path="/configure" element={<ConfigureCasesPage />} />
      </Routes>
    </MemoryRouter>,
    test.core,
  );
  return { ...test, ...result, server };
}

/** The configure writes (the assignees picker also POSTs, to suggest users). */
export const writes = (calls: RecordedRequest[]) => calls.filter((call) => (call.method === 'POST' || call.method === 'PATCH') && call.url.startsWith(CONFIGURE_URL));

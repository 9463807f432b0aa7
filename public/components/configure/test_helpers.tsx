/** A configure API double that keeps state (versions, 409s) and a renderer for the Settings page. */
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { Configuration } from '../../../common/types/domain/configure';
import type { CapabilitiesResponse } from '../../core';
import { createTestCore, renderWithCore, type MockResponse, type RecordedRequest } from '../../core/mocks';
import { makeConfiguration } from '../custom_fields/test_fixtures';
import { ConfigureCasesPage } from './configure_cases_page';

export const CONFIGURE_URL = '/api/cases/configure';

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
  // Kibana's caps, as a server with no xpack.cases.configure settings answers them.
  'GET /internal/cases/configure/_limits': { body: { customFields: 10, templates: 10, observableTypes: 10 } },
  // No connector yet: the default connector stays "No connector".
  'GET /api/cases/configure/connectors/_find': { body: [] },
};

export function renderConfigurePage({
  configuration = null as Configuration | null,
  routes = {} as Record<string, Handler>,
  capabilities = undefined as CapabilitiesResponse | undefined,
} = {}) {
  const server = createConfigureServer(configuration);
  const test = createTestCore({ routes: { ...SUPPORT_ROUTES, ...server.routes, ...routes }, capabilities });
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

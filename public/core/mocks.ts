/**
 * Test doubles for plugin tests, as `@kbn/core/public/mocks` is Kibana's: a core wired to a
 * recorded fetch, a renderer with core's providers, and the system color-scheme stub. Only test
 * files may import it (eslint.config.mjs).
 */
export { allCapabilities, noCapabilities } from './test_helpers/capabilities';
export { createMockFetch, jsonResponse, type MockResponse, type RecordedRequest } from './test_helpers/mock_fetch';
export { captureDownloads, installExchangeFetch, type ExchangeCall } from './saved_objects_management/test_fixtures';
export {
  createMockLocation,
  createTestCore,
  createTestQueryClient,
  DEFAULT_SPACE,
  ELASTIC_USER,
  renderWithCore,
  SOC_SPACE,
  TEST_BRANDING,
} from './test_helpers/render_with_core';
export { getColorSchemeListenerCount, installMatchMediaStub, resetSystemColorScheme, setSystemDarkMode } from './test_helpers/system_color_scheme';

/**
 * The browser platform's one entry point for plugin code, as `@kbn/core/public` is Kibana's:
 * the contracts an app receives and the hooks and helpers it uses. A plugin importing a file
 * behind this one fails lint (see eslint.config.mjs); tests use `./mocks` as well.
 */
export {
  createApplicationService,
  type App,
  type ApplicationService,
  type ApplicationSetup,
  type AppMountParameters,
  type AppUnmount,
  type Branding,
  type CoreStart,
} from './application_service';
export type { BrowserLocation } from './browser_location';
export type { NavigationGuard } from './navigation/navigation_guards';
export { useNavigationGuard } from './navigation/use_navigation_guard';
export { CoreEuiProvider } from './color_mode/core_eui_provider';
export { CoreContextProvider, useCore } from './core_context';
export { canManage, useCapabilities } from './capabilities/use_capabilities';
export type { CapabilitiesResponse } from './capabilities/capabilities_api';
export { useCurrentUser } from './containers/use_current_user';
export { useSpaces } from './containers/use_spaces';
export { createHttpClient, getErrorMessage, HttpFetchError, type ApiErrorBody, type HttpClient, type HttpRequestOptions } from './http_client';
export { createQueryClient } from './query_client';
export { useExportSavedObjects } from './saved_objects_management/use_saved_objects';
/** Saves text the page already holds as a file (an export's answer, an attachment's JSON). */
export { downloadTextFile } from './saved_objects_management/download';
export { DEFAULT_SPACE_ID, getAppBasePath, getSpaceBasePath, isLoginPath, parseLocationPath } from './space_url';
export type { Toast, ToastsService } from './toasts/toasts_service';
export type { PublicPlugin, ShellOptions } from './start';

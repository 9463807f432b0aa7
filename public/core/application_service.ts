import { type CapabilitiesResponse } from '../../common/core/capabilities';
import { type HttpClient } from './http_client';
import { type BrowserLocation } from './browser_location';
import { type NavigationGuard } from './navigation/navigation_guards';
import { type ToastsService } from './toasts/toasts_service';

/** What the host names: the product in titles and the header, and the app `/` opens. */
export interface Branding {
  productName: string;
  defaultAppId: string;
}

/** What every mounted app receives: a Kibana-like contract, trimmed to what the shell offers. */
export interface CoreStart {
  branding: Branding;
  http: HttpClient;
  toasts: ToastsService;
  location: BrowserLocation;
  spaceId: string;
  /** What the caller may see and do in this space, read once when the page loads. */
  capabilities: CapabilitiesResponse;
  /** Goes to a path in this page when it can (same space, an /app route), else by a page load. */
  navigateToUrl(url: string): void;
  navigateToApp(appId: string, options?: { path?: string }): void;
  /**
   * While the guard returns a message, every way out of the page (links, navigateToUrl, back and
   * forward, closing the tab) asks the user first. Returns the function that removes it.
   */
  registerNavigationGuard(guard: NavigationGuard): () => void;
  /** Runs `leave` at once when no guard objects, else once the user confirms: for an app's own moves. */
  confirmLeave(leave: () => void): void;
}

export interface AppMountParameters {
  /** A fresh element owned by the app until it unmounts. */
  element: HTMLElement;
  /** `/app/{id}` or `/s/{spaceId}/app/{id}`: the basename for the app's router. */
  appBasePath: string;
  spaceId: string;
  core: CoreStart;
}

export type AppUnmount = () => void;

export interface App {
  id: string;
  title: string;
  order?: number;
  euiIconType?: string;
  /**
   * Whether the caller may open the app (e.g. a management page for admins only). When false the
   * header shows no link and the app's URL shows "not found", as Kibana's inaccessible apps do.
   */
  isAvailable?(capabilities: CapabilitiesResponse): boolean;
  mount(params: AppMountParameters): AppUnmount | Promise<AppUnmount>;
}

export interface ApplicationSetup {
  register(app: App): void;
}

export interface ApplicationService extends ApplicationSetup {
  getApp(id: string): App | undefined;
  getApps(): App[];
}

const APP_ID = /^[a-z0-9_-]+$/;

export function createApplicationService(): ApplicationService {
  const apps = new Map<string, App>();
  return {
    register(app) {
      if (!APP_ID.test(app.id)) throw new Error(`Invalid app id [${app.id}]`);
      // Two apps answering one URL would be a silent override: fail at registration instead.
      if (apps.has(app.id)) throw new Error(`An application is already registered with the id [${app.id}]`);
      apps.set(app.id, app);
    },
    getApp: (id) => apps.get(id),
    getApps: () => [...apps.values()].sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.title.localeCompare(b.title)),
  };
}

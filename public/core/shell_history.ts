import { type BrowserLocation } from './browser_location';
import { trackHistoryPositions } from './navigation/history_positions';
import { createNavigationGuards, type NavigationGuards } from './navigation/navigation_guards';
import { installPopStateGuard } from './navigation/pop_state_guard';
import { getAppBasePath, parseLocationPath } from './space_url';

/**
 * The shell's view of the address bar. Apps keep their own routers inside their base path;
 * the shell only needs to know when the path moves to another app, which happens through
 * `navigateToUrl` (a push) or the back and forward buttons (popstate).
 */
export interface ShellHistory {
  getPathname(): string;
  subscribe(listener: () => void): () => void;
  navigateToUrl(url: string): void;
  navigateToApp(appId: string, options?: { path?: string }): void;
}

export function createShellHistory(
  spaceId: string,
  location: BrowserLocation,
  guards: NavigationGuards = createNavigationGuards(),
  win: Window = window,
): ShellHistory {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  function go(url: string) {
    const target = new URL(url, win.location.origin);
    const parsed = parseLocationPath(target.pathname);
    // Another space or a page outside the shell (login) means a full page load: the space is
    // fixed for the life of a page, as every API call is scoped by it.
    if (target.origin !== win.location.origin || parsed.spaceId !== spaceId || !parsed.appId) {
      location.assign(target.href);
      return;
    }
    win.history.pushState(null, '', `${target.pathname}${target.search}${target.hash}`);
    // Routers inside apps listen to popstate only, like the shell: one event tells them all.
    win.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }

  const navigateToUrl = (url: string) => guards.requestLeave(() => go(url));
  // The tracker's popstate listener comes first: the guard reads the move it recorded.
  installPopStateGuard(win, guards, trackHistoryPositions(win));
  installLinkGuard(win, guards, go);

  return {
    getPathname: () => win.location.pathname,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) win.addEventListener('popstate', notify);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) win.removeEventListener('popstate', notify);
      };
    },
    navigateToUrl,
    navigateToApp: (appId, options) => navigateToUrl(`${getAppBasePath(spaceId, appId)}${options?.path ?? ''}`),
  };
}

/**
 * In-app links are followed by the app's own router, which has no way to be told "not now":
 * a click on a same-origin link is held here, before it reaches the app, while a guard objects.
 */
function installLinkGuard(win: Window, guards: NavigationGuards, go: (url: string) => void) {
  win.addEventListener(
    'click',
    (event) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(anchor instanceof HTMLAnchorElement) || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return;
      const url = new URL(anchor.href, win.location.origin);
      if (url.origin !== win.location.origin || !guards.check()) return;
      event.preventDefault();
      event.stopPropagation();
      guards.requestLeave(() => go(url.href));
    },
    true,
  );
}

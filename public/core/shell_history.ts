import { type BrowserLocation } from './browser_location';
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

export function createShellHistory(spaceId: string, location: BrowserLocation, win: Window = window): ShellHistory {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  function navigateToUrl(url: string) {
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

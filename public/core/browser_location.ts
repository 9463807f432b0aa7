/**
 * Full page loads go through this seam so tests can observe them: jsdom cannot navigate, and
 * `window.location.assign` is not configurable there.
 */
export interface BrowserLocation {
  assign(url: string): void;
  /** Path, query and hash of the current page. */
  getCurrentPath(): string;
  getHref(): string;
}

export function createBrowserLocation(win: Window = window): BrowserLocation {
  return {
    assign: (url) => win.location.assign(url),
    getCurrentPath: () => `${win.location.pathname}${win.location.search}${win.location.hash}`,
    getHref: () => win.location.href,
  };
}

/**
 * Only same-origin paths are followed after login or logout, so a crafted `location` in a
 * response cannot send the user to another site.
 */
export function toSafeLocalPath(location: unknown, origin: string, fallback = '/'): string {
  if (typeof location !== 'string' || location === '') return fallback;
  try {
    const url = new URL(location, origin);
    if (url.origin !== origin) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

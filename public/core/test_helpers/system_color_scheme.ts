import { act } from '@testing-library/react';

/** A controllable `prefers-color-scheme` for jsdom, which has no matchMedia at all. */
type Listener = (event: MediaQueryListEvent) => void;
const listeners = new Set<Listener>();
let systemDark = false;

function createMediaQueryList(query: string): MediaQueryList {
  const isDarkQuery = query.includes('prefers-color-scheme: dark');
  const add = (listener: Listener) => {
    if (isDarkQuery) listeners.add(listener);
  };
  const remove = (listener: Listener) => listeners.delete(listener);
  return {
    get matches() {
      return isDarkQuery && systemDark;
    },
    media: query,
    onchange: null,
    addEventListener: (_type: string, listener: Listener) => add(listener),
    removeEventListener: (_type: string, listener: Listener) => remove(listener),
    addListener: add,
    removeListener: remove,
    dispatchEvent: () => true,
  } as unknown as MediaQueryList;
}

export function installMatchMediaStub() {
  Object.defineProperty(window, 'matchMedia', { writable: true, configurable: true, value: createMediaQueryList });
}

export function setSystemDarkMode(dark: boolean) {
  act(() => {
    systemDark = dark;
    listeners.forEach((listener) => listener({ matches: dark, media: '(prefers-color-scheme: dark)' } as MediaQueryListEvent));
  });
}

export function getColorSchemeListenerCount(): number {
  return listeners.size;
}

export function resetSystemColorScheme() {
  systemDark = false;
  listeners.clear();
}

import { useSyncExternalStore } from 'react';

export type ColorMode = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function getMediaQuery(): MediaQueryList | undefined {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : undefined;
}

function subscribe(listener: () => void): () => void {
  const query = getMediaQuery();
  if (!query) return () => undefined;
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

function getSnapshot(): ColorMode {
  return getMediaQuery()?.matches ? 'dark' : 'light';
}

/** The OS colour scheme, kept live: switching the OS theme re-renders without a reload. */
export function useSystemColorMode(): ColorMode {
  return useSyncExternalStore(subscribe, getSnapshot, () => 'light');
}

import { createRoot } from 'react-dom/client';
import { type QueryClient } from '@tanstack/react-query';
import { type AppMountParameters } from '../core';
import { CasesApp } from './cases_app';

/** `queryClient`: the app's cache, when the plugin has already started filling it (the list's first page). */
export function mount(params: AppMountParameters, queryClient?: QueryClient): () => void {
  const root = createRoot(params.element);
  root.render(<CasesApp {...params} queryClient={queryClient} />);
  return () => root.unmount();
}

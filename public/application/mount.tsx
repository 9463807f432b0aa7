import { createRoot } from 'react-dom/client';
import { type AppMountParameters } from '../core';
import { CasesApp } from './cases_app';

export function mount(params: AppMountParameters): () => void {
  const root = createRoot(params.element);
  root.render(<CasesApp {...params} />);
  return () => root.unmount();
}

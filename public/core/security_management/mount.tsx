import { createRoot } from 'react-dom/client';
import { type QueryClient } from '@tanstack/react-query';
import { type AppMountParameters } from '../application_service';
import { SecurityManagementApp } from './security_management_app';

export function mount({ element, core, appBasePath }: AppMountParameters, queryClient: QueryClient): () => void {
  const root = createRoot(element);
  root.render(<SecurityManagementApp core={core} queryClient={queryClient} appBasePath={appBasePath} />);
  return () => root.unmount();
}

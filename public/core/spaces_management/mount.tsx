import { createRoot } from 'react-dom/client';
import { type QueryClient } from '@tanstack/react-query';
import { type AppMountParameters } from '../application_service';
import { SpacesManagementApp } from './spaces_management_app';

export function mount({ element, core }: AppMountParameters, queryClient: QueryClient): () => void {
  const root = createRoot(element);
  root.render(<SpacesManagementApp core={core} queryClient={queryClient} />);
  return () => root.unmount();
}

import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { type CoreStart } from '../application_service';
import { CoreEuiProvider } from '../color_mode/core_eui_provider';
import { CoreContextProvider } from '../core_context';
import { SpacesGridPage } from './spaces_grid_page';

/**
 * Shares the chrome's query client, so a space created or renamed here shows in the space
 * switcher at once.
 */
export function SpacesManagementApp({ core, queryClient }: { core: CoreStart; queryClient: QueryClient }) {
  return (
    <CoreEuiProvider>
      <QueryClientProvider client={queryClient}>
        <CoreContextProvider value={core}>
          <SpacesGridPage />
        </CoreContextProvider>
      </QueryClientProvider>
    </CoreEuiProvider>
  );
}

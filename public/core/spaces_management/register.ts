import { type QueryClient } from '@tanstack/react-query';
import { type ApplicationSetup } from '../application_service';
import { canManage } from '../capabilities/use_capabilities';

/** Spaces management is the platform's own app, as in Kibana's Stack Management. */
export function registerSpacesManagementApp(application: ApplicationSetup, queryClient: QueryClient) {
  application.register({
    id: 'spaces',
    title: 'Spaces',
    order: 100,
    euiIconType: 'spacesApp',
    // Kibana's manage_spaces: only the superuser creates, edits and deletes spaces.
    isAvailable: (capabilities) => canManage(capabilities).spaces,
    mount: async (params) => (await import('./mount')).mount(params, queryClient),
  });
}

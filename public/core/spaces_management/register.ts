import { type QueryClient } from '@tanstack/react-query';
import { type ApplicationSetup } from '../application_service';

/** Spaces management is the platform's own app, as in Kibana's Stack Management. */
export function registerSpacesManagementApp(application: ApplicationSetup, queryClient: QueryClient) {
  application.register({
    id: 'spaces',
    title: 'Spaces',
    order: 100,
    euiIconType: 'spacesApp',
    mount: async (params) => (await import('./mount')).mount(params, queryClient),
  });
}

import { type QueryClient } from '@tanstack/react-query';
import { type ApplicationSetup } from '../application_service';
import { canManage } from '../capabilities/use_capabilities';

// Kibana's Stack Management path: /app/management/security/users and .../roles.
export const SECURITY_MANAGEMENT_APP_ID = 'management';

/** Users and roles are the platform's own app, as in Kibana's Stack Management > Security. */
export function registerSecurityManagementApp(application: ApplicationSetup, queryClient: QueryClient) {
  application.register({
    id: SECURITY_MANAGEMENT_APP_ID,
    title: 'Users and roles',
    order: 110,
    euiIconType: 'users',
    // Kibana's manage_security: only an administrator sees the link or opens the page; the API
    // refuses everyone else either way.
    isAvailable: (capabilities) => canManage(capabilities).users,
    mount: async (params) => (await import('./mount')).mount(params, queryClient),
  });
}

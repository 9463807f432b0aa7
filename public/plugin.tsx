import { createQueryClient, type ApplicationSetup } from './core';
import { prefetchListPage } from './application/prefetch_list_page';
import { createRegistrations, type CasesAttachmentFrameworkSetup } from './attachment_framework/registrations';

export interface CasesPublicSetupDeps {
  application: ApplicationSetup;
}

/** Kibana's `CasesPublicSetup`: what other browser plugins extend the Cases app with. */
export interface CasesPublicSetup {
  attachmentFramework: CasesAttachmentFrameworkSetup;
}

/** The Cases plugin's browser half: it reaches the platform only through the setup contract. */
export class CasesPublicPlugin {
  private readonly registrations = createRegistrations();
  private applied = false;

  setup(core: CasesPublicSetupDeps): CasesPublicSetup {
    const { pending, close } = this.registrations;
    // Kibana's Security app id and paths (`/app/security/alerts`), so links written for Kibana
    // open the same page here; it sits beside Cases in the header, in every space.
    core.application.register({
      id: 'security',
      title: 'Alerts',
      order: 2,
      euiIconType: 'securitySignalDetected',
      mount: async (params) => (await import('./application/alerts_mount')).mountAlertsApp(params),
    });
    core.application.register({
      id: 'cases',
      title: 'Cases',
      order: 1,
      euiIconType: 'casesApp',
      // The app's code is a chunk of its own: the shell and the login page do not load it.
      mount: async (params) => {
        // Before the page code downloads: the list's search then runs alongside it.
        const queryClient = createQueryClient();
        prefetchListPage(queryClient, params);
        const [{ mount }, { applyRegistrations }] = await Promise.all([
          import('./application/mount'),
          import('./attachment_framework/apply_registrations'),
        ]);
        // Once per page: the app may be mounted again (space or app switch) with the same views.
        if (!this.applied) {
          this.applied = true;
          close();
          applyRegistrations(pending);
        }
        return mount(params, queryClient);
      },
    });
    return { attachmentFramework: this.registrations.setup };
  }
}

import type { ApplicationSetup } from './core';

export interface CasesPublicSetupDeps {
  application: ApplicationSetup;
}

/** The Cases plugin's browser half: it reaches the platform only through the setup contract. */
export class CasesPublicPlugin {
  setup(core: CasesPublicSetupDeps) {
    core.application.register({
      id: 'cases',
      title: 'Cases',
      order: 1,
      euiIconType: 'casesApp',
      // The app's code is a chunk of its own: the shell and the login page do not load it.
      mount: async (params) => (await import('./application/mount')).mount(params),
    });
  }
}

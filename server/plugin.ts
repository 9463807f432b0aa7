/**
 * The Cases plugin's server half. It reaches the platform only through CoreSetup and
 * CoreStart, as it would inside Kibana: setup registers the saved-object types and routes,
 * start builds the per-request client factory the routes use.
 */
import type { CoreSetup, CoreStart, Plugin } from './core/types';
import type { Logger } from './core/logging/types';
import { serviceUnavailable } from './core/errors';
import { createCasesClientFactory, type CasesClientFactory } from './client';
import { registerRoutes } from './routes';
import { casesSavedObjectTypes } from './saved_object_types';

export class CasesServerPlugin implements Plugin {
  private logger?: Logger;
  private clientFactory?: CasesClientFactory;

  setup(core: CoreSetup): void {
    this.logger = core.logger.child({ 'log.logger': 'plugins.cases' });
    for (const type of casesSavedObjectTypes) core.savedObjects.registerType(type);
    registerRoutes({
      router: core.http.createRouter(),
      getClient: (context) => {
        // Routes are served only after start; this guards a misordered platform, not users.
        if (!this.clientFactory) throw serviceUnavailable('The Cases plugin has not started');
        return this.clientFactory(context);
      },
    });
  }

  start(core: CoreStart): void {
    this.clientFactory = createCasesClientFactory({ authz: core.security.authz, users: core.security.users, logger: this.logger });
    this.logger?.debug('Cases plugin started');
  }
}

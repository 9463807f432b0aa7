/**
 * The Cases plugin's server half. It reaches the platform only through CoreSetup and
 * CoreStart, as it would inside Kibana; its saved-object types, routes and client are
 * registered here as they are built.
 */
import type { CoreSetup, CoreStart, Plugin } from './core/types';
import type { Logger } from './core/logging/types';

export class CasesServerPlugin implements Plugin {
  private logger?: Logger;

  setup(core: CoreSetup): void {
    this.logger = core.logger.child({ 'log.logger': 'plugins.cases' });
  }

  start(_core: CoreStart): void {
    this.logger?.debug('Cases plugin started');
  }
}

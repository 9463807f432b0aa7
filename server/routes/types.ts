/** What a route needs: the router, and the client for a request (available once the plugin has started). */
import type { IRouter, RequestHandlerContext } from '../core/http/types';
import type { CasesClient } from '../client';

export interface RouteDeps {
  router: IRouter;
  getClient(context: RequestHandlerContext): CasesClient;
}

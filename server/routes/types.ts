/** What a route needs: the router, and the client for a request (available once the plugin has started). */
import type { IRouter, RequestHandlerContext } from '../core';
import type { CasesClient } from '../client';
import type { AttachmentTypeRegistry } from '../attachment_framework/registry';

export interface RouteDeps {
  router: IRouter;
  /** The request bodies of the comments routes are decoded by the registered types. */
  attachmentTypes: AttachmentTypeRegistry;
  /** The version deprecated endpoints name in their `Warning` header, as Kibana's does. */
  kibanaVersion: string;
  getClient(context: RequestHandlerContext): CasesClient;
}

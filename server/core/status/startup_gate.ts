/**
 * While storage is not ready, the server already listens but answers every request, status
 * included, with 503, as Kibana's "not ready yet" server does. Listening early lets load
 * balancers and `/api/status` pollers see "starting" instead of "connection refused"; answering
 * 503 everywhere keeps a route from running before the services it needs have started.
 */
import type { FastifyInstance } from 'fastify';
import { serviceUnavailable } from '../errors';

export interface StartupGate {
  /** Storage and every service have started: requests reach their routes from now on. */
  open(): void;
  isOpen(): boolean;
}

export function installStartupGate(fastify: FastifyInstance, storageName: string): StartupGate {
  let open = false;
  // Installed before any route is registered, so it runs ahead of every route's own guards.
  fastify.addHook('onRequest', async () => {
    if (open) return;
    // The cause (credentials, a cluster still starting) is in the log, not in an anonymous answer.
    throw serviceUnavailable(`Server is not ready yet: waiting for storage (${storageName})`);
  });
  return { open: () => void (open = true), isOpen: () => open };
}

/**
 * `GET /api/status`, in the shape of Kibana's status API (a subset: what this platform has).
 * Overall health is the storage backend's: when it is unavailable the answer is 503, so load
 * balancers and scripts written against Kibana read it the same way.
 */
import { hostname } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { IRouter } from '../http/types';

export type ServiceLevel = 'available' | 'degraded' | 'unavailable';

export interface StatusRouteDeps {
  router: IRouter;
  uuid: string;
  version: string;
  storage: { name: string; health(): Promise<{ level: ServiceLevel; summary: string }> };
  startedAt: number;
}

export function registerStatusRoute({ router, uuid, version, storage, startedAt }: StatusRouteDeps): void {
  const eventLoopDelay = monitorEventLoopDelay({ resolution: 20 });
  eventLoopDelay.enable();

  router.get({ path: '/api/status', validate: false, options: { access: 'public' } }, async (_context, _request, response) => {
    const savedObjects = await storage.health().catch((e: Error) => ({ level: 'unavailable' as const, summary: e.message }));
    const overall =
      savedObjects.level === 'available'
        ? { level: 'available', summary: 'All services are available' }
        : { level: savedObjects.level, summary: `Saved objects: ${savedObjects.summary}` };
    const memory = process.memoryUsage();
    const body = {
      name: hostname(),
      uuid,
      version: { number: version, build_snapshot: false },
      status: {
        overall,
        core: {
          savedObjects: { ...savedObjects, meta: { backend: storage.name } },
          ...(storage.name === 'elasticsearch' ? { elasticsearch: savedObjects } : {}),
          http: { level: 'available', summary: 'Serving requests' },
        },
      },
      metrics: {
        last_updated: new Date().toISOString(),
        process: {
          pid: process.pid,
          uptime_in_millis: Date.now() - startedAt,
          memory: { heap: { total_in_bytes: memory.heapTotal, used_in_bytes: memory.heapUsed }, resident_set_size_in_bytes: memory.rss },
          event_loop_delay: eventLoopDelay.mean / 1e6,
        },
      },
    };
    return savedObjects.level === 'unavailable' ? response.customError({ statusCode: 503, body: overall.summary }) : response.ok({ body });
  });
}

/**
 * The start waits for the cluster rather than exiting: in a compose file or after a restart
 * of both, Elasticsearch is often still starting when Cases is. The probe is an index-level
 * search of the alias, so it needs no cluster privilege and only passes once the index's
 * primaries answer (a missing alias passes too: the bootstrap creates it).
 */
import { errors, type Client } from '@elastic/elasticsearch';
import type { Logger } from '../../logging/types';
import { describeAuthFailure, describeEsError, isTransientEsError } from './availability_errors';

export interface WaitForClusterOptions {
  client: Client;
  /** The saved-objects alias. */
  index: string;
  /** How long to keep trying before giving up (`elasticsearch.startupTimeout`). */
  timeoutMs: number;
  logger?: Logger;
  /** Called with the cause of each failed attempt: what `/api/status` and the log report. */
  onWaiting?: (cause: string) => void;
  /** For tests: no real sleeping, a scripted clock. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;
const PROBE_TIMEOUT_MS = 10_000;

/** Thrown when waiting is pointless or over; the message is what the operator reads on exit. */
export class ClusterUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClusterUnavailableError';
  }
}

/**
 * Undefined when the alias answers (or is absent), the cause when waiting may help; throws
 * at once on 401/403 and on anything else waiting cannot fix.
 */
async function probe(client: Client, index: string): Promise<string | undefined> {
  try {
    const res = await client.search(
      { index, size: 0, track_total_hits: false, allow_partial_search_results: true },
      { requestTimeout: PROBE_TIMEOUT_MS, maxRetries: 0 },
    );
    // Some primaries still initializing: writes routed to them would fail, so keep waiting.
    const failed = res._shards?.failed ?? 0;
    return failed > 0 ? `${failed} of ${res._shards.total} shards of ${index} are not available yet` : undefined;
  } catch (e) {
    if (e instanceof errors.ResponseError && e.meta.statusCode === 404) return undefined;
    const auth = describeAuthFailure(e);
    if (auth) throw new ClusterUnavailableError(auth);
    if (!isTransientEsError(e)) throw e;
    return describeEsError(e);
  }
}

/** Exponential backoff with full jitter in its upper half, capped: many processes do not retry in step. */
function backoff(attempt: number, random: () => number): number {
  const ceiling = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

export async function waitForCluster(opts: WaitForClusterOptions): Promise<void> {
  const { client, index, timeoutMs, logger } = opts;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = opts.now ?? Date.now;
  const random = opts.random ?? Math.random;
  const deadline = now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    const cause = await probe(client, index);
    if (cause === undefined) {
      if (attempt > 1) logger?.info({ 'event.action': 'elasticsearch-available', attempts: attempt }, `Elasticsearch is available after ${attempt} attempts`);
      return;
    }
    opts.onWaiting?.(cause);
    const delay = backoff(attempt, random);
    // The deadline bounds the loop: every attempt moves the clock forward by at least its delay.
    if (now() + delay > deadline) {
      throw new ClusterUnavailableError(
        `Elasticsearch did not become available within ${Math.round(timeoutMs / 1000)}s (last error: ${cause}); check elasticsearch.hosts and the cluster's health, or raise elasticsearch.startupTimeout`,
      );
    }
    const fields = { 'event.action': 'elasticsearch-wait', attempt, cause };
    const message = `Waiting for Elasticsearch (${cause}); retrying in ${delay} ms`;
    if (attempt === 1) logger?.warn(fields, message);
    else logger?.info(fields, message);
    await sleep(delay);
  }
}

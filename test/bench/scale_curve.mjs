/**
 * Scale: how `_find` latency grows with the number of cases, on one generated folder per size,
 * and `_search` with the same filters plus a custom field (the cases list with a custom field
 * filter added).
 *
 * Measured with ONE connection: requests one after another, after a short warm-up, bounded in
 * time and count. Under N connections a single-threaded server's latency is mostly queueing
 * (about N / throughput), which says how busy the server is, not what a query costs; one
 * connection measures the query (sequential_load.mjs).
 */
import { findText, findWithFilters, searchWithFilters } from './api_requests.mjs';
import { startBuiltServer } from './built_server.mjs';
import { runSequential } from './sequential_load.mjs';

/** `timing`: `{ warmup, seconds, maxRequests }`. Returns runSequential results: `{ filters, customField, text }`. */
export async function measureScalePoint({ main, folder, timing }) {
  const server = await startBuiltServer(main, folder.dataDir);
  try {
    const { url } = server;
    const sequential = async (name, request) => {
      await runSequential({ name: `${name}, warm-up`, url, request, seconds: timing.seconds, maxRequests: timing.warmup });
      return runSequential({ name, url, request, seconds: timing.seconds, maxRequests: timing.maxRequests });
    };
    return {
      filters: await sequential('_find, status + severity + tag', findWithFilters()),
      customField: await sequential('_search, status + severity + tag + custom field', searchWithFilters()),
      text: await sequential('_find, text search', findText()),
    };
  } finally {
    await server.stop();
  }
}

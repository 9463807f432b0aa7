/**
 * The largest size under load: a freshly started server on the generated folder takes 20
 * connections of each of the two `_find` scenarios, get case and create case in turn, and its
 * peak resident set is read at the end: VmHWM, the kernel's high-water mark over the whole life
 * of the process, so no peak between samples is missed.
 */
import { loadRow, rssMiB, runLoad } from './api_load.mjs';
import { createCase, findText, findWithFilters, getCase } from './api_requests.mjs';
import { startBuiltServer } from './built_server.mjs';

export const LOADED_CONNECTIONS = 20;

/** Returns `{ rows, serverPeakMiB }`. */
export async function measureUnderLoad({ main, folder, seconds }) {
  const server = await startBuiltServer(main, folder.dataDir);
  try {
    const { url } = server;
    const pid = server.child.pid;
    const ids = folder.seededCases().map((c) => c.id);
    const rows = [];
    for (const [name, request] of [
      ['_find, status + severity + tag', findWithFilters()],
      ['_find, text search (one word)', findText()],
      ['get case (random id)', getCase(ids)],
      ['create case', createCase()],
    ]) {
      const r = await runLoad({ name, url, connections: LOADED_CONNECTIONS, duration: seconds, pid, requests: [request] });
      rows.push(loadRow(name, LOADED_CONNECTIONS, r));
    }
    return { rows, serverPeakMiB: rssMiB(pid, 'VmHWM') };
  } finally {
    await server.stop();
  }
}

/**
 * One load run with autocannon against a server on 127.0.0.1: bounded by time (`duration`
 * seconds, autocannon stops there) and by count (`maxRequests`, autocannon's `amount`
 * semantics are not used so that the run is time-bound first). Latencies are recorded per
 * response from autocannon's `response` event, so p95 is an exact order statistic rather than
 * autocannon's histogram buckets (which offer p90 and p97.5, not p95). While the run lasts the
 * server process's resident set (VmRSS in /proc/<pid>/status) is sampled every 50 ms; the
 * peak of those samples is the section's peak RSS. Requests still in flight when time is up
 * are dropped by autocannon, not counted.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { percentile, round } from './stats.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

/** Resident set of a process in MiB, or NaN where /proc is not available. */
export function rssMiB(pid, field = 'VmRSS') {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/**
 * autocannon stops sending when its time is up, not the server working: requests it gave up
 * on may still be queued on the server's one thread. One more request, answered only after
 * them, keeps that backlog out of the next scenario's figures.
 */
async function drain(url) {
  await fetch(new URL('/api/status', url), { signal: AbortSignal.timeout(120_000) }).then((res) => res.arrayBuffer());
}

/**
 * `requests`: autocannon request objects (`setupRequest`, `onResponse` allowed). Every request
 * gets an `onResponse` wrapper that keeps the first non-2xx body, so a failure says why.
 * Throws when any answer is not 2xx or a connection fails: those are mistakes of the benchmark
 * or bugs of the server. Timeouts (no answer in 30 s) are a result, not a mistake: at a million
 * cases a slow query under load is what is being measured, so they are counted and shown.
 */
export async function runLoad({ name, url, connections, duration, requests, headers, pid, maxRequests = 2_000_000 }) {
  let firstFailure;
  const wrapped = requests.map((r) => ({
    ...r,
    onResponse(status, body, context, hdrs) {
      if ((status < 200 || status > 299) && !firstFailure) firstFailure = `${status} ${String(body).slice(0, 500)}`;
      r.onResponse?.(status, body, context, hdrs);
    },
  }));
  const latencies = [];
  let peak = rssMiB(pid);
  const sampler = setInterval(() => {
    const now = rssMiB(pid);
    if (now > peak || Number.isNaN(peak)) peak = now;
  }, 50);
  const started = performance.now();
  let result;
  try {
    const instance = autocannon({
      url,
      connections,
      duration,
      maxOverallRequests: maxRequests,
      headers,
      requests: wrapped,
      timeout: 30,
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    result = await instance;
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  await drain(url);
  // autocannon counts a timeout as an error too.
  const connectionErrors = result.errors - result.timeouts;
  if (result.non2xx + connectionErrors > 0) {
    throw new Error(
      `${name}: ${result.non2xx} non-2xx, ${connectionErrors} connection errors, ${result.timeouts} timeouts of ${latencies.length} answers; statuses ${JSON.stringify(result.statusCodeStats)}; first failure: ${firstFailure ?? 'none recorded'}`,
    );
  }
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    peakRssMiB: peak,
  };
}

/** A result as a table row. */
export function loadRow(scenario, connections, r) {
  return {
    scenario,
    conns: connections,
    requests: r.requests,
    'req/s': round(r.rps, 0),
    'p50 ms': round(r.p50, 2),
    'p95 ms': round(r.p95, 2),
    'p99 ms': round(r.p99, 2),
    'non-2xx': r.non2xx,
    timeouts: r.timeouts,
    'peak RSS MiB': round(r.peakRssMiB, 0),
  };
}

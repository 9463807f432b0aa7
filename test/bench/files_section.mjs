/**
 * The "Files and similar cases" section of BENCHMARKS.md. An `--files` run writes it alone, so
 * its note carries its own date, machine and command, as the Alerts section's does; a full run
 * writes it with the rest. One table: what was measured, the figure, and its detail.
 */
import { MAX_OBSERVABLES_PER_GENERATED_CASE, OBSERVABLE_POOL_SIZE } from './generate/observables.mjs';
import { SIMILAR_PER_PAGE } from './similar_reads.mjs';
import { round } from './stats.mjs';

export const FILES_SECTION_TITLE = 'Files and similar cases';

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const mib = (bytes) => `${round(bytes / 2 ** 20, 0)} MiB`;

function transferRow(what, size, leg) {
  const { rss } = leg;
  return {
    measured: `${what} of ${mib(size)}`,
    result: `${round(leg.mbPerSecond, 1)} MB/s (${round(leg.ms / 1000, 2)} s)`,
    detail: `server RSS ${round(rss.baseline, 0)} MiB before, peak ${round(rss.peak, 0)} MiB, peak − baseline ${round(rss.growth, 1)} MiB (${rss.samples} samples)`,
  };
}

function seedingRow({ cases, seeding }) {
  if (seeding.reused) return { measured: `${fmt(cases)} cases seeded`, result: `${fmt(seeding.seconds)} s`, detail: 'the full run\'s largest folder (its generation row above)' };
  return {
    measured: `seeding ${fmt(cases)} cases with observables`,
    result: `${fmt(seeding.wallSeconds)} s`,
    detail: `${fmt(seeding.casesPerSecond)} cases/s while writing cases, store ${fmt(seeding.storeMiB)} MiB`,
  };
}

const readRow = (cases, r) => ({
  measured: `${r.scenario}, ${fmt(cases)} cases, 1 connection`,
  result: `p95 ${round(r.p95, 2)} ms`,
  detail: `p50 ${round(r.p50, 2)} ms, p99 ${round(r.p99, 2)} ms, ${round(r.rps, 1)} req/s, ${fmt(r.requests)} requests, every answer checked`,
});

/** `results`: runFiles's answer; `machine`: describeMachine's. */
export function filesSection(results, { machine, command }) {
  const { transfer, cases } = results;
  return {
    title: FILES_SECTION_TITLE,
    note:
      `Measured ${machine.date} by \`${command}\` on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}: the built server on the embedded store, one client over 127.0.0.1 on the same machine. ` +
      `Files: on a fresh data folder, one ${mib(transfer.size)} file (application/zip, at the 100 MiB cap in the full run) is uploaded as a streamed multipart \`POST /api/cases/{case_id}/files\` and downloaded with \`GET /internal/cases/{case_id}/files/{file_id}/download\`. ` +
      'Its bytes are a seeded pseudo-random stream (an AES-128-CTR keystream: incompressible, the same every run) produced and hashed 1 MiB at a time, so the client never holds the file either. ' +
      "MB/s is 10^6 bytes per second from the request's first byte to the answer's last; the upload includes the server's SHA-256 and its chunked writes to the blob store, the download its reads. " +
      'The server\'s resident set (VmRSS of /proc/<pid>/status) is sampled every 100 ms during each transfer, after a baseline of the median of 5 samples; a flat peak − baseline means the file is streamed, not buffered. ' +
      "The download's SHA-256 and size must equal the upload's and the Files listing's, or the run fails. " +
      `Similar cases: a seeded folder of ${fmt(cases)} cases, each holding 0-${MAX_OBSERVABLES_PER_GENERATED_CASE} observables (IPv4, hostname, domain) drawn from a pool of ${fmt(OBSERVABLE_POOL_SIZE)} with a Zipf-Mandelbrot skew, so the commonest value is in about one case in a hundred; the three owners share the pool. ` +
      `At ONE connection after a warm-up (latency is the cost of the request, not queueing): \`POST /internal/cases/{case_id}/_similar\` page 1 of ${SIMILAR_PER_PAGE} for a random case holding observables; \`POST /internal/cases/observables/_search\` with one of its values (the cases holding it under any type); and with all its values and its id (the Observables tab's "seen in N other cases"). ` +
      'Every answer is checked against the generated data, worked out apart from the server: the exact total, each listed case of the same owner and sharing exactly the pairs it lists, the page\'s shared counts the highest ones in order, the search\'s exact total and matches, each count exact. ' +
      'What limits it: the transfers share two cores with the client that makes and hashes the bytes; `_similar` reads the values index once per observable of the case and ranks every case sharing one, so a case holding common values costs the most (the p99).',
    rows: [
      transferRow('upload', transfer.size, transfer.upload),
      transferRow('download', transfer.size, transfer.download),
      { measured: 'SHA-256 of the download', result: 'equal to the upload\'s', detail: transfer.sha256 },
      seedingRow(results),
      ...results.reads.map((r) => readRow(cases, r)),
    ],
  };
}

/**
 * A process's resident memory (VmRSS of /proc/<pid>/status), sampled on a timer: how the bench
 * sees whether the server holds a transfer in memory. Linux only; elsewhere it says so.
 */
import { readFileSync } from 'node:fs';

/** VmRSS in MiB. */
export function readRssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(match[1]) / 1024;
}

/**
 * Samples every `intervalMs` until stopped. `stop()` takes a last sample and returns
 * `{ samples, peak }` in MiB; a sample that fails (the process gone) ends the sampling.
 */
export function sampleRss(pid, intervalMs = 100) {
  const samples = [readRssMiB(pid)];
  const timer = setInterval(() => {
    try {
      samples.push(readRssMiB(pid));
    } catch {
      clearInterval(timer);
    }
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      samples.push(readRssMiB(pid));
      return { samples, peak: Math.max(...samples) };
    },
  };
}

/** The resting RSS before a transfer: the median of a few samples `intervalMs` apart. */
export async function baselineRss(pid, count = 5, intervalMs = 100) {
  const samples = [];
  for (let n = 0; n < count; n++) {
    samples.push(readRssMiB(pid));
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return samples.sort((a, b) => a - b)[Math.floor(count / 2)];
}

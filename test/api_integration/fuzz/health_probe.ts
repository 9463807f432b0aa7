/**
 * Polls the health route one request at a time while something else loads the server, and
 * keeps each answer's status and latency: a request that stalls the server shows here.
 */
import type { createRawClient, RawRequest } from './raw_client';

export interface HealthSample {
  status: number;
  ms: number;
}

const PAUSE_MS = 25;
const GIVE_UP_MS = 30_000;

export async function sampleHealth(client: ReturnType<typeof createRawClient>, request: RawRequest): Promise<HealthSample> {
  const started = process.hrtime.bigint();
  let status: number;
  try {
    status = (await client.send(request, GIVE_UP_MS)).status;
  } catch {
    status = 0;
  }
  return { status, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

export function startHealthProbe(client: ReturnType<typeof createRawClient>, request: RawRequest) {
  const samples: HealthSample[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      samples.push(await sampleHealth(client, request));
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
  })();
  return {
    samples,
    async stop(): Promise<HealthSample[]> {
      running = false;
      await loop;
      return samples;
    },
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

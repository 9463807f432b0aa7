/** What the figures were measured on, printed with every result so numbers are never read bare. */
import { cpus, totalmem } from 'node:os';

export function describeMachine() {
  const cores = cpus();
  return {
    date: new Date().toISOString(),
    cores: cores.length,
    cpu: cores[0]?.model?.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

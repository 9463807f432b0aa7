/**
 * A generated case's observables: up to 10, drawn from a pool of 200,000 values with a
 * Zipf-Mandelbrot law (weight of rank k ∝ 1 / (k + 100)), so values are shared the way a SOC's
 * are: the commonest (a scanner's address, a shared host) is in about one case in a hundred,
 * most values in a handful. Case n's observables come from a generator seeded by n alone, so
 * adding them left every other generated field as it was.
 */
import { seededRandom } from './vocabulary.mjs';

export const OBSERVABLE_POOL_SIZE = 200_000;
export const MAX_OBSERVABLES_PER_GENERATED_CASE = 10;
/** The Mandelbrot offset: flattens the head so no value is in most cases. */
const OFFSET = 100;

const TYPES = ['observable-type-ipv4', 'observable-type-hostname', 'observable-type-domain'];

/** Rank k of the pool, by inverting the continuous CDF of 1 / (k + OFFSET). */
function drawRank(random) {
  const span = (OBSERVABLE_POOL_SIZE + OFFSET) / OFFSET;
  return Math.min(OBSERVABLE_POOL_SIZE - 1, Math.floor(OFFSET * span ** random() - OFFSET));
}

/** Pool entry k: a type and a value of it, the same for every case that draws k. */
export function poolObservable(k) {
  const typeKey = TYPES[k % TYPES.length];
  if (typeKey === 'observable-type-ipv4') return { typeKey, value: `10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255}` };
  if (typeKey === 'observable-type-hostname') return { typeKey, value: `host-${k.toString(36)}` };
  return { typeKey, value: `d${k.toString(36)}.example.net` };
}

/** The pool ranks of case n's observables, in order, each once (duplicate draws are one observable). */
export function caseObservableRanks(n) {
  const random = seededRandom(0x0b5e + n * 7919);
  const count = Math.floor(random() * (MAX_OBSERVABLES_PER_GENERATED_CASE + 1));
  return [...new Set(Array.from({ length: count }, () => drawRank(random)))];
}

/** Case n's observables, as the observables client stores them. */
export function caseObservables(n, createdAt) {
  return caseObservableRanks(n).map((k, i) => ({ id: `obs-${n}-${i}`, ...poolObservable(k), description: null, createdAt, updatedAt: null }));
}

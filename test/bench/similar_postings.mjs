/**
 * What the generated data says `_similar`, the value search and the counts must answer, worked
 * out from the generator (caseObservableRanks) rather than read back from the server, so the
 * bench checks every answer against something the server did not compute. For each pool rank,
 * the cases holding it in case-number order: one flat Int32Array (compressed rows), about
 * 4 bytes per observable, 20 MB at 1,000,000 cases.
 */
import { caseObservableRanks, poolObservable } from './generate/observables.mjs';

const keyOf = (o) => `${o.typeKey}\u0000${o.value}`;

/** `seeded`: the folder's `[{ id, owner, observables }]`, case n at index n − 1 (write_data.mjs). */
export function buildPostings(seeded) {
  const count = seeded.length;
  const owners = [...new Set(seeded.map((c) => c.owner))];
  const ownerOf = Uint8Array.from(seeded, (c) => owners.indexOf(c.owner));
  const caseStart = new Int32Array(count + 1);
  let flat = new Int32Array(count * 4 + 16);
  const holders = new Map();
  for (let i = 0; i < count; i++) {
    const ranks = caseObservableRanks(i + 1);
    // The folder was written by this generator: a different count means the data and the checks disagree.
    if (ranks.length !== seeded[i].observables) throw new Error(`case ${i + 1} holds ${seeded[i].observables} observables, the generator says ${ranks.length}`);
    if (caseStart[i] + ranks.length > flat.length) flat = grow(flat, caseStart[i] + ranks.length);
    flat.set(ranks, caseStart[i]);
    caseStart[i + 1] = caseStart[i] + ranks.length;
    for (const k of ranks) holders.set(k, (holders.get(k) ?? 0) + 1);
  }
  return { ...invert(flat, caseStart, holders, count), caseStart, flat, ownerOf };
}

function grow(array, atLeast) {
  const bigger = new Int32Array(Math.max(atLeast, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Rank → the cases holding it, as offsets into one array. */
function invert(flat, caseStart, holders, count) {
  const rankStart = new Map();
  let at = 0;
  for (const [k, n] of holders) {
    rankStart.set(k, at);
    at += n;
  }
  const filled = new Map();
  const postings = new Int32Array(at);
  for (let i = 0; i < count; i++) {
    for (let j = caseStart[i]; j < caseStart[i + 1]; j++) {
      const k = flat[j];
      const offset = filled.get(k) ?? 0;
      postings[rankStart.get(k) + offset] = i;
      filled.set(k, offset + 1);
    }
  }
  return { postings, rankStart, holders };
}

/** Case index i's ranks. */
export const ranksOf = (index, i) => Array.from(index.flat.subarray(index.caseStart[i], index.caseStart[i + 1]));

/** The cases (indexes) holding rank k. */
export function holdersOf(index, k) {
  const start = index.rankStart.get(k);
  return start === undefined ? new Int32Array(0) : index.postings.subarray(start, start + index.holders.get(k));
}

/** Case i's observables as (typeKey, value) pairs, keyed as the server keys them. */
export const observableKeysOf = (index, i) => new Set(ranksOf(index, i).map((k) => keyOf(poolObservable(k))));

/**
 * What `_similar` of case i must answer: how many other cases of its owner share a pair, and
 * the shared counts of the first `perPage` of them, most first (ties are ordered by creation,
 * which the counts alone do not show).
 */
export function expectedSimilar(index, i, perPage) {
  const shared = new Map();
  for (const k of ranksOf(index, i)) {
    for (const j of holdersOf(index, k)) {
      if (j !== i && index.ownerOf[j] === index.ownerOf[i]) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
  }
  const counts = [...shared.values()].sort((a, b) => b - a);
  return { total: shared.size, topCounts: counts.slice(0, perPage) };
}

/** Throws unless `body` is what `_similar` of case i must answer (page 1 of `perPage`). */
export function checkSimilar(index, seeded, i, perPage, body) {
  const fail = (why) => {
    throw new Error(`_similar of case ${i + 1} (${seeded[i].id}): ${why}`);
  };
  const expected = expectedSimilar(index, i, perPage);
  if (body.total !== expected.total) fail(`total ${body.total}, expected ${expected.total}`);
  if (body.cases.length !== expected.topCounts.length) fail(`${body.cases.length} cases on page 1, expected ${expected.topCounts.length}`);
  const mine = observableKeysOf(index, i);
  const counts = body.cases.map((c) => {
    if (c.id === seeded[i].id) fail('lists the case itself');
    if (c.owner !== seeded[i].owner) fail(`lists case ${c.id} of owner ${c.owner}`);
    const shared = c.observables.map(keyOf).filter((key) => mine.has(key));
    const listed = c.similarities.observables.map(keyOf);
    if (listed.length === 0 || listed.length !== shared.length || listed.some((key) => !shared.includes(key))) {
      fail(`case ${c.id} lists ${JSON.stringify(c.similarities.observables)} but shares ${shared.length} pairs`);
    }
    return listed.length;
  });
  if (counts.join() !== expected.topCounts.join()) fail(`shared counts ${counts.join()}, expected ${expected.topCounts.join()}`);
}

/** Throws unless `body` is what the value search for rank k must answer. */
export function checkValueSearch(index, k, perPage, body) {
  const { value } = poolObservable(k);
  const expected = holdersOf(index, k).length;
  if (body.total !== expected) throw new Error(`observable search for ${value}: total ${body.total}, expected ${expected}`);
  if (body.cases.length !== Math.min(perPage, expected)) throw new Error(`observable search for ${value}: ${body.cases.length} cases on page 1`);
  for (const c of body.cases) {
    if (c.matches.observables.length === 0 || c.matches.observables.some((o) => o.value !== value)) throw new Error(`observable search for ${value}: case ${c.id} matched ${JSON.stringify(c.matches)}`);
  }
}

/** Throws unless `body` counts, for each of case i's values, the other cases holding it. */
export function checkCounts(index, i, body) {
  for (const k of ranksOf(index, i)) {
    const { value } = poolObservable(k);
    const expected = holdersOf(index, k).length - 1;
    if (body.counts[value] !== expected) throw new Error(`counts for case ${i + 1}: ${value} counted ${body.counts[value]}, expected ${expected}`);
  }
}

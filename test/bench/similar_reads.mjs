/**
 * Similar cases and the observable search at ONE connection over a seeded folder (the cost of
 * a request, not queueing), each on a random case holding observables (or one of its values),
 * every answer checked against the generated data (similar_postings.mjs) outside the timing.
 */
import { WRITE_HEADERS } from './api_requests.mjs';
import { poolObservable } from './generate/observables.mjs';
import { buildPostings, checkCounts, checkSimilar, checkValueSearch, ranksOf } from './similar_postings.mjs';
import { runSequential } from './sequential_load.mjs';

/** Page 1 of 10, as the Similar cases tab pages. */
export const SIMILAR_PER_PAGE = 10;

const pickFrom = (list) => list[Math.floor(Math.random() * list.length)];

function scenarios(index, seeded) {
  const holders = seeded.flatMap((c, i) => (c.observables > 0 ? [i] : []));
  if (holders.length === 0) throw new Error('the similar-cases bench needs a folder whose cases hold observables');
  const post = (path, body, expect) => ({ method: 'POST', path, headers: WRITE_HEADERS, body: JSON.stringify(body), expect });
  const randomValue = (i) => pickFrom(ranksOf(index, i));
  return [
    {
      name: `_similar (random case with observables, page 1 of ${SIMILAR_PER_PAGE})`,
      next: () => {
        const i = pickFrom(holders);
        return post(`/internal/cases/${seeded[i].id}/_similar`, { page: 1, perPage: SIMILAR_PER_PAGE }, i);
      },
      check: (body, each) => checkSimilar(index, seeded, each.expect, SIMILAR_PER_PAGE, body),
    },
    {
      name: `observable search by value (one value of a random case, page 1 of ${SIMILAR_PER_PAGE})`,
      next: () => {
        const k = randomValue(pickFrom(holders));
        return post('/internal/cases/observables/_search', { value: poolObservable(k).value, perPage: SIMILAR_PER_PAGE }, k);
      },
      check: (body, each) => checkValueSearch(index, each.expect, SIMILAR_PER_PAGE, body),
    },
    {
      name: "observable counts (a random case's values, the Observables tab)",
      next: () => {
        const i = pickFrom(holders);
        return post('/internal/cases/observables/_search', { values: ranksOf(index, i).map((k) => poolObservable(k).value), caseId: seeded[i].id }, i);
      },
      check: (body, each) => checkCounts(index, each.expect, body),
    },
  ];
}

/** `[{ scenario, requests, rps, p50, p95, p99 }]`; each scenario warmed up, then timed. */
export async function measureSimilarReads({ url, seeded, timing }) {
  const started = performance.now();
  const index = buildPostings(seeded);
  console.error(`similar cases: expected answers worked out in ${Math.round(performance.now() - started)} ms`);
  const rows = [];
  for (const { name, next, check } of scenarios(index, seeded)) {
    const request = { setupRequest: () => next() };
    await runSequential({ name: `${name}, warm-up`, url, request, seconds: timing.seconds, maxRequests: timing.warmup, check });
    rows.push({ scenario: name, ...(await runSequential({ name, url, request, seconds: timing.seconds, maxRequests: timing.maxRequests, check })) });
  }
  return rows;
}

/** Types of similar_postings.mjs, for the TypeScript tests. */
export interface SeededCase {
  id: string;
  owner: string;
  observables: number;
}
export interface Postings {
  postings: Int32Array;
  rankStart: Map<number, number>;
  holders: Map<number, number>;
  caseStart: Int32Array;
  flat: Int32Array;
  ownerOf: Uint8Array;
}
export function buildPostings(seeded: SeededCase[]): Postings;
export function ranksOf(index: Postings, i: number): number[];
export function holdersOf(index: Postings, k: number): Int32Array;
export function observableKeysOf(index: Postings, i: number): Set<string>;
export function expectedSimilar(index: Postings, i: number, perPage: number): { total: number; topCounts: number[] };
export function checkSimilar(index: Postings, seeded: SeededCase[], i: number, perPage: number, body: unknown): void;
export function checkValueSearch(index: Postings, k: number, perPage: number, body: unknown): void;
export function checkCounts(index: Postings, i: number, body: unknown): void;

/** Types of observables.mjs, for the TypeScript tests. */
export const OBSERVABLE_POOL_SIZE: number;
export const MAX_OBSERVABLES_PER_GENERATED_CASE: number;
export function poolObservable(k: number): { typeKey: string; value: string };
export function caseObservableRanks(n: number): number[];
export function caseObservables(n: number, createdAt: string): Array<{ id: string; typeKey: string; value: string; description: null; createdAt: string; updatedAt: null }>;

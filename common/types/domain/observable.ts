/**
 * Observables (Kibana's `CaseObservable`): typed indicators an investigation collects, stored on
 * the case itself. Identity is `typeKey` + `value` (exact): a case holds a pair at most once.
 */
import * as t from 'io-ts';

const nullable = <C extends t.Mixed>(c: C) => t.union([c, t.null]);

export const CaseObservableRt = t.type({
  id: t.string,
  typeKey: t.string,
  value: t.string,
  description: nullable(t.string),
  createdAt: t.string,
  updatedAt: nullable(t.string),
});
export type CaseObservable = t.TypeOf<typeof CaseObservableRt>;

/** What an observable match of `_similar` names: the shared pair and its type's label. */
export const SimilarityObservableRt = t.type({ typeKey: t.string, value: t.string, typeLabel: t.string });
export type SimilarityObservable = t.TypeOf<typeof SimilarityObservableRt>;

/** The identity of an observable, as stored in the case's `observable_keys` index and compared for duplicates. */
export const observableKey = (typeKey: string, value: string): string => `${typeKey}\u0000${value}`;

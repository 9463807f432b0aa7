/**
 * The Attachments tab's one search box, applied to the observables already on the page (a case
 * holds at most a few dozen): a case-insensitive match on the value, the type's label or the
 * description.
 */
import type { CaseObservable } from '../../../common/types/domain/observable';

export function filterObservables(observables: readonly CaseObservable[], search: string, labelOf: (typeKey: string) => string): CaseObservable[] {
  const needle = search.trim().toLowerCase();
  if (needle === '') return [...observables];
  return observables.filter((observable) =>
    [observable.value, labelOf(observable.typeKey), observable.description ?? ''].some((text) => text.toLowerCase().includes(needle)),
  );
}

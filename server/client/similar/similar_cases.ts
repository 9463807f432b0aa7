/**
 * Similar cases (Kibana's `_similar`): the other cases of the space and of the same owner that
 * share at least one observable (same type and value) with this one, with the shared pairs.
 * Our order, not Kibana's: most shared pairs first, ties newest first. The store ranks by the
 * `observable_keys` index (rankBy), so the page and its exact total come from one query
 * whatever the number of cases.
 */
import { DEFAULT_PAGE, DEFAULT_PER_PAGE } from '../../../common/constants';
import type { SimilarCasesRequest, SimilarCasesResponse } from '../../../common/types/api/similar_cases';
import { observableKey, type CaseObservable, type SimilarityObservable } from '../../../common/types/domain/observable';
import { f } from '../../core';
import { authorizedOwners, ensureAuthorizedOnCase, Operations } from '../authorization';
import { toCase } from '../cases/to_case';
import { totalsOf } from '../cases/totals';
import type { CasesClientArgs } from '../types';
import { availableObservableTypes } from './available_types';

/** The pairs of `observables` that `shared` holds, each with its type's label. */
export function similaritiesOf(shared: Map<string, SimilarityObservable>, observables: CaseObservable[] | undefined): SimilarityObservable[] {
  const found = new Map<string, SimilarityObservable>();
  for (const observable of observables ?? []) {
    const key = observableKey(observable.typeKey, observable.value);
    const pair = shared.get(key);
    if (pair) found.set(key, pair);
  }
  return [...found.values()];
}

export async function findSimilarCases(args: CasesClientArgs, caseId: string, request: SimilarCasesRequest): Promise<SimilarCasesResponse> {
  const theCase = await args.services.cases.get(caseId);
  await ensureAuthorizedOnCase(args, Operations.getCase, theCase);
  const { owner } = theCase.attributes;
  const types = await availableObservableTypes(args, owner);
  const shared = new Map<string, SimilarityObservable>();
  for (const { typeKey, value } of theCase.attributes.observables ?? []) {
    const typeLabel = types.get(typeKey);
    if (typeLabel !== undefined) shared.set(observableKey(typeKey, value), { typeKey, value, typeLabel });
  }
  // Kibana's answer for a case without (available) observables, per_page 0 included.
  if (shared.size === 0) return { cases: [], page: 1, per_page: request.perPage ?? 0, total: 0 };

  const page = request.page ?? DEFAULT_PAGE;
  const perPage = request.perPage ?? DEFAULT_PER_PAGE;
  // Same owner only, and only if the caller may search it (the platform records the decision).
  const owners = await authorizedOwners(args, Operations.findCases, [owner]);
  if (owners.length === 0) return { cases: [], page, per_page: perPage, total: 0 };
  const found = await args.services.cases.find({
    filter: f.and(f.terms('owner', owners), f.not(f.term('id', caseId))),
    rankBy: { field: 'observable_keys', values: [...shared.keys()] },
    sort: [{ field: 'created_at', order: 'desc' }],
    page,
    perPage,
  });
  const totals = await totalsOf(args, found.saved_objects.map((so) => so.id));
  return {
    cases: found.saved_objects.map((so) => ({
      ...toCase(so, totals.get(so.id)!),
      similarities: { observables: similaritiesOf(shared, so.attributes.observables) },
    })),
    page,
    per_page: perPage,
    total: found.total,
  };
}

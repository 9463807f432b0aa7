/**
 * "Where else have we seen this value?" over every case of the space the caller may read:
 * - searchObservables: the cases holding an observable of exactly this value (of one type when
 *   asked), newest first, each with the observables that matched;
 * - countObservables: for each value, how many cases hold it (any available type, as the
 *   search finds them), the case being viewed not counted. Each count reads the store's facet
 *   index once per key of the value (owner and the `observable_keys` term, value_keys.ts), so
 *   the Observables tab's counts stay cheap at any size; the viewed case is subtracted, not
 *   filtered out, to keep it that way.
 */
import { DEFAULT_PAGE, DEFAULT_PER_PAGE } from '../../../common/constants';
import type { ObservableCountRequest, ObservableCountResponse, ObservableSearchResponse, ObservableValueSearch } from '../../../common/types/api/similar_cases';
import { observableKey } from '../../../common/types/domain/observable';
import { f } from '../../core';
import { authorizedOwners, ensureAuthorizedOnCase, Operations } from '../authorization';
import { toCase } from '../cases/to_case';
import { totalsOf } from '../cases/totals';
import type { CasesClientArgs } from '../types';
import { availableTypeKeys, keysOfValue } from './value_keys';

const asList = (owner: string | string[] | undefined): string[] | undefined => (owner === undefined ? undefined : [owner].flat());

export async function searchObservables(args: CasesClientArgs, request: ObservableValueSearch): Promise<ObservableSearchResponse> {
  const page = request.page ?? DEFAULT_PAGE;
  const perPage = request.perPage ?? DEFAULT_PER_PAGE;
  const owners = await authorizedOwners(args, Operations.findCases, asList(request.owner));
  if (owners.length === 0) return { cases: [], page, per_page: perPage, total: 0 };
  const { value, typeKey } = request;
  // One type asked: its key, available or not (the caller named it). Otherwise every available type's.
  const typeKeys = typeKey === undefined ? await availableTypeKeys(args, owners) : new Set([typeKey]);
  const held = f.terms('observable_keys', keysOfValue(typeKeys, value));
  const found = await args.services.cases.find({
    filter: f.and(f.terms('owner', owners), held),
    sort: [{ field: 'created_at', order: 'desc' }],
    page,
    perPage,
  });
  const totals = await totalsOf(args, found.saved_objects.map((so) => so.id));
  return {
    cases: found.saved_objects.map((so) => ({
      ...toCase(so, totals.get(so.id)!),
      matches: { observables: (so.attributes.observables ?? []).filter((o) => o.value === value && typeKeys.has(o.typeKey)) },
    })),
    page,
    per_page: perPage,
    total: found.total,
  };
}

export async function countObservables(args: CasesClientArgs, request: ObservableCountRequest): Promise<ObservableCountResponse> {
  // The case named first, as every by-id call: a caller with no privilege in the space gets its 404.
  const viewed = request.caseId === undefined ? undefined : await args.services.cases.get(request.caseId);
  if (viewed) await ensureAuthorizedOnCase(args, Operations.getCase, viewed);
  const owners = await authorizedOwners(args, Operations.findCases);
  const values = [...new Set(request.values)];
  if (owners.length === 0) return { counts: Object.fromEntries(values.map((value) => [value, 0])) };
  const typeKeys = await availableTypeKeys(args, owners);
  // The viewed case was counted for a value exactly when it holds one of the keys searched.
  const viewedKeys = new Set(
    viewed && owners.includes(viewed.attributes.owner) ? (viewed.attributes.observables ?? []).map((o) => observableKey(o.typeKey, o.value)) : [],
  );
  const counted = await Promise.all(
    values.map(async (value): Promise<[string, number]> => {
      const keys = keysOfValue(typeKeys, value);
      const found = await args.services.cases.find({ filter: f.and(f.terms('owner', owners), f.terms('observable_keys', keys)), perPage: 0 });
      return [value, Math.max(0, found.total - (keys.some((key) => viewedKeys.has(key)) ? 1 : 0))];
    }),
  );
  return { counts: Object.fromEntries(counted) };
}

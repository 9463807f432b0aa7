/**
 * Similar cases (`POST /internal/cases/{case_id}/_similar`, Kibana's) and the observable search
 * of ours (`POST /internal/cases/observables/_search`): "where else have we seen this value?".
 *
 * The search body is one of two shapes, so one route serves both uses of the Observables tab:
 * - `{ value, typeKey?, owner?, page?, perPage? }`: the cases holding an observable with exactly
 *   this value (of this type, when given; else of any type the owners have now), newest
 *   first, each with its matching observables;
 * - `{ values: [...], caseId? }`: how many cases hold each value (under any type the owners
 *   have now, as the value search finds them), the `caseId` one (the case being viewed) not
 *   counted: "seen in N other cases", and the value search then lists exactly those N and the
 *   case itself.
 */
import * as t from 'io-ts';
import { isLeft } from 'fp-ts/lib/Either';
import { limitedArray, limitedString, strictPartial, strictWithOptional } from '../../core/codec';
import { MAX_CASES_PER_PAGE, MAX_ID_LENGTH, MAX_OBSERVABLE_TYPE_KEY_LENGTH, MAX_OBSERVABLE_VALUE_LENGTH, MAX_OBSERVABLES_PER_CASE } from '../../constants';
import { CaseRt } from '../domain/case';
import { CaseObservableRt, SimilarityObservableRt } from '../domain/observable';
import { idString, withPagination } from './request_codecs';

const PageRt = t.number;
/** More owners than any deployment registers. */
const MAX_OWNERS_IN_SEARCH = 100;

const SimilarCasesBodyRt = withPagination(strictPartial({ page: PageRt, perPage: PageRt }, 'SimilarCasesRequest'), MAX_CASES_PER_PAGE);
export type SimilarCasesRequest = t.TypeOf<typeof SimilarCasesBodyRt>;

/** Kibana's body: paging only, strict, perPage at most MAX_CASES_PER_PAGE. No body asks for the first page. */
export const SimilarCasesRequestRt = new t.Type<SimilarCasesRequest, unknown, unknown>(
  'SimilarCasesRequest',
  SimilarCasesBodyRt.is,
  (u, ctx) => (u === undefined || u === null ? t.success({}) : SimilarCasesBodyRt.validate(u, ctx)),
  t.identity,
);

export const SimilarCaseRt = t.intersection([CaseRt, t.type({ similarities: t.type({ observables: t.array(SimilarityObservableRt) }) })]);
export type SimilarCase = t.TypeOf<typeof SimilarCaseRt>;

export const SimilarCasesResponseRt = t.type({ cases: t.array(SimilarCaseRt), page: t.number, per_page: t.number, total: t.number });
export type SimilarCasesResponse = t.TypeOf<typeof SimilarCasesResponseRt>;

const ValueRt = limitedString('value', { min: 1, max: MAX_OBSERVABLE_VALUE_LENGTH });
const TypeKeyRt = limitedString('typeKey', { min: 1, max: MAX_OBSERVABLE_TYPE_KEY_LENGTH });
const OwnerStringRt = limitedString('owner', { min: 1, max: MAX_ID_LENGTH });
const OwnerRt = t.union([OwnerStringRt, limitedArray(OwnerStringRt, 'owner', { max: MAX_OWNERS_IN_SEARCH })]);
const PagingRt = withPagination(strictPartial({ page: PageRt, perPage: PageRt }), MAX_CASES_PER_PAGE);

const ValueSearchBodyRt = strictWithOptional({ value: ValueRt }, { typeKey: TypeKeyRt, owner: OwnerRt, page: PageRt, perPage: PageRt }, 'ObservableValueSearch');
export type ObservableValueSearch = t.TypeOf<typeof ValueSearchBodyRt>;

/** The body, then Kibana's paging rules on its page and perPage. */
export const ObservableValueSearchRt = new t.Type<ObservableValueSearch, unknown, unknown>(
  'ObservableValueSearch',
  ValueSearchBodyRt.is,
  (u, ctx) => {
    const body = ValueSearchBodyRt.validate(u, ctx);
    if (isLeft(body)) return body;
    const paging = PagingRt.validate({ page: body.right.page, perPage: body.right.perPage }, ctx);
    return isLeft(paging) ? paging : body;
  },
  t.identity,
);

/** As many values as a case holds observables by default, twice over. */
export const MAX_OBSERVABLE_COUNT_VALUES = MAX_OBSERVABLES_PER_CASE * 2;

export const ObservableCountRequestRt = strictWithOptional(
  { values: limitedArray(ValueRt, 'values', { min: 1, max: MAX_OBSERVABLE_COUNT_VALUES }) },
  { caseId: idString('caseId', MAX_ID_LENGTH) },
  'ObservableCountRequest',
);
export type ObservableCountRequest = t.TypeOf<typeof ObservableCountRequestRt>;

/** Which shape a body is: one with `values` asks for counts. */
export const ObservablesSearchRequestRt = new t.Type<ObservableValueSearch | ObservableCountRequest, unknown, unknown>(
  'ObservablesSearchRequest',
  (u): u is ObservableValueSearch | ObservableCountRequest => ObservableValueSearchRt.is(u) || ObservableCountRequestRt.is(u),
  (u, ctx) => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return t.failure(u, ctx, 'The request body must be a JSON object.');
    return 'values' in u ? ObservableCountRequestRt.validate(u, ctx) : ObservableValueSearchRt.validate(u, ctx);
  },
  t.identity,
);
export type ObservablesSearchRequest = t.TypeOf<typeof ObservablesSearchRequestRt>;
export const isObservableCountRequest = (request: ObservablesSearchRequest): request is ObservableCountRequest => 'values' in request;

export const ObservableSearchCaseRt = t.intersection([CaseRt, t.type({ matches: t.type({ observables: t.array(CaseObservableRt) }) })]);
export const ObservableSearchResponseRt = t.type({ cases: t.array(ObservableSearchCaseRt), page: t.number, per_page: t.number, total: t.number });
export type ObservableSearchResponse = t.TypeOf<typeof ObservableSearchResponseRt>;

/** value → how many cases hold it under any type, the `caseId` case not counted. */
export const ObservableCountResponseRt = t.type({ counts: t.record(t.string, t.number) });
export type ObservableCountResponse = t.TypeOf<typeof ObservableCountResponseRt>;

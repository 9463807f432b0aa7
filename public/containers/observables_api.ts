/**
 * The observable routes as the browser calls them (Kibana's bodies: `{ observable: ... }`).
 * Add and update answer the whole case, so the caller can show it without a second read.
 */
import { INTERNAL_CASE_OBSERVABLE_URL, INTERNAL_CASE_OBSERVABLES_URL, INTERNAL_OBSERVABLES_SEARCH_URL } from '../../common/constants';
import type { ObservablePost, UpdateObservableRequest } from '../../common/types/api/observable';
import { MAX_OBSERVABLE_COUNT_VALUES, type ObservableCountResponse, type ObservableSearchResponse } from '../../common/types/api/similar_cases';
import type { Case } from '../../common/types/domain/case';
import type { HttpClient } from '../core';

export type { ObservablePost };
/** The type is fixed once added, as in Kibana: only the value and the description change. */
export type ObservablePatch = UpdateObservableRequest['observable'];

/** "Where else have we seen this value?": every case of the space holding it, under any type. */
export interface ObservablesSearchQuery {
  value: string;
  page: number;
  perPage: number;
}

export type { ObservableCountResponse, ObservableSearchResponse };

/** A case holding the value, with its observables that hold it (under one type or several). */
export type ObservableSearchCase = ObservableSearchResponse['cases'][number];

const caseObservablesUrl = (caseId: string) => INTERNAL_CASE_OBSERVABLES_URL.replace('{case_id}', encodeURIComponent(caseId));
const observableUrl = (caseId: string, observableId: string) =>
  INTERNAL_CASE_OBSERVABLE_URL.replace('{case_id}', encodeURIComponent(caseId)).replace('{observable_id}', encodeURIComponent(observableId));

export const observablesApi = {
  add: (http: HttpClient, caseId: string, observable: ObservablePost) => http.post<Case>(caseObservablesUrl(caseId), { body: { observable } }),
  update: (http: HttpClient, caseId: string, observableId: string, observable: ObservablePatch) =>
    http.patch<Case>(observableUrl(caseId, observableId), { body: { observable } }),
  /** Answers 204: the caller reads the case again. */
  delete: (http: HttpClient, caseId: string, observableId: string) => http.delete<void>(observableUrl(caseId, observableId)),
  search: (http: HttpClient, query: ObservablesSearchQuery, signal?: AbortSignal) =>
    http.post<ObservableSearchResponse>(INTERNAL_OBSERVABLES_SEARCH_URL, { body: query, signal }),
  /** The route takes a bounded list; a case allowed more observables than that asks in slices. */
  counts: async (http: HttpClient, caseId: string, values: string[], signal?: AbortSignal): Promise<ObservableCountResponse> => {
    const slices: string[][] = [];
    for (let start = 0; start < values.length; start += MAX_OBSERVABLE_COUNT_VALUES) slices.push(values.slice(start, start + MAX_OBSERVABLE_COUNT_VALUES));
    const answers = await Promise.all(
      slices.map((slice) => http.post<ObservableCountResponse>(INTERNAL_OBSERVABLES_SEARCH_URL, { body: { caseId, values: slice }, signal })),
    );
    return { counts: Object.assign({}, ...answers.map((answer) => answer.counts)) as Record<string, number> };
  },
};

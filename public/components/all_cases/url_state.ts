/**
 * The all-cases view lives in the URL query string so a link reproduces it. Parsing never
 * throws: a value it cannot read falls back to its default, so a hand-edited or stale link still
 * opens the list. Only values that differ from the defaults are written, to keep links short.
 */
import {
  CASE_SEVERITIES,
  CASE_STATUSES,
  CONFIGURATION_KEY_PATTERN,
  MAX_ASSIGNEES_FILTER_LENGTH,
  MAX_CATEGORY_FILTER_LENGTH,
  MAX_CONFIGURE_LIMIT_SETTING,
  MAX_CUSTOM_FIELD_KEY_LENGTH,
  MAX_DOCS_PER_PAGE,
  MAX_REPORTERS_FILTER_LENGTH,
  MAX_SEARCH_LENGTH,
  MAX_TAGS_FILTER_LENGTH,
  type CaseSeverity,
  type CaseStatus,
} from '../../../common/constants';
import type { CasesFindRequest } from '../../../common/types/api/case';
import type { CasesSearchRequest } from '../../containers/cases_api';

export const TABLE_SORT_FIELDS = ['createdAt', 'updatedAt', 'closedAt', 'title', 'severity', 'status'] as const;
export type TableSortField = (typeof TABLE_SORT_FIELDS)[number];
export const PAGE_SIZE_OPTIONS = [10, 25, 50, 100];

export const DEFAULT_FROM = 'now-30d';
export const DEFAULT_TO = 'now';
/** `range=all` is the "Show all cases" choice: no date bounds at all. */
export const ALL_TIME = 'all';

/** A toggle custom field's filter choices, Kibana's "On" and "Off", and the values they stand for. */
export const TOGGLE_FILTER_OPTIONS = ['on', 'off'] as const;
export type ToggleFilterOption = (typeof TOGGLE_FILTER_OPTIONS)[number];
const TOGGLE_FILTER_VALUES: Record<ToggleFilterOption, boolean> = { on: true, off: false };

/** The chosen options by custom field key. */
export type CustomFieldFilters = Record<string, ToggleFilterOption[]>;

/**
 * Custom field filters go in the URL as `cf_<key>=on`: Kibana's prefix, so a custom field keyed
 * like a built-in filter (`status`, say) cannot collide with it.
 */
export const CUSTOM_FIELD_FILTER_PREFIX = 'cf_';

export interface CasesFilters {
  customFields: CustomFieldFilters;
  status: CaseStatus[];
  severity: CaseSeverity[];
  tags: string[];
  assignees: string[];
  reporters: string[];
  category: string[];
}

export interface AllCasesState extends CasesFilters {
  search: string;
  /** Both null when the range is cleared ("Show all cases"). */
  from: string | null;
  to: string | null;
  sortField: TableSortField;
  sortOrder: 'asc' | 'desc';
  page: number;
  perPage: number;
}

/** The search and every filter empty: the start, and what "Clear filters" returns to. */
export const NO_FILTERS: Pick<AllCasesState, 'search' | keyof CasesFilters> = {
  search: '',
  customFields: {},
  status: [],
  severity: [],
  tags: [],
  assignees: [],
  reporters: [],
  category: [],
};

export const DEFAULT_STATE: AllCasesState = {
  ...NO_FILTERS,
  from: DEFAULT_FROM,
  to: DEFAULT_TO,
  sortField: 'createdAt',
  sortOrder: 'desc',
  page: 1,
  perPage: PAGE_SIZE_OPTIONS[0],
};

export const FILTER_KEYS = ['status', 'severity', 'tags', 'assignees', 'reporters', 'category'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const MAX_VALUE_LENGTH = 256;
const MAX_DATE_LENGTH = 100;

function strings(params: URLSearchParams, key: string, max: number): string[] {
  const values = params
    .getAll(key)
    .map((value) => value.trim())
    .filter((value) => value !== '' && value.length <= MAX_VALUE_LENGTH);
  return [...new Set(values)].slice(0, max);
}

function oneOf<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  return [...new Set(params.getAll(key))].filter((value): value is T => (allowed as readonly string[]).includes(value));
}

/**
 * Any well-formed key is kept: the definitions are not known while the URL is read. A key the
 * owner no longer defines is dropped when the request is built (see toCustomFieldsFilter).
 */
function readCustomFieldFilters(params: URLSearchParams): CustomFieldFilters {
  const filters: CustomFieldFilters = {};
  for (const name of new Set(params.keys())) {
    if (!name.startsWith(CUSTOM_FIELD_FILTER_PREFIX)) continue;
    const key = name.slice(CUSTOM_FIELD_FILTER_PREFIX.length);
    if (key.length > MAX_CUSTOM_FIELD_KEY_LENGTH || !CONFIGURATION_KEY_PATTERN.test(key)) continue;
    const options = oneOf(params, name, TOGGLE_FILTER_OPTIONS);
    if (options.length > 0) filters[key] = options;
    if (Object.keys(filters).length >= MAX_CONFIGURE_LIMIT_SETTING) break;
  }
  return filters;
}

function positiveInt(value: string | null): number | undefined {
  if (value == null || !/^\d{1,6}$/.test(value)) return undefined;
  const parsed = Number(value);
  return parsed >= 1 ? parsed : undefined;
}

function dateMath(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed.length <= MAX_DATE_LENGTH ? trimmed : undefined;
}

function readRange(params: URLSearchParams): Pick<AllCasesState, 'from' | 'to'> {
  if (params.get('range') === ALL_TIME) return { from: null, to: null };
  return { from: dateMath(params.get('from')) ?? DEFAULT_FROM, to: dateMath(params.get('to')) ?? DEFAULT_TO };
}

export function parseAllCasesState(params: URLSearchParams): AllCasesState {
  const sortField = params.get('sortField');
  const sortOrder = params.get('sortOrder');
  const perPage = positiveInt(params.get('perPage'));
  const validPerPage = perPage !== undefined && PAGE_SIZE_OPTIONS.includes(perPage) ? perPage : DEFAULT_STATE.perPage;
  // Elasticsearch will not page past 10,000 documents; a deeper page is a broken link.
  const maxPage = Math.floor(MAX_DOCS_PER_PAGE / validPerPage);
  return {
    search: (params.get('search') ?? '').slice(0, MAX_SEARCH_LENGTH),
    customFields: readCustomFieldFilters(params),
    status: oneOf(params, 'status', CASE_STATUSES),
    severity: oneOf(params, 'severity', CASE_SEVERITIES),
    tags: strings(params, 'tags', MAX_TAGS_FILTER_LENGTH),
    assignees: strings(params, 'assignees', MAX_ASSIGNEES_FILTER_LENGTH),
    reporters: strings(params, 'reporters', MAX_REPORTERS_FILTER_LENGTH),
    category: strings(params, 'category', MAX_CATEGORY_FILTER_LENGTH),
    ...readRange(params),
    sortField: (TABLE_SORT_FIELDS as readonly string[]).includes(sortField ?? '') ? (sortField as TableSortField) : DEFAULT_STATE.sortField,
    sortOrder: sortOrder === 'asc' || sortOrder === 'desc' ? sortOrder : DEFAULT_STATE.sortOrder,
    page: Math.min(positiveInt(params.get('page')) ?? 1, maxPage),
    perPage: validPerPage,
  };
}

export function serializeAllCasesState(state: AllCasesState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set('search', state.search);
  for (const key of FILTER_KEYS) for (const value of state[key]) params.append(key, value);
  for (const key of Object.keys(state.customFields).sort()) {
    for (const value of state.customFields[key]) params.append(`${CUSTOM_FIELD_FILTER_PREFIX}${key}`, value);
  }
  if (state.from === null || state.to === null) params.set('range', ALL_TIME);
  else {
    if (state.from !== DEFAULT_FROM) params.set('from', state.from);
    if (state.to !== DEFAULT_TO) params.set('to', state.to);
  }
  if (state.sortField !== DEFAULT_STATE.sortField) params.set('sortField', state.sortField);
  if (state.sortOrder !== DEFAULT_STATE.sortOrder) params.set('sortOrder', state.sortOrder);
  if (state.page !== 1) params.set('page', String(state.page));
  if (state.perPage !== DEFAULT_STATE.perPage) params.set('perPage', String(state.perPage));
  return params;
}

const nonEmpty = <T>(values: T[]) => (values.length > 0 ? values : undefined);

/** The find request of a view; empty filters are left out rather than sent empty. */
export function toFindRequest(state: AllCasesState): CasesFindRequest {
  const request: CasesFindRequest = {
    search: state.search.trim() ? state.search : undefined,
    status: nonEmpty(state.status),
    severity: nonEmpty(state.severity),
    tags: nonEmpty(state.tags),
    assignees: nonEmpty(state.assignees),
    reporters: nonEmpty(state.reporters),
    category: nonEmpty(state.category),
    from: state.from ?? undefined,
    to: state.to ?? undefined,
    sortField: state.sortField,
    sortOrder: state.sortOrder,
    page: state.page,
    perPage: state.perPage,
  };
  // Dropping undefined keys keeps the react-query key stable and the request URL clean.
  return Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined)) as CasesFindRequest;
}

/**
 * The `_search` filter of a view: only keys the owner defines as filterable (toggle) fields, since
 * the server refuses any other; undefined when there is none, and the list stays on `_find`.
 */
export function toCustomFieldsFilter(filters: CustomFieldFilters, filterableKeys: ReadonlySet<string>): CasesSearchRequest['customFields'] {
  const entries = Object.entries(filters)
    .filter(([key, options]) => filterableKeys.has(key) && options.length > 0)
    .map(([key, options]) => [key, options.map((option) => TOGGLE_FILTER_VALUES[option])] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

export const hasCustomFieldFilters = (filters: CustomFieldFilters) => Object.values(filters).some((options) => options.length > 0);

export function hasActiveFilters(state: AllCasesState): boolean {
  return state.search.trim() !== '' || FILTER_KEYS.some((key) => state[key].length > 0) || hasCustomFieldFilters(state.customFields);
}

/** Requests and responses of the cases routes: create, get, update, delete, find, bulk get, taxonomies. */
import * as t from 'io-ts';
import { isLeft } from 'fp-ts/lib/Either';
import { repeatedValues } from '../../core/repeated_values';
import { discriminated, limitedArray, limitedString, strict, strictPartial, strictWithOptional } from '../../core/codec';
import {
  MAX_ASSIGNEES_FILTER_LENGTH,
  MAX_ASSIGNEES_PER_CASE,
  MAX_BULK_GET_CASES,
  MAX_CASES_PER_PAGE,
  MAX_CASES_TO_UPDATE,
  MAX_CATEGORY_FILTER_LENGTH,
  MAX_CATEGORY_LENGTH,
  MAX_CONFIGURE_LIMIT_SETTING,
  MAX_CUSTOM_FIELD_KEY_LENGTH,
  MAX_CUSTOM_FIELD_TEXT_VALUE_LENGTH,
  MAX_DELETE_IDS_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  MAX_ID_LENGTH,
  MAX_LENGTH_PER_TAG,
  MAX_OWNER_LENGTH,
  MAX_REPORTERS_FILTER_LENGTH,
  MAX_TAGS_FILTER_LENGTH,
  MAX_TAGS_PER_CASE,
  MAX_TITLE_LENGTH,
  MAX_USERNAME_LENGTH,
  MAX_VERSION_LENGTH,
  OWNERS,
} from '../../constants';
import { CaseRt } from '../domain/case';
import { CaseConnectorRt } from '../domain/connector';
import { CaseSeverityRt, CaseStatusRt, OwnerRt } from '../domain/enums';
import { CaseSettingsRt } from '../domain/settings';
import { UserRt } from '../domain/user';
import { SearchRt } from './search_codec';
import { idString, booleanFromQuery, nonEmptyString, numberFromQuery, oneOrMany, SortOrderRt, withPagination } from './request_codecs';

const TitleRt = nonEmptyString('title', MAX_TITLE_LENGTH);
const DescriptionRt = nonEmptyString('description', MAX_DESCRIPTION_LENGTH);
export const TagsRt = limitedArray(nonEmptyString('tag', MAX_LENGTH_PER_TAG), 'tags', { max: MAX_TAGS_PER_CASE });
export const CategoryRt = t.union([nonEmptyString('category', MAX_CATEGORY_LENGTH), t.null], 'category');
export const AssigneesRt = limitedArray(strict({ uid: idString('uid', MAX_ID_LENGTH) }, 'assignee'), 'assignees', { max: MAX_ASSIGNEES_PER_CASE });
const CustomFieldKeyRt = limitedString('key', { min: 1, max: MAX_CUSTOM_FIELD_KEY_LENGTH });
/** A custom field's value by type: text is bounded, numbers are safe integers (Kibana's). */
export const CustomFieldTextValueRt = limitedString('value', { min: 1, max: MAX_CUSTOM_FIELD_TEXT_VALUE_LENGTH });
export const CustomFieldNumberValueRt = new t.Type<number, number, unknown>(
  'value',
  (u): u is number => Number.isSafeInteger(u),
  (u, ctx) =>
    Number.isSafeInteger(u)
      ? t.success(u as number)
      : t.failure(u, ctx, `The value field should be an integer between -(2^53 - 1) and 2^53 - 1, inclusive.`),
  t.identity,
);
export const CaseCustomFieldRequestRt = discriminated(
  'type',
  {
    text: strict({ key: CustomFieldKeyRt, type: t.literal('text'), value: t.union([CustomFieldTextValueRt, t.null]) }),
    toggle: strict({ key: CustomFieldKeyRt, type: t.literal('toggle'), value: t.union([t.boolean, t.null]) }),
    number: strict({ key: CustomFieldKeyRt, type: t.literal('number'), value: t.union([CustomFieldNumberValueRt, t.null]) }),
  },
  'custom field',
);
/**
 * Bounded by the configurable ceiling: how many a case may hold is the owner's configuration,
 * which the client checks (an admin may raise the cap from Kibana's 10 up to this).
 */
const CustomFieldsListRt = limitedArray(CaseCustomFieldRequestRt, 'customFields', { max: MAX_CONFIGURE_LIMIT_SETTING });

/** A key given twice would leave the stored value depending on which one a reader picks: Kibana refuses it. */
export const CustomFieldsRt = new t.Type<t.TypeOf<typeof CustomFieldsListRt>, t.OutputOf<typeof CustomFieldsListRt>, unknown>(
  'customFields',
  (u): u is t.TypeOf<typeof CustomFieldsListRt> => CustomFieldsListRt.is(u) && duplicatedKeys(u).length === 0,
  (u, ctx) => {
    const decoded = CustomFieldsListRt.validate(u, ctx);
    if (isLeft(decoded)) return decoded;
    const duplicated = duplicatedKeys(decoded.right);
    return duplicated.length === 0
      ? decoded
      : t.failure(u, ctx, `Invalid duplicated customFields keys in request: ${duplicated.join(',')}`);
  },
  CustomFieldsListRt.encode,
);

function duplicatedKeys(fields: Array<{ key: string }>): string[] {
  const keys = fields.map((field) => field.key);
  return repeatedValues(keys);
}

export const CaseIdParamsRt = strict({ case_id: idString('case_id', MAX_ID_LENGTH) });

export const CasePostRequestRt = strictWithOptional(
  { title: TitleRt, description: DescriptionRt, tags: TagsRt, connector: CaseConnectorRt, settings: CaseSettingsRt, owner: OwnerRt },
  { assignees: AssigneesRt, severity: CaseSeverityRt, category: CategoryRt, customFields: CustomFieldsRt },
  'CasePostRequest',
);
export type CasePostRequest = t.TypeOf<typeof CasePostRequestRt>;

export const CasePatchRequestRt = strictWithOptional(
  { id: idString('id', MAX_ID_LENGTH), version: idString('version', MAX_VERSION_LENGTH) },
  {
    title: TitleRt,
    description: DescriptionRt,
    tags: TagsRt,
    connector: CaseConnectorRt,
    settings: CaseSettingsRt,
    severity: CaseSeverityRt,
    status: CaseStatusRt,
    assignees: AssigneesRt,
    category: CategoryRt,
    customFields: CustomFieldsRt,
    /** Accepted so that the client can refuse it with Kibana's message. */
    owner: limitedString('owner', { min: 1, max: MAX_OWNER_LENGTH }),
  },
  'CasePatchRequest',
);
export type CasePatchRequest = t.TypeOf<typeof CasePatchRequestRt>;

export const CasesPatchRequestRt = strict({
  cases: limitedArray(CasePatchRequestRt, 'cases', { min: 1, max: MAX_CASES_TO_UPDATE }),
});
export type CasesPatchRequest = t.TypeOf<typeof CasesPatchRequestRt>;

export const CasesDeleteQueryRt = strict({
  ids: oneOrMany(idString('ids', MAX_ID_LENGTH), 'ids', { min: 1, max: MAX_DELETE_IDS_LENGTH }),
});

export const GetCaseQueryRt = strictPartial({ includeComments: booleanFromQuery('includeComments') });

export const OwnersQueryRt = oneOrMany(OwnerRt, 'owner', { max: OWNERS.length });

export const CASE_SEARCH_FIELDS = ['title', 'description', 'incremental_id.text'] as const;
export const CaseSearchFieldRt = t.keyof({ title: null, description: null, 'incremental_id.text': null }, 'searchFields');

export const CASE_SORT_FIELDS = ['createdAt', 'updatedAt', 'closedAt', 'title', 'category', 'status', 'severity'] as const;
export type CaseSortField = (typeof CASE_SORT_FIELDS)[number];

export const CasesFindQueryRt = withPagination(
  strictPartial(
    {
      // A value longer than any stored one could match nothing: it is refused, not searched for.
      tags: oneOrMany(limitedString('tags', { max: MAX_LENGTH_PER_TAG }), 'tags', { max: MAX_TAGS_FILTER_LENGTH }),
      status: oneOrMany(CaseStatusRt, 'status', { max: 3 }),
      severity: oneOrMany(CaseSeverityRt, 'severity', { max: 4 }),
      assignees: oneOrMany(limitedString('assignees', { max: MAX_ID_LENGTH }), 'assignees', { max: MAX_ASSIGNEES_FILTER_LENGTH }),
      reporters: oneOrMany(limitedString('reporters', { max: MAX_USERNAME_LENGTH }), 'reporters', { max: MAX_REPORTERS_FILTER_LENGTH }),
      category: oneOrMany(limitedString('category', { max: MAX_CATEGORY_LENGTH }), 'category', { max: MAX_CATEGORY_FILTER_LENGTH }),
      owner: OwnersQueryRt,
      search: SearchRt,
      searchFields: oneOrMany(CaseSearchFieldRt, 'searchFields', { max: CASE_SEARCH_FIELDS.length }),
      defaultSearchOperator: t.keyof({ AND: null, OR: null }, 'defaultSearchOperator'),
      from: limitedString('from', { max: 100 }),
      to: limitedString('to', { max: 100 }),
      sortField: t.keyof(Object.fromEntries(CASE_SORT_FIELDS.map((f) => [f, null])) as Record<CaseSortField, null>, 'sortField'),
      sortOrder: SortOrderRt,
      page: numberFromQuery('page'),
      perPage: numberFromQuery('perPage'),
    },
    'CasesFindRequest',
  ),
  MAX_CASES_PER_PAGE,
);
export type CasesFindRequest = t.TypeOf<typeof CasesFindQueryRt>;

export const CasesFindResponseRt = t.type({
  cases: t.array(CaseRt),
  page: t.number,
  per_page: t.number,
  total: t.number,
  count_open_cases: t.number,
  count_in_progress_cases: t.number,
  count_closed_cases: t.number,
});
export type CasesFindResponse = t.TypeOf<typeof CasesFindResponseRt>;

export const OwnerQueryRt = strictPartial({ owner: OwnersQueryRt });
export type OwnerQuery = t.TypeOf<typeof OwnerQueryRt>;

export const GetReportersResponseRt = t.array(UserRt);

export const CasesBulkGetRequestRt = strictWithOptional(
  { ids: limitedArray(idString('ids', MAX_ID_LENGTH), 'ids', { min: 1, max: MAX_BULK_GET_CASES }) },
  /** Kibana once took `fields`; it is accepted and every field is returned. */
  { fields: oneOrMany(t.string, 'fields', { max: 100 }) },
  'CasesBulkGetRequest',
);
export type CasesBulkGetRequest = t.TypeOf<typeof CasesBulkGetRequestRt>;

export const CasesBulkGetResponseRt = t.type({
  cases: t.array(CaseRt),
  errors: t.array(t.type({ caseId: t.string, error: t.string, message: t.string, status: t.union([t.number, t.undefined]) })),
});
export type CasesBulkGetResponse = t.TypeOf<typeof CasesBulkGetResponseRt>;

/** Kibana's resolve answer; `aliasMatch` and `conflict` come from ids migrated across spaces, which never happens here. */
export const CaseResolveResponseRt = t.intersection([
  t.type({ case: CaseRt, outcome: t.keyof({ exactMatch: null, aliasMatch: null, conflict: null }) }),
  t.partial({ alias_target_id: t.string, alias_purpose: t.keyof({ savedObjectConversion: null, savedObjectImport: null }) }),
]);
export type CaseResolveResponse = t.TypeOf<typeof CaseResolveResponseRt>;

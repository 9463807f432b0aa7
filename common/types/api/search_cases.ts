/**
 * `POST /internal/cases/_search` (Kibana's): the find API's parameters as a JSON body, plus
 * `customFields: { [key]: values[] }`. The find codec decodes everything but `customFields`, so
 * both routes accept exactly the same parameters with the same messages. Values are scalars
 * of any custom field type, as Kibana's codec accepts them: which ones a key may be filtered by
 * is its type's business, checked against the configuration with Kibana's messages.
 */
import * as t from 'io-ts';
import { isLeft } from 'fp-ts/lib/Either';
import { limitedArray, limitedString } from '../../core/codec';
import {
  MAX_CONFIGURE_LIMIT_SETTING,
  MAX_CUSTOM_FIELD_FILTER_VALUES,
  MAX_CUSTOM_FIELD_KEY_LENGTH,
  MAX_CUSTOM_FIELD_TEXT_VALUE_LENGTH,
} from '../../constants';
import { CasesFindQueryRt, type CasesFindRequest } from './case';

export const CustomFieldFilterValueRt = t.union(
  [t.boolean, t.null, limitedString('value', { max: MAX_CUSTOM_FIELD_TEXT_VALUE_LENGTH }), t.number],
  'customFields value',
);
export type CustomFieldFilterValue = t.TypeOf<typeof CustomFieldFilterValueRt>;

const valuesOf = (key: string) => limitedArray(CustomFieldFilterValueRt, `customFields.${key}`, { max: MAX_CUSTOM_FIELD_FILTER_VALUES });
const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u);

/**
 * Keys bounded in length and number by the ceiling an admin may raise the custom fields cap
 * to; the configured cap itself is the client's check, with Kibana's message.
 */
export const CustomFieldsFilterRt = new t.Type<Record<string, CustomFieldFilterValue[]>, Record<string, CustomFieldFilterValue[]>, unknown>(
  'customFields',
  (u): u is Record<string, CustomFieldFilterValue[]> => isRecord(u) && Object.entries(u).every(([k, v]) => valuesOf(k).is(v)),
  (u, ctx) => {
    if (!isRecord(u)) return t.failure(u, ctx);
    const keys = Object.keys(u);
    if (keys.length > MAX_CONFIGURE_LIMIT_SETTING) {
      return t.failure(u, ctx, `The customFields filter names ${keys.length} keys; at most ${MAX_CONFIGURE_LIMIT_SETTING} are allowed.`);
    }
    const decoded: Record<string, CustomFieldFilterValue[]> = {};
    for (const key of keys) {
      if (key.length === 0 || key.length > MAX_CUSTOM_FIELD_KEY_LENGTH) {
        return t.failure(u, ctx, `The length of the customFields key is invalid. It must be between 1 and ${MAX_CUSTOM_FIELD_KEY_LENGTH} characters.`);
      }
      const values = valuesOf(key).validate(u[key], t.appendContext(ctx, key, valuesOf(key), u[key]));
      if (isLeft(values)) return values;
      decoded[key] = values.right;
    }
    return t.success(decoded);
  },
  t.identity,
);

export type CasesSearchRequest = CasesFindRequest & { customFields?: Record<string, CustomFieldFilterValue[]> };

/** The body minus `customFields` goes through the find codec, which refuses unknown keys. */
export const CasesSearchRequestRt = new t.Type<CasesSearchRequest, unknown, unknown>(
  'CasesSearchRequest',
  (u): u is CasesSearchRequest => isRecord(u) && CasesFindQueryRt.is(withoutCustomFields(u)) && (u.customFields === undefined || CustomFieldsFilterRt.is(u.customFields)),
  (u, ctx) => {
    if (!isRecord(u)) return t.failure(u, ctx, 'The request body must be a JSON object.');
    const find = CasesFindQueryRt.validate(withoutCustomFields(u), ctx);
    if (isLeft(find)) return find;
    if (u.customFields === undefined) return t.success(find.right);
    const customFields = CustomFieldsFilterRt.validate(u.customFields, t.appendContext(ctx, 'customFields', CustomFieldsFilterRt, u.customFields));
    if (isLeft(customFields)) return customFields;
    return t.success({ ...find.right, customFields: customFields.right });
  },
  t.identity,
);

function withoutCustomFields(u: Record<string, unknown>): Record<string, unknown> {
  const { customFields: _ignored, ...rest } = u;
  return rest;
}

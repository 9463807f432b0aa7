/**
 * `PUT /internal/cases/{case_id}/custom_fields/{custom_field_id}`: one custom field's new value,
 * with the case version it was read at (Kibana's CustomFieldPutRequest). The value's shape is
 * bounded here as any custom field value is (text at most 160, safe integers); whether it is the
 * type its definition says is the client's check, since only the configuration knows.
 */
import * as t from 'io-ts';
import { limitedString, strict } from '../../core/codec';
import { MAX_CUSTOM_FIELD_KEY_LENGTH, MAX_ID_LENGTH, MAX_VERSION_LENGTH } from '../../constants';
import { CustomFieldNumberValueRt, CustomFieldTextValueRt } from './case';
import { idString } from './request_codecs';

export const CustomFieldPutParamsRt = strict({
  case_id: idString('case_id', MAX_ID_LENGTH),
  custom_field_id: limitedString('custom_field_id', { min: 1, max: MAX_CUSTOM_FIELD_KEY_LENGTH }),
});

/** A number that is not a safe integer is refused with the number codec's message, not lost in the union's. */
const CustomFieldPutValueRt = new t.Type<string | boolean | number | null, string | boolean | number | null, unknown>(
  'value',
  (u): u is string | boolean | number | null => u === null || typeof u === 'boolean' || CustomFieldTextValueRt.is(u) || CustomFieldNumberValueRt.is(u),
  (u, ctx) => {
    if (u === null || typeof u === 'boolean') return t.success(u);
    if (typeof u === 'number') return CustomFieldNumberValueRt.validate(u, ctx);
    if (typeof u === 'string') return CustomFieldTextValueRt.validate(u, ctx);
    return t.failure(u, ctx);
  },
  t.identity,
);

export const CustomFieldPutRequestRt = strict(
  { caseVersion: idString('caseVersion', MAX_VERSION_LENGTH), value: CustomFieldPutValueRt },
  'CustomFieldPutRequest',
);
export type CustomFieldPutRequest = t.TypeOf<typeof CustomFieldPutRequestRt>;

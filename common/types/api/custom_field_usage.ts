/** `GET /internal/cases/configure/custom_fields/{key}/_usage?owner=`: how many cases hold a value for a custom field. */
import * as t from 'io-ts';
import { strict } from '../../core/codec';
import { MAX_CUSTOM_FIELD_KEY_LENGTH } from '../../constants';
import { OwnerRt } from '../domain/enums';
import { configurationKey } from './configure';

export const CustomFieldUsageParamsRt = strict({ key: configurationKey('key', MAX_CUSTOM_FIELD_KEY_LENGTH) }, 'CustomFieldUsageParams');
export const CustomFieldUsageQueryRt = strict({ owner: OwnerRt }, 'CustomFieldUsageQuery');

export const CustomFieldUsageResponseRt = t.type({ cases: t.number });
export type CustomFieldUsageResponse = t.TypeOf<typeof CustomFieldUsageResponseRt>;

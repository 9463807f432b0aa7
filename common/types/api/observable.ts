/**
 * The observables routes' requests, as Kibana's codecs shape them (strict: unknown keys are
 * refused). `description` is required but nullable, as in Kibana: send `null`, not nothing.
 * Lengths are bounded here; whether a value fits its type, and whether the type exists, are the
 * client's checks, since only the owner's configuration knows its custom types.
 */
import * as t from 'io-ts';
import { limitedArray, limitedString, strict, strictWithOptional } from '../../core/codec';
import { MAX_ID_LENGTH, MAX_OBSERVABLE_DESCRIPTION_LENGTH, MAX_OBSERVABLE_TYPE_KEY_LENGTH, MAX_OBSERVABLE_VALUE_LENGTH, MAX_OBSERVABLES_PER_CASE_SETTING } from '../../constants';
import { idString } from './request_codecs';

/**
 * A bulk request carries at most the ceiling `xpack.cases.observables.maxPerCase` may be set to.
 * The configured cap itself is the client's: past it, bulk add truncates silently, as Kibana does.
 */

const ValueRt = limitedString('value', { min: 1, max: MAX_OBSERVABLE_VALUE_LENGTH });
const DescriptionRt = t.union([limitedString('description', { max: MAX_OBSERVABLE_DESCRIPTION_LENGTH }), t.null]);

export const ObservablePostRt = strict(
  { typeKey: limitedString('typeKey', { min: 1, max: MAX_OBSERVABLE_TYPE_KEY_LENGTH }), value: ValueRt, description: DescriptionRt },
  'observable',
);
export type ObservablePost = t.TypeOf<typeof ObservablePostRt>;

export const AddObservableRequestRt = strict({ observable: ObservablePostRt }, 'AddObservableRequest');
export type AddObservableRequest = t.TypeOf<typeof AddObservableRequestRt>;

/** Kibana's body names the case again (`caseId`); when given it must be the path's case. */
export const BulkAddObservablesRequestRt = strictWithOptional(
  { observables: limitedArray(ObservablePostRt, 'observables', { min: 1, max: MAX_OBSERVABLES_PER_CASE_SETTING }) },
  { caseId: idString('caseId', MAX_ID_LENGTH) },
  'BulkAddObservablesRequest',
);
export type BulkAddObservablesRequest = t.TypeOf<typeof BulkAddObservablesRequestRt>;

/** The type of an observable is fixed once added (Kibana's rule): only value and description change. */
export const UpdateObservableRequestRt = strict({ observable: strict({ value: ValueRt, description: DescriptionRt }, 'observable') }, 'UpdateObservableRequest');
export type UpdateObservableRequest = t.TypeOf<typeof UpdateObservableRequestRt>;

export const ObservableCaseParamsRt = strict({ case_id: idString('case_id', MAX_ID_LENGTH) });

export const ObservableParamsRt = strict({ case_id: idString('case_id', MAX_ID_LENGTH), observable_id: idString('observable_id', MAX_ID_LENGTH) });

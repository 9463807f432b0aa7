/** `POST /internal/cases/_suggest_user_profiles`: users whose name matches, for assignee pickers. */
import * as t from 'io-ts';
import { OWNERS } from '../../constants';
import { limitedArray, limitedString, strictWithOptional } from '../../core/codec';
import { OwnerRt } from '../domain/enums';

export const MAX_SUGGESTED_PROFILES = 100;

const SizeRt = new t.Type<number, number, unknown>(
  'size',
  (u): u is number => typeof u === 'number',
  (u, c) =>
    typeof u === 'number' && Number.isInteger(u) && u >= 1 && u <= MAX_SUGGESTED_PROFILES
      ? t.success(u)
      : t.failure(u, c, `size must be an integer from 1 to ${MAX_SUGGESTED_PROFILES}`),
  t.identity,
);

export const SuggestUserProfilesRequestRt = strictWithOptional(
  { name: limitedString('name', { max: 256 }), owners: limitedArray(OwnerRt, 'owners', { min: 1, max: OWNERS.length }) },
  { size: SizeRt },
  'SuggestUserProfilesRequest',
);
export type SuggestUserProfilesRequest = t.TypeOf<typeof SuggestUserProfilesRequestRt>;

/** Request codecs of the spaces API: Kibana's space schema, with limits on every string. */
import * as t from 'io-ts';
import { limitedArray, limitedString, strict, strictPartial, strictWithOptional } from '../../../common/core/codec';

export const SPACE_ID_PATTERN = /^[a-z0-9_-]+$/;
const MAX_SPACE_ID_LENGTH = 36;
const MAX_NAME_LENGTH = 1024;
const MAX_DESCRIPTION_LENGTH = 8192;
const MAX_INITIALS = 2;
const MAX_FEATURES = 100;
const MAX_FEATURE_ID_LENGTH = 256;
/** A 64×64 avatar as a data URL fits with room to spare. */
const MAX_IMAGE_URL_LENGTH = 512 * 1024;

const pattern = (name: string, test: (s: string) => boolean, message: string) =>
  new t.Type<string, string, unknown>(
    name,
    (u): u is string => typeof u === 'string' && test(u),
    (u, ctx) => (typeof u === 'string' && test(u) ? t.success(u) : t.failure(u, ctx, message)),
    t.identity,
  );

export const spaceIdCodec = pattern(
  'id',
  (s) => SPACE_ID_PATTERN.test(s) && s.length <= MAX_SPACE_ID_LENGTH,
  `[id]: must be lower case, a-z, 0-9, '_', and '-' are allowed, at most ${MAX_SPACE_ID_LENGTH} characters`,
);

const colorCodec = pattern('color', (s) => /^#[a-zA-Z0-9]{6}$/.test(s), '[color]: must be a 6 digit hex color, starting with a #');

const imageUrlCodec = pattern(
  'imageUrl',
  (s) => s.length <= MAX_IMAGE_URL_LENGTH && (s === '' || s.startsWith('data:image')),
  "[imageUrl]: must start with 'data:image'",
);

export const spaceBody = strictWithOptional(
  { id: spaceIdCodec, name: limitedString('name', { min: 1, max: MAX_NAME_LENGTH }) },
  {
    description: limitedString('description', { max: MAX_DESCRIPTION_LENGTH }),
    initials: limitedString('initials', { max: MAX_INITIALS }),
    color: colorCodec,
    imageUrl: imageUrlCodec,
    disabledFeatures: limitedArray(limitedString('disabledFeatures', { max: MAX_FEATURE_ID_LENGTH }), 'disabledFeatures', {
      max: MAX_FEATURES,
    }),
    solution: t.keyof({ es: null, oblt: null, security: null, classic: null }),
    /** Accepted as Kibana does, and ignored: nobody creates or un-reserves a reserved space. */
    _reserved: t.boolean,
  },
);

export type SpaceBody = t.TypeOf<typeof spaceBody>;

export const spaceIdParams = strict({ id: limitedString('id', { min: 1, max: 1024 }) });

export const listSpacesQuery = strictPartial({
  purpose: t.keyof({ any: null, copySavedObjectsIntoSpace: null, shareSavedObjectsIntoSpace: null }),
  include_authorized_purposes: t.keyof({ true: null, false: null }),
});

/** Request codecs of the security routes, in Kibana's shapes; unknown keys are rejected. */
import * as t from 'io-ts';
import { limitedArray, limitedString, strict, strictPartial, strictWithOptional } from '../../../../common/core/codec';
import { USERNAME_PATTERN } from '../user_store';

export const MIN_PASSWORD_LENGTH = 6;
const MAX_PASSWORD_LENGTH = 2048;
const MAX_NAME_LENGTH = 1024;
const MAX_URL_LENGTH = 8192;
const MAX_ROLES = 100;
const MAX_INVALIDATE = 1000;

/** Elasticsearch's username rule, narrowed to characters that are safe in paths and logs. */
export const usernameCodec = new t.Type<string, string, unknown>(
  'username',
  (u): u is string => typeof u === 'string' && USERNAME_PATTERN.test(u),
  (u, ctx) =>
    typeof u === 'string' && USERNAME_PATTERN.test(u)
      ? t.success(u)
      : t.failure(u, ctx, 'The username must be 1 to 507 characters among letters, digits, "_", ".", "@" and "-".'),
  t.identity,
);

/** Passwords are not trimmed: spaces are characters like any other. */
export const newPasswordCodec = new t.Type<string, string, unknown>(
  'password',
  (u): u is string => typeof u === 'string' && u.length >= MIN_PASSWORD_LENGTH && u.length <= MAX_PASSWORD_LENGTH,
  (u, ctx) => {
    if (typeof u !== 'string') return t.failure(u, ctx);
    if (u.length < MIN_PASSWORD_LENGTH) {
      return t.failure(u, ctx, `Passwords must be at least [${MIN_PASSWORD_LENGTH}] characters long.`);
    }
    if (u.length > MAX_PASSWORD_LENGTH) {
      return t.failure(u, ctx, `Passwords must be at most [${MAX_PASSWORD_LENGTH}] characters long.`);
    }
    return t.success(u);
  },
  t.identity,
);

const givenPassword = limitedString('password', { max: MAX_PASSWORD_LENGTH });
const record = t.record(t.string, t.unknown);

export const loginBody = strict({
  providerType: limitedString('providerType', { min: 1, max: MAX_NAME_LENGTH }),
  providerName: limitedString('providerName', { min: 1, max: MAX_NAME_LENGTH }),
  currentURL: limitedString('currentURL', { max: MAX_URL_LENGTH }),
  params: strict({ username: limitedString('username', { min: 1, max: MAX_NAME_LENGTH }), password: givenPassword }),
});

export const createApiKeyBody = strictWithOptional(
  { name: limitedString('name', { min: 1, max: MAX_NAME_LENGTH }) },
  {
    type: t.literal('rest'),
    expiration: limitedString('expiration', { min: 1, max: 32 }),
    metadata: record,
    role_descriptors: record,
  },
);

/** Kibana's UI has sent `isAdmin` here; the answer depends on the caller's roles either way. */
export const listApiKeysQuery = strictPartial({ isAdmin: t.keyof({ true: null, false: null }) });

const apiKeyRef = strict({
  id: limitedString('id', { min: 1, max: MAX_NAME_LENGTH }),
  name: limitedString('name', { max: MAX_NAME_LENGTH }),
});

export const invalidateApiKeysBody = strict({
  apiKeys: limitedArray(apiKeyRef, 'apiKeys', { max: MAX_INVALIDATE }),
  isAdmin: t.boolean,
});

export const usernameParams = strict({ username: usernameCodec });

const nullableText = (field: string) => t.union([t.null, limitedString(field, { max: MAX_NAME_LENGTH })]);

export const upsertUserBody = strictWithOptional(
  { roles: limitedArray(limitedString('roles', { min: 1, max: MAX_NAME_LENGTH }), 'roles', { max: MAX_ROLES }) },
  {
    /** Kibana's UI repeats the username in the body; it must match the path. */
    username: usernameCodec,
    password: newPasswordCodec,
    full_name: nullableText('full_name'),
    email: nullableText('email'),
    metadata: record,
    enabled: t.boolean,
  },
);

export const changePasswordBody = strictWithOptional({ newPassword: newPasswordCodec }, { password: givenPassword });

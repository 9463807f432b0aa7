/**
 * The body of Kibana's `PUT /api/security/role/{name}`, decoded strictly (Kibana's schema
 * rejects unknown keys too). The shape is checked here; the rules that span fields (either
 * `base` or `feature`, one entry per space, known base privileges) are Kibana's and live in
 * role_validation.ts, which words its refusals as Kibana does.
 */
import * as t from 'io-ts';
import { limitedArray, limitedString, strict, strictPartial, strictWithOptional } from '../../../../common/core/codec';

/** Kibana's limit on a role description. */
export const MAX_ROLE_DESCRIPTION = 2048;
/** Kibana's limit on the `{name}` path parameter; Elasticsearch narrows it to 507 (role_validation.ts). */
export const MAX_ROLE_NAME_PARAM = 1024;
const MAX_NAME = 1024;
const MAX_KIBANA_ENTRIES = 100;
const MAX_SPACES = 1000;
const MAX_FEATURES = 200;
const MAX_PRIVILEGES = 100;
const MAX_ES_ENTRIES = 1000;
const MAX_QUERY = 64 * 1024;

const names = (field: string, min = 0) => limitedArray(limitedString(field, { min: 1, max: MAX_NAME }), field, { min, max: MAX_ES_ENTRIES });

/** A record whose key count is bounded, so a body cannot carry a million feature ids. */
const limitedRecord = <C extends t.Mixed>(codec: C, field: string, max: number) =>
  new t.Type<Record<string, t.TypeOf<C>>, Record<string, t.OutputOf<C>>, unknown>(
    field,
    (u): u is Record<string, t.TypeOf<C>> => t.record(t.string, codec).is(u) && Object.keys(u as object).length <= max,
    (u, ctx) => {
      if (u === null || typeof u !== 'object' || Array.isArray(u)) return t.failure(u, ctx);
      if (Object.keys(u).length > max) return t.failure(u, ctx, `The field ${field} has too many keys. At most ${max} are allowed.`);
      return t.record(t.string, codec).validate(u, ctx);
    },
    t.identity,
  );

const fieldSecurity = strictPartial({ grant: names('field_security.grant'), except: names('field_security.except') });

const indexPrivilegesOptional = {
  field_security: fieldSecurity,
  query: limitedString('query', { max: MAX_QUERY }),
  allow_restricted_indices: t.boolean,
};

const indexPrivileges = strictWithOptional({ names: names('names', 1), privileges: names('privileges', 1) }, indexPrivilegesOptional);

const remoteIndexPrivileges = strictWithOptional(
  { clusters: names('clusters', 1), names: names('names', 1), privileges: names('privileges', 1) },
  indexPrivilegesOptional,
);

/** Elasticsearch's part: accepted and returned in Kibana's shape; nothing here enforces it. */
export const elasticsearchPrivilegesCodec = strictPartial({
  cluster: names('cluster'),
  indices: limitedArray(indexPrivileges, 'indices', { max: MAX_ES_ENTRIES }),
  remote_indices: limitedArray(remoteIndexPrivileges, 'remote_indices', { max: MAX_ES_ENTRIES }),
  remote_cluster: limitedArray(strict({ clusters: names('clusters', 1), privileges: names('privileges', 1) }), 'remote_cluster', {
    max: MAX_ES_ENTRIES,
  }),
  run_as: names('run_as'),
});

const privilegeNames = (field: string) => limitedArray(limitedString(field, { max: MAX_NAME }), field, { max: MAX_PRIVILEGES });

/** One `kibana` entry; the characters allowed in each name are checked by role_validation.ts, with Kibana's words. */
export const kibanaPrivilegeCodec = strictPartial({
  spaces: limitedArray(limitedString('spaces', { max: MAX_NAME }), 'spaces', { max: MAX_SPACES }),
  base: privilegeNames('base'),
  feature: limitedRecord(privilegeNames('feature'), 'feature', MAX_FEATURES),
});

export const roleBodyCodec = strictPartial({
  /** Not in Kibana's body; accepted so a role read with GET can be sent back, and must match the path. */
  name: limitedString('name', { min: 1, max: MAX_ROLE_NAME_PARAM }),
  description: limitedString('description', { max: MAX_ROLE_DESCRIPTION }),
  metadata: t.record(t.string, t.unknown),
  elasticsearch: elasticsearchPrivilegesCodec,
  kibana: limitedArray(kibanaPrivilegeCodec, 'kibana', { max: MAX_KIBANA_ENTRIES }),
});

export type RoleBody = t.TypeOf<typeof roleBodyCodec>;
export type KibanaPrivilegeBody = t.TypeOf<typeof kibanaPrivilegeCodec>;

export const roleNameParams = strict({ name: limitedString('name', { min: 1, max: MAX_ROLE_NAME_PARAM }) });

const booleanString = t.keyof({ true: null, false: null });

/** `?createOnly=true`: refuse to overwrite an existing role (409), as Kibana does. */
export const putRoleQuery = strictPartial({ createOnly: booleanString });

/** Kibana's role GET routes take this; there are no deprecated privileges here, so it changes nothing. */
export const getRoleQuery = strictPartial({ replaceDeprecatedPrivileges: booleanString });

/**
 * The platform's built-in roles, as Elasticsearch and Kibana ship them: read-only through the
 * role API (`metadata._reserved`), never stored, always present. Plugins add theirs with
 * `core.security.registerReservedRole` (the cases plugin adds `soc_l1` and `soc_l2`).
 *
 * `superuser` holds more than its `kibana` entry says: the privileges engine grants it every
 * action, including those no feature grants. The entry is what Kibana shows for it.
 */
import { ALL_SPACES, type ReservedRoleDefinition } from '../privileges/types';
import { SUPERUSER_ROLE } from '../types';

export const BUILTIN_ROLES: readonly ReservedRoleDefinition[] = [
  {
    name: SUPERUSER_ROLE,
    description: 'Grants full access to every space, feature, user and role.',
    elasticsearch: {
      cluster: ['all'],
      indices: [{ names: ['*'], privileges: ['all'], allow_restricted_indices: true }],
      run_as: ['*'],
    },
    kibana: [{ base: ['all'], feature: {}, spaces: [ALL_SPACES] }],
  },
  {
    name: 'viewer',
    description: 'Grants read-only access to every feature in every space.',
    kibana: [{ base: ['read'], feature: {}, spaces: [ALL_SPACES] }],
  },
  {
    name: 'editor',
    description: 'Grants full access to every feature in every space; users, roles and spaces stay with the superuser.',
    kibana: [{ base: ['all'], feature: {}, spaces: [ALL_SPACES] }],
  },
];

/**
 * Kibana's feature privileges, as the platform knows them: a plugin registers its features
 * during setup (each with `all`, `read` and sub-feature privileges), a role grants feature or
 * base privileges per space, and a privilege grants authorization actions (the strings an
 * operation is checked against) and UI capabilities (what the browser may show).
 *
 * The platform knows no plugin's operations: an action is an opaque string the plugin builds,
 * e.g. `cases:securitySolution/createCase` (see `privilegeAction`).
 */

/** What one privilege grants. */
export interface FeaturePrivilegeGrant {
  /** Authorization actions, e.g. `cases:securitySolution/getCase`. */
  actions: string[];
  /** UI capabilities set to true under `capabilities[featureId]`, e.g. `read_cases`. */
  ui: string[];
}

/** A sub-feature privilege (`cases_delete`, ...): granted by id, and by `all`/`read` per `includeIn`. */
export interface SubFeaturePrivilege extends FeaturePrivilegeGrant {
  id: string;
  name: string;
  /** Kibana's rule: `all` includes it in `all`; `read` in `all` and `read`; `none` in neither. */
  includeIn: 'all' | 'read' | 'none';
}

export interface KibanaFeature {
  /** e.g. `securitySolutionCasesV3`: the key of role bodies and of the capabilities. */
  id: string;
  name: string;
  /** The UI capabilities the feature can grant, each false unless a privilege grants it. */
  uiCapabilities: string[];
  /** The primary privileges; `minimal_all`/`minimal_read` are these without sub-features. */
  privileges: { all: FeaturePrivilegeGrant; read: FeaturePrivilegeGrant };
  subFeatures: SubFeaturePrivilege[];
}

/** Kibana's privilege names on a feature with sub-features. */
export const PRIMARY_FEATURE_PRIVILEGES = ['all', 'read', 'minimal_all', 'minimal_read'] as const;
/** Base privileges: every feature's `all` or `read` in the entry's spaces. */
export const BASE_PRIVILEGES = ['all', 'read'] as const;
/** The spaces entry that means every space, Kibana's `['*']`. */
export const ALL_SPACES = '*';

/** One entry of a role's `kibana` array, in Kibana's role API shape. */
export interface RoleKibanaPrivilege {
  spaces: string[];
  base: string[];
  feature: Record<string, string[]>;
  /** Kibana's reserved privileges; always empty here, kept for the wire shape. */
  _reserved?: string[];
}

/** Elasticsearch's part of a role: accepted and returned in Kibana's shape; it grants nothing here. */
export interface RoleElasticsearchPrivileges {
  cluster: string[];
  indices: Array<Record<string, unknown>>;
  run_as: string[];
  remote_indices?: Array<Record<string, unknown>>;
  remote_cluster?: Array<Record<string, unknown>>;
}

/** A role as `GET /api/security/role/{name}` answers it. */
export interface Role {
  name: string;
  description?: string;
  metadata: Record<string, unknown>;
  transient_metadata: { enabled: boolean };
  elasticsearch: RoleElasticsearchPrivileges;
  kibana: RoleKibanaPrivilege[];
}

/** A built-in role a plugin or the platform declares: read-only through the API (`metadata._reserved`). */
export type ReservedRoleDefinition = Pick<Role, 'name' | 'description' | 'kibana'> & Partial<Pick<Role, 'elasticsearch'>>;

/** What a user holds in one space, resolved from their roles. */
export interface SpacePrivileges {
  /** True for the superuser: every action of every feature enabled in the space. */
  superuser: boolean;
  actions: ReadonlySet<string>;
  /** `capabilities[featureId][capability] = true` for what the roles grant in this space. */
  ui: Readonly<Record<string, Readonly<Record<string, boolean>>>>;
  /** Any privilege at all in the space: the space switcher lists the space, by-id calls may answer 403 rather than 404. */
  hasAnyPrivilege: boolean;
}

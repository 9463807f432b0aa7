/**
 * The security management API's shapes as the browser reads them: Elasticsearch's user object
 * (Kibana's users API), Kibana's role API and its features listing. The platform's browser half
 * cannot import the server's types, so the few fields the pages use are written out here.
 */

/** A user as `GET /internal/security/users` lists it. */
export interface ManagedUser {
  username: string;
  roles: string[];
  full_name: string | null;
  email: string | null;
  metadata: Record<string, unknown>;
  enabled: boolean;
}

/** The body of `POST /internal/security/users/{username}`: a create sends a password, an edit never. */
export interface UserInput {
  username: string;
  roles: string[];
  full_name: string | null;
  email: string | null;
  password?: string;
  enabled?: boolean;
}

/** One entry of a role's `kibana` array: base privileges or feature privileges in some spaces. */
export interface RoleKibanaEntry {
  spaces: string[];
  base: string[];
  feature: Record<string, string[]>;
  _reserved?: string[];
}

/** Accepted and returned in Kibana's shape; the pages pass it through untouched. */
export type RoleElasticsearch = Record<string, unknown>;

/** A role as `GET /api/security/role[/{name}]` answers it. */
export interface Role {
  name: string;
  description?: string;
  metadata?: Record<string, unknown>;
  transient_metadata?: { enabled: boolean };
  elasticsearch: RoleElasticsearch;
  kibana: RoleKibanaEntry[];
}

/** The body of `PUT /api/security/role/{name}`. */
export interface RoleInput {
  description?: string;
  metadata?: Record<string, unknown>;
  elasticsearch: RoleElasticsearch;
  kibana: RoleKibanaEntry[];
}

export interface SubFeaturePrivilegeSummary {
  id: string;
  name: string;
  includeIn: 'all' | 'read' | 'none';
}

/** A feature as `GET /api/features` lists it: enough for a role editor. */
export interface FeatureSummary {
  id: string;
  name: string;
  subFeatures: Array<{
    name: string;
    privilegeGroups: Array<{ groupType: string; privileges: SubFeaturePrivilegeSummary[] }>;
  }>;
}

/** Built-in roles carry `metadata._reserved`; the API refuses to change or delete them. */
export function isReservedRole(role: Pick<Role, 'metadata'>): boolean {
  return role.metadata?._reserved === true;
}

/** Elasticsearch's reserved superuser: only its password may change. */
export const RESERVED_USERNAME = 'elastic';

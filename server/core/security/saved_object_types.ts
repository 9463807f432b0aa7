/**
 * Security's own records. All are hidden (never reachable through the generic saved-objects
 * APIs, export or import) and namespace-agnostic (one user, session or key for every space).
 */
import type { SavedObjectsType } from '../saved_objects/types';

export const USER_TYPE = 'security-user';
export const SESSION_TYPE = 'security-session';
export const API_KEY_TYPE = 'security-api-key';
/** Roles written through the role API; the built-in ones live in code and are never stored. */
export const ROLE_TYPE = 'security-role';

export interface UserAttributes {
  username: string;
  full_name: string | null;
  email: string | null;
  roles: string[];
  enabled: boolean;
  metadata: Record<string, unknown>;
  /** Random and stable for the life of the user; Cases stores it, never the username. */
  profile_uid: string;
  /** `scrypt$N$r$p$salt$hash`; never leaves this folder. */
  password_hash: string;
}

export interface SessionAttributes {
  username: string;
  provider: { type: 'basic'; name: string };
  /** Epoch milliseconds, so range filters compare numbers on every backend. */
  idle_expires_at: number;
  lifespan_expires_at: number;
}

export interface ApiKeyAttributes {
  name: string;
  /** SHA-256 (hex) of the secret half; the secret itself is shown once, at creation. */
  key_hash: string;
  username: string;
  realm: string;
  /** Epoch milliseconds, as Elasticsearch's API key APIs return them. */
  creation: number;
  expiration?: number;
  invalidated: boolean;
  metadata: Record<string, unknown>;
  /** Accepted and kept for a later role model; not enforced yet. */
  role_descriptors: Record<string, unknown>;
}

/** A role as the role API stores it: Kibana's GET shape without the derived fields. */
export interface RoleAttributes {
  name: string;
  description?: string;
  metadata: Record<string, unknown>;
  elasticsearch: {
    cluster: string[];
    indices: Array<Record<string, unknown>>;
    run_as: string[];
    remote_indices?: Array<Record<string, unknown>>;
    remote_cluster?: Array<Record<string, unknown>>;
  };
  kibana: Array<{ spaces: string[]; base: string[]; feature: Record<string, string[]> }>;
}

export const userType: SavedObjectsType = {
  name: USER_TYPE,
  namespaceType: 'agnostic',
  modelVersions: { 1: { description: 'the first shape of a native user' } },
  hidden: true,
  mappings: {
    dynamic: false,
    properties: {
      username: { type: 'keyword' },
      full_name: { type: 'text', fields: { keyword: { type: 'keyword', ignore_above: 256 } } },
      email: { type: 'keyword' },
      roles: { type: 'keyword' },
      enabled: { type: 'boolean' },
      profile_uid: { type: 'keyword' },
    },
  },
};

export const sessionType: SavedObjectsType = {
  name: SESSION_TYPE,
  namespaceType: 'agnostic',
  modelVersions: { 1: { description: 'the first shape of a login session' } },
  hidden: true,
  mappings: {
    dynamic: false,
    properties: {
      username: { type: 'keyword' },
      idle_expires_at: { type: 'long' },
      lifespan_expires_at: { type: 'long' },
    },
  },
};

export const apiKeyType: SavedObjectsType = {
  name: API_KEY_TYPE,
  namespaceType: 'agnostic',
  modelVersions: { 1: { description: 'the first shape of an API key' } },
  hidden: true,
  mappings: {
    dynamic: false,
    properties: {
      name: { type: 'keyword' },
      username: { type: 'keyword' },
      creation: { type: 'long' },
      expiration: { type: 'long' },
      invalidated: { type: 'boolean' },
    },
  },
};

export const roleType: SavedObjectsType = {
  name: ROLE_TYPE,
  namespaceType: 'agnostic',
  modelVersions: { 1: { description: 'the first shape of a role' } },
  hidden: true,
  // Roles are read whole and few (the store caches them all); only the name is ever sorted on.
  mappings: {
    dynamic: false,
    properties: {
      name: { type: 'keyword' },
    },
  },
};

export const SECURITY_TYPES = [userType, sessionType, apiKeyType, roleType];

import type { SpacePrivileges } from './privileges/types';

/**
 * What the platform knows of the caller, in the shape Kibana's `/internal/security/me` returns,
 * and the one authorization hook every plugin operation goes through.
 */

export type AuthenticationProviderType = 'basic' | 'http' | 'api_key';

export interface AuthenticatedUser {
  username: string;
  full_name: string | null;
  email: string | null;
  roles: string[];
  enabled: boolean;
  /** Stable id of the user's profile; Cases stores it in assignees and `*_by` fields. */
  profile_uid: string;
  metadata: Record<string, unknown>;
  authentication_realm: { name: string; type: string };
  lookup_realm: { name: string; type: string };
  /** `basic` for a browser session, `http` for Authorization headers. */
  authentication_provider: { type: AuthenticationProviderType; name: string };
  authentication_type: 'realm' | 'api_key';
  /** Set when the request was authenticated by an API key. */
  api_key?: { id: string; name: string };
}

/** Kibana's wording of an operation in audit messages and refusals. */
export interface OperationVerbs {
  present: string;
  progressive: string;
  past: string;
}

/** An operation a plugin asks permission for, named like Kibana's Cases operations. */
export interface AuthorizationOperation {
  /** Our operation's key, e.g. `bulkGetCases`. */
  name: string;
  /** Saved-object type the operation acts on, for the audit log. */
  savedObjectType?: string;
  /** `read` or `write`: a write's successful audit outcome is `unknown`, a read's `success` (Kibana). */
  action: 'read' | 'write';
  /**
   * The privilege checked for each owner: the action `<namespace>:<owner>/<name>`
   * (e.g. `cases:securitySolution/getCase`); several operations share one (bulkGetCases → getCase).
   */
  privilege: { namespace: string; name: string };
  /** Kibana's audit vocabulary: `event.action` (e.g. `case_get`), the ECS type, verbs and the document noun. */
  audit: { action: string; ecsType: 'access' | 'creation' | 'change' | 'deletion'; verbs: OperationVerbs; docType: string };
}

/** An object an operation acts on: the audit names it, and by-id refusals follow its owner. */
export interface AuthorizationEntity {
  id: string;
  owner: string;
}

export interface EnsureAuthorizedArgs {
  user: AuthenticatedUser | undefined;
  spaceId: string;
  operation: AuthorizationOperation;
  /** The owners (solutions) the objects belong to: `securitySolution`, `observability`, `cases`. */
  owners: string[];
  /**
   * The objects, when the call is by id. Each gets its own audit event, and a caller with no
   * privilege at all in the space gets 404 (Saved object not found) rather than 403.
   */
  entities?: AuthorizationEntity[];
}

export interface AuthorizationService {
  /** Resolves when allowed; rejects with a 403 HttpError otherwise. Every decision is audit-logged. */
  ensureAuthorized(args: EnsureAuthorizedArgs): Promise<void>;
  /**
   * The owners among `owners` that the user may act on with `operation` (filters searches);
   * rejects with a 403 (`... of any owner`), audit-logged, when there is none.
   */
  getAuthorizedOwners(args: EnsureAuthorizedArgs): Promise<string[]>;
  /** What the user holds in a space, resolved from their roles and the space's disabled features. */
  getSpacePrivileges(user: AuthenticatedUser, spaceId: string): Promise<SpacePrivileges>;
}

export const SUPERUSER_ROLE = 'superuser';

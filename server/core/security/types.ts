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

/** An operation a plugin asks permission for, named like Kibana's Cases operations. */
export interface AuthorizationOperation {
  /** e.g. `createCase`, `findCases`. */
  name: string;
  /** Saved-object type the operation acts on, for the audit log. */
  savedObjectType?: string;
  /** `read` or `write`: what privilege the operation needs. */
  action: 'read' | 'write';
}

export interface EnsureAuthorizedArgs {
  user: AuthenticatedUser | undefined;
  spaceId: string;
  operation: AuthorizationOperation;
  /** The owners (solutions) the objects belong to: `securitySolution`, `observability`, `cases`. */
  owners: string[];
}

export interface AuthorizationService {
  /** Resolves when allowed; rejects with a 403 HttpError otherwise. Every decision is audit-logged. */
  ensureAuthorized(args: EnsureAuthorizedArgs): Promise<void>;
  /** The owners among `owners` that the user may act on with `operation` (filters searches). */
  getAuthorizedOwners(args: EnsureAuthorizedArgs): Promise<string[]>;
}

export const SUPERUSER_ROLE = 'superuser';

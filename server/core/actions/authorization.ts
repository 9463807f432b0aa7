/**
 * Who may manage and run connectors: Kibana's `actions` feature ("Actions and Connectors").
 * `all` manages them, `read` lists and runs them. A refused call answers Kibana's
 * `Unauthorized to <operation> a "<type>" action` (or `... actions`), 403, and every decision
 * about a connector is an audit event in Kibana's vocabulary (`connector_create`, ...).
 */
import { forbidden, unauthorized } from '../errors';
import type { AuditEvent, AuditLogger } from '../security/audit_logger';
import { privilegeAction } from '../security/privileges/actions';
import type { KibanaFeature } from '../security/privileges/types';
import type { AuthenticatedUser, AuthorizationService } from '../security/types';
import { ACTION_SAVED_OBJECT_TYPE } from './connector_saved_object';

export const ACTIONS_FEATURE_ID = 'actions';

export type ActionsOperation = 'get' | 'getAll' | 'listTypes' | 'create' | 'update' | 'delete' | 'execute';

/** `actions:connector/<operation>`: built by the same function the privileges use, so they cannot drift. */
export const actionsPrivilege = (operation: ActionsOperation): string => privilegeAction({ namespace: 'actions', name: operation }, 'connector');

const READ_OPERATIONS: ActionsOperation[] = ['get', 'getAll', 'listTypes', 'execute'];
const ALL_OPERATIONS: ActionsOperation[] = [...READ_OPERATIONS, 'create', 'update', 'delete'];

export const actionsFeature: KibanaFeature = {
  id: ACTIONS_FEATURE_ID,
  name: 'Actions and Connectors',
  uiCapabilities: ['show', 'execute', 'save', 'delete'],
  privileges: {
    all: { actions: ALL_OPERATIONS.map(actionsPrivilege), ui: ['show', 'execute', 'save', 'delete'] },
    read: { actions: READ_OPERATIONS.map(actionsPrivilege), ui: ['show', 'execute'] },
  },
  subFeatures: [],
};

/** Kibana's words for the operation in a refusal (getAll and listTypes are `get`). */
const REFUSAL_VERB: Record<ActionsOperation, string> = {
  get: 'get',
  getAll: 'get',
  listTypes: 'get',
  create: 'create',
  update: 'update',
  delete: 'delete',
  execute: 'execute',
};

/** Kibana's refusal text: `Unauthorized to create a ".jira" action`, or `Unauthorized to get actions` without a type. */
export const unauthorizedMessage = (operation: ActionsOperation, actionTypeId?: string): string =>
  `Unauthorized to ${REFUSAL_VERB[operation]} ${actionTypeId ? `a "${actionTypeId}" action` : 'actions'}`;

export type ConnectorAuditAction = 'connector_create' | 'connector_get' | 'connector_update' | 'connector_delete' | 'connector_find' | 'connector_execute';

const AUDIT: Record<ConnectorAuditAction, { verbs: [string, string, string]; type?: string }> = {
  connector_create: { verbs: ['create', 'creating', 'created'], type: 'creation' },
  connector_get: { verbs: ['access', 'accessing', 'accessed'], type: 'access' },
  connector_update: { verbs: ['update', 'updating', 'updated'], type: 'change' },
  connector_delete: { verbs: ['delete', 'deleting', 'deleted'], type: 'deletion' },
  connector_find: { verbs: ['access', 'accessing', 'accessed'], type: 'access' },
  connector_execute: { verbs: ['execute', 'executing', 'executed'] },
};

export interface ConnectorAuditArgs {
  action: ConnectorAuditAction;
  id?: string;
  /** `unknown` for writes about to happen, as Kibana logs them. */
  outcome?: 'success' | 'unknown';
  error?: Error;
}

/** Kibana's connectorAuditEvent, with the user and space our audit log carries. */
export function connectorAuditEvent({ action, id, outcome, error }: ConnectorAuditArgs, user: AuthenticatedUser | undefined, spaceId: string): AuditEvent {
  const doc = id ? `connector [id=${id}]` : 'a connector';
  const [present, progressive, past] = AUDIT[action].verbs;
  const message = error ? `Failed attempt to ${present} ${doc}` : outcome === 'unknown' ? `User is ${progressive} ${doc}` : `User has ${past} ${doc}`;
  const type = AUDIT[action].type;
  return {
    message,
    event: { action, category: ['database'], ...(type ? { type: [type] } : {}), outcome: outcome ?? (error ? 'failure' : 'success') },
    user: user ? { name: user.username, roles: user.roles } : undefined,
    kibana: { space_id: spaceId, ...(id ? { saved_object: { type: ACTION_SAVED_OBJECT_TYPE, id } } : {}) },
    ...(error ? { error: { code: error.name, message: error.message } } : {}),
  };
}

export interface ActionsAuthorization {
  /** Resolves when the caller holds the operation's privilege in the space; 401/403 otherwise. */
  ensureAuthorized(operation: ActionsOperation, actionTypeId?: string): Promise<void>;
  audit(args: ConnectorAuditArgs): void;
}

export function createActionsAuthorization(deps: { authz: AuthorizationService; audit: AuditLogger; user: AuthenticatedUser | undefined; spaceId: string }): ActionsAuthorization {
  const { user, spaceId } = deps;
  return {
    async ensureAuthorized(operation, actionTypeId) {
      if (!user) throw unauthorized();
      const privileges = await deps.authz.getSpacePrivileges(user, spaceId);
      if (privileges.actions.has(actionsPrivilege(operation))) return;
      throw forbidden(unauthorizedMessage(operation, actionTypeId));
    },
    audit: (args) => deps.audit.log(connectorAuditEvent(args, user, spaceId)),
  };
}

/** For plugins that authorized the work themselves: everything is allowed; the audit still records it. */
export function unsecuredActionsAuthorization(audit: AuditLogger, user: AuthenticatedUser | undefined, spaceId: string): ActionsAuthorization {
  return {
    ensureAuthorized: async () => undefined,
    audit: (args) => audit.log(connectorAuditEvent(args, user, spaceId)),
  };
}

/**
 * The authorization hook every plugin operation goes through. A decision is the privileges the
 * caller's roles resolve to in the space (privileges/), checked for the operation's action on
 * every owner asked for. Refusals and audit events use Kibana's wording, one event per entity
 * and operation, so a log or a client written against Kibana reads the same here.
 */
import { forbidden, notFound, unauthorized, type HttpError } from '../errors';
import type { AuditEvent, AuditLogger } from './audit_logger';
import { privilegeAction } from './privileges/actions';
import type { PrivilegeEngine } from './privileges/privilege_engine';
import type { SpacePrivileges } from './privileges/types';
import type { AuthenticatedUser, AuthorizationEntity, AuthorizationOperation, AuthorizationService, EnsureAuthorizedArgs } from './types';

/** Kibana's refusal: `Unauthorized to create case with owners: "a, b"`, or `... of any owner`. */
export const deniedMessage = (operation: AuthorizationOperation, owners: readonly string[]): string => {
  const what = `Unauthorized to ${operation.audit.verbs.present} ${operation.audit.docType}`;
  return owners.length > 0 ? `${what} with owners: "${owners.join(', ')}"` : `${what} of any owner`;
};

/** Kibana's audit message for one decision about one entity (or none). */
function auditMessage(operation: AuthorizationOperation, entity: AuthorizationEntity | undefined, failed: boolean): string {
  const { verbs, docType } = operation.audit;
  const doc = entity ? `${operation.savedObjectType ?? docType} [id=${entity.id}]` : `a ${docType}`;
  const ownerText = entity ? `as owner "${entity.owner}"` : 'as any owners';
  if (failed) return `Failed attempt to ${verbs.present} ${doc} ${ownerText}`;
  return operation.action === 'write' ? `User is ${verbs.progressive} ${doc} ${ownerText}` : `User has ${verbs.past} ${doc} ${ownerText}`;
}

const unique = (values: readonly string[]): readonly string[] => (values.length < 2 ? values : [...new Set(values)]);

/**
 * Kibana's audit event for one decision about one entity (or none): the platform writes one per
 * entity and operation, and a plugin that refuses on its own (an owner nobody registered) writes
 * the same event through this.
 */
export function authorizationAuditEvent(args: EnsureAuthorizedArgs, entity: AuthorizationEntity | undefined, error?: { code: string; message: string }): AuditEvent {
  const { user, operation, spaceId } = args;
  return {
    message: auditMessage(operation, entity, error !== undefined),
    event: {
      action: operation.audit.action,
      category: ['database'],
      type: [operation.audit.ecsType],
      outcome: error ? 'failure' : operation.action === 'write' ? 'unknown' : 'success',
    },
    user: user ? { name: user.username, roles: user.roles } : undefined,
    kibana: {
      space_id: spaceId,
      ...(entity && operation.savedObjectType ? { saved_object: { type: operation.savedObjectType, id: entity.id } } : {}),
    },
    ...(error ? { error } : {}),
  };
}

export function createAuthorizationService(audit: AuditLogger, engine: PrivilegeEngine): AuthorizationService {
  function record(args: EnsureAuthorizedArgs, error?: HttpError): void {
    const entities: Array<AuthorizationEntity | undefined> = args.entities?.length ? args.entities : [undefined];
    const failure = error ? { code: error.name, message: error.message } : undefined;
    for (const entity of entities) audit.log(authorizationAuditEvent(args, entity, failure));
  }

  function refuse(args: EnsureAuthorizedArgs, error: HttpError): never {
    record(args, error);
    throw error;
  }

  async function privilegesOf(args: EnsureAuthorizedArgs): Promise<{ user: AuthenticatedUser; privileges: SpacePrivileges }> {
    if (!args.user) refuse(args, unauthorized());
    return { user: args.user, privileges: await engine.forRoles(args.user.roles, args.spaceId) };
  }

  const holdsFor = (privileges: SpacePrivileges, operation: AuthorizationOperation) => (owner: string) =>
    engine.holds(privileges, privilegeAction(operation.privilege, owner));

  return {
    async ensureAuthorized(args) {
      const { privileges } = await privilegesOf(args);
      // The entities' owners count even if the caller forgot them; and a check that names no
      // owner at all is refused rather than vacuously allowed.
      const owners = unique([...args.owners, ...(args.entities ?? []).map((entity) => entity.owner)]);
      if (owners.length > 0 && owners.every(holdsFor(privileges, args.operation))) {
        record(args);
        return;
      }
      // By-id calls in a space the caller cannot use at all: the object is as good as absent.
      const first = args.entities?.[0];
      if (first && !privileges.hasAnyPrivilege) {
        refuse(args, notFound(`Saved object [${args.operation.savedObjectType ?? args.operation.audit.docType}/${first.id}] not found`));
      }
      refuse(args, forbidden(deniedMessage(args.operation, owners)));
    },

    async getAuthorizedOwners(args) {
      const { privileges } = await privilegesOf(args);
      const authorized = unique(args.owners).filter(holdsFor(privileges, args.operation));
      if (authorized.length === 0) refuse(args, forbidden(deniedMessage(args.operation, [])));
      record(args);
      return authorized;
    },

    getSpacePrivileges: (user, spaceId) => engine.forRoles(user.roles, spaceId),
  };
}

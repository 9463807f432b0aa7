/**
 * The authorization hook every plugin operation goes through. Today the rule is simple (the
 * superuser may do anything, nobody else anything); it lives in `decide` alone so that roles
 * with per-owner privileges later change that one function. Every decision, allowed or denied,
 * is written to the audit log in ECS form, as Kibana records both.
 */
import { forbidden, unauthorized } from '../errors';
import type { AuditLogger } from './audit_logger';
import { isSuperuser } from './is_superuser';
import type { AuthenticatedUser, AuthorizationOperation, AuthorizationService, EnsureAuthorizedArgs } from './types';

interface Decision {
  allowed: boolean;
  authorizedOwners: string[];
}

/** The one place that knows who may do what. */
function decide(user: AuthenticatedUser, _operation: AuthorizationOperation, owners: string[]): Decision {
  return isSuperuser(user) ? { allowed: true, authorizedOwners: [...owners] } : { allowed: false, authorizedOwners: [] };
}

export const deniedMessage = (operation: AuthorizationOperation, owners: string[]): string =>
  `${['Unauthorized to', operation.name, operation.savedObjectType].filter(Boolean).join(' ')} with owners: "${owners.join(', ')}"`;

export function createAuthorizationService(audit: AuditLogger): AuthorizationService {
  function record(args: EnsureAuthorizedArgs, outcome: 'success' | 'failure', owners: string[]): void {
    const { user, operation, spaceId } = args;
    const who = user?.username ?? 'an unauthenticated caller';
    audit.log({
      message: outcome === 'success' ? `${who} was authorized to ${operation.name}` : `${who} was denied ${operation.name}`,
      event: {
        action: operation.name,
        category: ['database'],
        type: [operation.action === 'write' ? 'change' : 'access'],
        outcome,
      },
      user: user ? { name: user.username, roles: user.roles } : undefined,
      kibana: {
        space_id: spaceId,
        ...(operation.savedObjectType ? { saved_object: { type: operation.savedObjectType } } : {}),
        authorization: { owners },
      },
    });
  }

  function evaluate(args: EnsureAuthorizedArgs): Decision {
    if (!args.user) {
      record(args, 'failure', args.owners);
      throw unauthorized();
    }
    return decide(args.user, args.operation, args.owners);
  }

  return {
    async ensureAuthorized(args) {
      const decision = evaluate(args);
      record(args, decision.allowed ? 'success' : 'failure', args.owners);
      if (!decision.allowed) throw forbidden(deniedMessage(args.operation, args.owners));
    },
    async getAuthorizedOwners(args) {
      const decision = evaluate(args);
      record(args, decision.authorizedOwners.length > 0 ? 'success' : 'failure', decision.authorizedOwners);
      return decision.authorizedOwners;
    },
  };
}
